/**
 * The audit log (union-dash.audit.log beside the users file): one JSON line per login,
 * failed login, logout, download and refresh. Appending never fails a request; a write
 * problem goes to the server log.
 */
import { appendFile, readFile } from 'node:fs/promises';

export type AuditEvent = 'login' | 'login_failed' | 'login_delayed' | 'logout' | 'download' | 'refresh';

export interface AuditEntry {
  readonly at: string;
  readonly event: AuditEvent;
  readonly user: string | null;
  readonly role: string | null;
  readonly ip: string;
  readonly path?: string;
}

export const AUDIT_FILE = 'union-dash.audit.log';

export class AuditLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly onError: (message: string) => void,
  ) {}

  write(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    this.queue = this.queue.then(() => appendFile(this.path, line, { mode: 0o600 }).catch((e: unknown) => this.onError(String(e))));
    return this.queue;
  }

  /** The newest entries first; lines that are not ours are skipped. */
  async recent(limit: number): Promise<AuditEntry[]> {
    await this.queue;
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const out: AuditEntry[] = [];
    for (const line of text.split('\n').reverse()) {
      if (out.length >= limit) break;
      try {
        const e = JSON.parse(line) as AuditEntry;
        if (e && typeof e.event === 'string' && typeof e.at === 'string') out.push(e);
      } catch {
        // a torn or foreign line
      }
    }
    return out;
  }
}

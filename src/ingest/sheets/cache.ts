/** The last good snapshot of each spreadsheet on disk, for offline use and restarts. */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SheetsSnapshot } from './snapshot.ts';

export const DEFAULT_CACHE_DIR = '.union-dash-cache';
const FORMAT = 'union-dash/gsheets-snapshot@1';

export class SnapshotCache {
  constructor(readonly dir: string) {}

  /** Ids are [A-Za-z0-9_-] (checked before any read), so they are safe as file names. */
  pathFor(spreadsheetId: string): string {
    return join(this.dir, `gsheets-${spreadsheetId}.json`);
  }

  /** Writes to a temporary file and renames it, so a reader never sees half a snapshot. */
  async save(snapshot: SheetsSnapshot): Promise<void> {
    // the snapshot holds staff names and amounts: readable by the owner only
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const target = this.pathFor(snapshot.spreadsheetId);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify({ format: FORMAT, ...snapshot }), { mode: 0o600 });
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  /** The cached snapshot, or null when there is none or it cannot be read back. */
  async load(spreadsheetId: string): Promise<SheetsSnapshot | null> {
    const text = await readFile(this.pathFor(spreadsheetId), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const o = JSON.parse(text) as Partial<SheetsSnapshot> & { format?: unknown };
      const valid =
        o.format === FORMAT &&
        o.spreadsheetId === spreadsheetId &&
        typeof o.fetchedAt === 'string' &&
        !Number.isNaN(Date.parse(o.fetchedAt)) &&
        typeof o.spreadsheet === 'object' &&
        o.spreadsheet !== null &&
        Array.isArray(o.valueRanges);
      if (!valid) return null;
      return { spreadsheetId, fetchedAt: o.fetchedAt!, spreadsheet: o.spreadsheet!, valueRanges: o.valueRanges! };
    } catch {
      return null;
    }
  }
}

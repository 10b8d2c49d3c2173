/** What a command needs from the outside world, passed in so commands are testable. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The environment variables (src/config reads the ones union-dash uses). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's calendar date, `YYYY-MM-DD` (Asia/Shanghai when taken from the system clock). */
  readonly today: () => string;
  /** All of standard input (`user … --password-stdin`). */
  readonly readStdin?: () => Promise<string>;
  /** A line typed on the terminal without echo; rejects with a UsageError when there is no terminal. */
  readonly readSecret?: (prompt: string) => Promise<string>;
}

/** Exit codes of interface.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

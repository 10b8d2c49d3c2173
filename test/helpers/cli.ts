import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/io.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Each line written to stderr, in order. */
  readonly stderrLines: readonly string[];
}

/** Runs `union-dash ARGS` in-process with captured output. */
export async function runCli(argv: readonly string[], today = '2026-11-22'): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env: process.env, today: () => today };
  const code = await main(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), stderrLines: err };
}

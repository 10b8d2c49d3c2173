/** Runs a measuring child process whose last stdout line is a JSON result. */
import { spawn } from 'node:child_process';

export type ChildOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly wallSeconds: number }
  | { readonly ok: false; readonly error: string; readonly wallSeconds: number };

export function runJsonChild<T>(command: string, args: readonly string[], cwd: string): Promise<ChildOutcome<T>> {
  const started = performance.now();
  return new Promise((resolveOutcome) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const finish = (error: string | null): void => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (error !== null) return resolveOutcome({ ok: false, error, wallSeconds });
      const last = stdout.trimEnd().split('\n').pop() ?? '';
      try {
        resolveOutcome({ ok: true, value: JSON.parse(last) as T, wallSeconds });
      } catch {
        resolveOutcome({ ok: false, error: `no JSON result on the last line: ${tail(stdout + stderr)}`, wallSeconds });
      }
    };
    child.on('error', (err) => finish(err.message));
    child.on('close', (code, signal) => {
      if (code === 0) finish(null);
      else finish(`exit ${code ?? signal}: ${tail(stderr || stdout)}`);
    });
  });
}

/** One line that says what went wrong: the first error message line, else the last line. */
function tail(text: string): string {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(\w*Error\b|Error \[)/.test(l)) ?? lines.pop() ?? '';
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

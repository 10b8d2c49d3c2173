/** The Python a comparison runs with: `$BENCH_PYTHON`, then `python3` on PATH, then the system `/usr/bin/python3` (where Debian's packages live). Never installs anything. */
import { spawnSync } from 'node:child_process';

/** The first candidate that runs `probe` (python -c) successfully, with what it printed; null when none does. */
export function findPythonThat(probe: string): { readonly command: string; readonly printed: string } | null {
  const candidates = [process.env['BENCH_PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const command of new Set(candidates)) {
    const run = spawnSync(command, ['-c', probe], { encoding: 'utf8' });
    if (run.status === 0) return { command, printed: run.stdout.trim() };
  }
  return null;
}

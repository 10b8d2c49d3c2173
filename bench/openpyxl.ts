/** The openpyxl comparison: finds a python3 that can import openpyxl (never installs it) and times a full read. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runJsonChild, type ChildOutcome } from './child.ts';

export interface Python {
  readonly command: string;
  readonly openpyxl: string;
}

export interface OpenpyxlRead {
  readonly mode: 'full' | 'readonly';
  readonly seconds: number;
  readonly cells: number;
  readonly maxRssMiB: number;
}

/** `$BENCH_PYTHON`, then `python3` on PATH, then the system `/usr/bin/python3` (where Debian's python3-openpyxl lives). */
export function findPython(): Python | null {
  const candidates = [process.env['BENCH_PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const command of new Set(candidates)) {
    const probe = spawnSync(command, ['-c', 'import openpyxl; print(openpyxl.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { command, openpyxl: probe.stdout.trim() };
  }
  return null;
}

export function readWithOpenpyxl(python: Python, root: string, file: string, mode: OpenpyxlRead['mode']): Promise<ChildOutcome<OpenpyxlRead>> {
  return runJsonChild<OpenpyxlRead>(python.command, [join(root, 'bench', 'openpyxl-read.py'), file, mode], root);
}

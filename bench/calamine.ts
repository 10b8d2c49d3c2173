/**
 * The calamine comparison: a python3 that can import python_calamine (Rust calamine; never
 * installed here), and a read of every cell through it. Absent on most machines: the bench
 * then says so instead of a figure.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runJsonChild, type ChildOutcome } from './child.ts';

export interface CalaminePython {
  readonly command: string;
}

export interface CalamineRead {
  readonly seconds: number;
  readonly cells: number;
  readonly maxRssMiB: number;
}

/** `$BENCH_PYTHON`, then `python3` on PATH, then `/usr/bin/python3`: the first that imports python_calamine. */
export function findCalamine(): CalaminePython | null {
  const candidates = [process.env['BENCH_PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const command of new Set(candidates)) {
    const probe = spawnSync(command, ['-c', 'import python_calamine'], { encoding: 'utf8' });
    if (probe.status === 0) return { command };
  }
  return null;
}

export function readWithCalamine(python: CalaminePython, root: string, file: string): Promise<ChildOutcome<CalamineRead>> {
  return runJsonChild<CalamineRead>(python.command, [join(root, 'bench', 'calamine-read.py'), file], root);
}

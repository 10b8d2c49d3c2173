/**
 * The calamine comparison: a python3 that can import python_calamine (Rust calamine; never
 * installed here), and a read of every cell through it. Absent on most machines: the bench
 * then says so instead of a figure.
 */
import { join } from 'node:path';
import { runJsonChild, type ChildOutcome } from './child.ts';
import { findPythonThat } from './python.ts';

export interface CalaminePython {
  readonly command: string;
}

export interface CalamineRead {
  readonly seconds: number;
  readonly cells: number;
  readonly maxRssMiB: number;
}

/** The first Python (see findPythonThat) that imports python_calamine. */
export function findCalamine(): CalaminePython | null {
  const found = findPythonThat('import python_calamine');
  return found && { command: found.command };
}

export function readWithCalamine(python: CalaminePython, root: string, file: string): Promise<ChildOutcome<CalamineRead>> {
  return runJsonChild<CalamineRead>(python.command, [join(root, 'bench', 'calamine-read.py'), file], root);
}

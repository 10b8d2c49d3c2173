/** The openpyxl comparison: finds a python3 that can import openpyxl (never installs it) and times a full read. */
import { join } from 'node:path';
import { runJsonChild, type ChildOutcome } from './child.ts';
import { findPythonThat } from './python.ts';

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

/** The first Python (see findPythonThat) that imports openpyxl, e.g. Debian's python3-openpyxl. */
export function findPython(): Python | null {
  const found = findPythonThat('import openpyxl; print(openpyxl.__version__)');
  return found && { command: found.command, openpyxl: found.printed };
}

export function readWithOpenpyxl(python: Python, root: string, file: string, mode: OpenpyxlRead['mode']): Promise<ChildOutcome<OpenpyxlRead>> {
  return runJsonChild<OpenpyxlRead>(python.command, [join(root, 'bench', 'openpyxl-read.py'), file, mode], root);
}

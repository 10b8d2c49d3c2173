/** Writes a made report to its path, creating the folder; a failure is one Chinese line on stderr. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIO } from './io.ts';
import { reportText } from '../messages/cli.ts';

export async function writeReportFile(path: string, bytes: Uint8Array, io: CliIO): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    io.stderr(reportText.cannotWrite(path, reportText.writeErrors[code] ?? (code || String(e))));
    return false;
  }
}

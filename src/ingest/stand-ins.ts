/**
 * A ledger file that vanishes from its folder (deleted, moved away, or caught mid-save) is not
 * an empty ledger: the workbook of the read before stands in for it, with a warning naming the
 * file, for as long as the caller keeps passing it (until the chair confirms, or it has stayed
 * away too long: the server decides).
 */
import { dirname, resolve } from 'node:path';
import type { WorkbookModel } from './model.ts';
import type { ReadFile } from './result.ts';
import type { SourceRef } from './sources.ts';

export interface StandIn {
  readonly path: string;
  readonly model: WorkbookModel;
}

/**
 * The ledger files of `previous` that are no longer in their folder. A folder that has a
 * workbook the previous read did not have gets none: the file was renamed or replaced, and
 * standing the old one in beside it would count its rows twice.
 */
export function standInsFor(previous: ReadonlyMap<string, ReadFile>, refs: readonly SourceRef[], folders: readonly string[]): StandIn[] {
  const listed = new Set(refs.flatMap((r) => (r.type === 'file' ? [r.path] : [])));
  const out: StandIn[] = [];
  for (const folder of folders) {
    const inFolder = (path: string) => resolve(dirname(path)) === resolve(folder);
    if ([...listed].some((path) => inFolder(path) && !previous.has(path))) continue;
    for (const [path, file] of previous) {
      if (file.ledger && inFolder(path) && !listed.has(path)) out.push({ path, model: file.model });
    }
  }
  return out;
}

import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { makeIssue, type LedgerIssue } from './issues.ts';

/** One workbook to read: a file path, or a Google Sheets spreadsheet id. */
export type SourceRef = { readonly type: 'file'; readonly path: string } | { readonly type: 'gsheets'; readonly id: string };

export interface ResolvedSources {
  readonly refs: readonly SourceRef[];
  /** Problems that make a named source unreadable as a whole (exit 2). */
  readonly fatal: readonly LedgerIssue[];
  /** Notes and errors about single files found in folders. */
  readonly notes: readonly LedgerIssue[];
}

const isLockFile = (name: string) => name.startsWith('~$');
const fileLevel = (file: string) => ({ file, sheet: null, cell: null });

/** ledgers.md §1: files, folders (not recursive; no lock files or hidden files) and gsheets:<id>. */
export async function resolveSources(args: readonly string[]): Promise<ResolvedSources> {
  const refs: SourceRef[] = [];
  const fatal: LedgerIssue[] = [];
  const notes: LedgerIssue[] = [];
  for (const arg of args) {
    if (arg.startsWith('gsheets:')) {
      refs.push({ type: 'gsheets', id: arg.slice('gsheets:'.length) });
      continue;
    }
    // a pasted address https://docs.google.com/spreadsheets/d/<id>/edit: the reader takes the id out
    if (/^https?:\/\/docs\.google\.com\/spreadsheets\/d\//i.test(arg)) {
      refs.push({ type: 'gsheets', id: arg });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) {
      fatal.push(makeIssue(fileLevel(basename(arg) || arg), 'source_missing', { path: arg }));
      continue;
    }
    if (!info.isDirectory()) {
      if (isLockFile(basename(arg))) fatal.push(makeIssue(fileLevel(basename(arg)), 'lock_file_given', { path: basename(arg) }));
      else refs.push({ type: 'file', path: arg });
      continue;
    }
    const names = (await readdir(arg)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    let found = 0;
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const ext = extname(name).toLowerCase();
      if (isLockFile(name)) {
        if (ext === '.xlsx') notes.push(makeIssue(fileLevel(name), 'lock_file_skipped', { path: name }));
        continue;
      }
      if (ext === '.xls' || ext === '.et') {
        notes.push(makeIssue(fileLevel(name), 'source_xls', { path: name }));
        continue;
      }
      if (ext !== '.xlsx') continue;
      const full = join(arg, name);
      if ((await stat(full)).isFile()) {
        refs.push({ type: 'file', path: full });
        found++;
      }
    }
    if (found === 0) notes.push(makeIssue(fileLevel(arg), 'source_empty_folder', { path: arg }));
  }
  return { refs, fatal, notes };
}

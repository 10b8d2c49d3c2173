import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { makeIssue, type LedgerIssue } from './issues.ts';
import { CONFIG_FILE } from './overrides.ts';

/** One workbook to read: a file path, or a Google Sheets spreadsheet id. */
export type SourceRef = { readonly type: 'file'; readonly path: string } | { readonly type: 'gsheets'; readonly id: string };

export interface ResolvedSources {
  readonly refs: readonly SourceRef[];
  /** Problems that make a named source unreadable as a whole (exit 2). */
  readonly fatal: readonly LedgerIssue[];
  /** Notes and errors about single files found in folders. */
  readonly notes: readonly LedgerIssue[];
  /** The folders scanned (as given). */
  readonly folders: readonly string[];
}

/** The file extensions a folder scan reads (the file's bytes then decide how: see read-file.ts). */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xls', '.et', '.ods', '.csv'];

const isLockFile = (name: string) => name.startsWith('~$');

/** A workbook a folder scan (and the watcher) takes: a readable extension, not a lock file or a hidden file. */
export const isWorkbookName = (name: string): boolean =>
  !isLockFile(name) && !name.startsWith('.') && WORKBOOK_EXTENSIONS.includes(extname(name).toLowerCase());

const fileLevel = (file: string) => ({ file, sheet: null, cell: null });

/**
 * ledgers.md §1: files, folders (not recursive) and gsheets:<id>. A folder scan names every
 * entry it leaves out and why, except hidden files and the config file it reads itself.
 */
export async function resolveSources(args: readonly string[]): Promise<ResolvedSources> {
  const refs: SourceRef[] = [];
  const fatal: LedgerIssue[] = [];
  const notes: LedgerIssue[] = [];
  const folders: string[] = [];
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
    folders.push(arg);
    const names = (await readdir(arg)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    let found = 0;
    for (const name of names) {
      if (name.startsWith('.') || name === CONFIG_FILE) continue;
      const full = join(arg, name);
      const entry = await stat(full).catch(() => null);
      if (!entry) continue; // gone since the listing
      if (entry.isDirectory()) notes.push(makeIssue(fileLevel(name), 'folder_skipped', { path: name }));
      else if (isLockFile(name)) notes.push(makeIssue(fileLevel(name), 'lock_file_skipped', { path: name }));
      else if (!entry.isFile() || !isWorkbookName(name)) notes.push(makeIssue(fileLevel(name), 'file_skipped', { path: name }));
      else {
        refs.push({ type: 'file', path: full });
        found++;
      }
    }
    if (found === 0) notes.push(makeIssue(fileLevel(arg), 'source_empty_folder', { path: arg }));
  }
  return { refs, fatal, notes, folders };
}

/** Archive checklist cells: material present, missing, or not required. */
import type { Scalar } from '../model.ts';
import type { ArchiveState } from '../records.ts';
import { lookupKey, wordTable } from './lookup.ts';
import { fail, ok, type Parsed } from './result.ts';

const ARCHIVE = wordTable<ArchiveState>([
  ['present', ['√', '✓', '✔', '☑', '有', '已归档', '已交', '已提交', '是', '1', 'Y']],
  ['missing', ['', '无', '缺', '缺少', '未交', '未提交', '未归档', '否', '×', '✗', '✘', '✕', '0', 'N']],
  ['not_required', ['不适用', '无需', '不需要', '无需提供', 'N/A']],
]);

/** Dashes and slashes alone ("/", "—", "-", "——") mean not required. */
const DASHES = /^[-/—–─]+$/u;

/** Blank is missing. */
export function parseArchiveMark(v: Scalar): Parsed<ArchiveState> {
  if (typeof v === 'boolean') return ok(v ? 'present' : 'missing');
  const key = lookupKey(v);
  const state = ARCHIVE.get(key) ?? (DASHES.test(key) ? 'not_required' : undefined);
  return state === undefined ? fail('bad_archive_mark') : ok(state);
}

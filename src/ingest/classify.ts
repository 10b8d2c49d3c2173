import { SURVEY_ATTRIBUTE, type Field } from './columns.ts';
import { KINDS, kindSpec, type KindSpec, type LedgerKind } from './kinds.ts';
import type { SheetModel } from './model.ts';
import { headerBottom } from './table/header-block.ts';
import { headerBlockText, headerText, matchHeader, type HeaderMatch } from './table/header-match.ts';
import { isArchiveColumn, isMarkColumn, isNumberColumn, isSurveyItem, profileColumn, type ColumnProfile } from './table/profile.ts';
import { normalizeName } from './values/index.ts';

/** Where a ledger's table sits in its sheet. `top = -1` for a headerless key/value sheet. */
export interface TableLayout {
  readonly kind: LedgerKind;
  readonly top: number;
  readonly bottom: number;
  readonly match: HeaderMatch;
}

export type Classification =
  | ({ readonly status: 'ok' } & TableLayout)
  | { readonly status: 'unrecognised' }
  | { readonly status: 'ambiguous'; readonly kinds: readonly [LedgerKind, LedgerKind] }
  | { readonly status: 'no_header'; readonly kind: LedgerKind; readonly missing: readonly string[] };

export interface ClassifyContext {
  readonly file: string;
  /** Normalised names of the activities in the activities ledger, when known. */
  readonly activityNames: readonly string[];
  /** A kind forced by the overrides file. */
  readonly forcedKind?: LedgerKind;
  /** Extra header → field mappings from the overrides file. */
  readonly extraNames?: ReadonlyMap<string, Field>;
}

const HEADER_SCAN_ROWS = 15;
const SETTING_KEYS = ['学校名称', '学期', '学期开始', '学期结束', '工作月份', '文明办公室达标分', '青年教师年龄', '满意度口径'];


/**
 * Whether a name carries one of the kind's keywords, not counting a keyword that is only
 * part of another kind's longer keyword in the same name (台账 inside 活动台账, 工作台账).
 */
function namedBy(spec: KindSpec, name: string): boolean {
  const longer = KINDS.filter((k) => k.id !== spec.id).flatMap((k) => k.keywords.filter((w) => name.includes(w)));
  return spec.keywords.some((k) => name.includes(k) && !longer.some((w) => w.length > k.length && w.includes(k)));
}

function nameScore(spec: KindSpec, sheetName: string, file: string): number {
  if (namedBy(spec, normalizeName(sheetName))) return 2;
  if (namedBy(spec, normalizeName(file.replace(/\.xlsx$/i, '')))) return 1;
  return 0;
}

interface Candidate extends TableLayout {
  readonly fields: number;
  readonly typed: number;
}

class Profiles {
  private readonly cache = new Map<string, ColumnProfile>();
  constructor(private readonly sheet: SheetModel) {}
  get(firstDataRow: number, col: number): ColumnProfile {
    const key = `${firstDataRow}:${col}`;
    let p = this.cache.get(key);
    if (!p) this.cache.set(key, (p = profileColumn(this.sheet, firstDataRow, col)));
    return p;
  }
}

/** Columns not claimed by a field and not empty in the header. */
function freeColumns(sheet: SheetModel, top: number, bottom: number, match: HeaderMatch): number[] {
  const used = new Set(match.columns.values());
  const out: number[] = [];
  for (let c = 0; c < sheet.columnCount; c++) if (!used.has(c) && headerText(sheet, top, bottom, c)) out.push(c);
  return out;
}

/** ledgers.md §1 header fingerprints. Returns the number of typed (value-checked) columns, or -1 when not matched. */
function fingerprint(
  kind: LedgerKind,
  sheet: SheetModel,
  top: number,
  bottom: number,
  match: HeaderMatch,
  profiles: Profiles,
  ctx: ClassifyContext,
  names: number,
): number {
  const has = (f: Field) => match.columns.has(f);
  const free = () => freeColumns(sheet, top, bottom, match);
  const count = (test: (p: ColumnProfile, c: number) => boolean) =>
    free().filter((c) => test(profiles.get(bottom + 1, c), c)).length;
  const namesActivity = (c: number) => {
    const h = normalizeName(headerBlockText(sheet, top, bottom, c));
    return ctx.activityNames.some((a) => a.length >= 2 && h.includes(a));
  };
  switch (kind) {
    case 'roster': {
      if (!has('name') || !(has('department') || has('gender') || has('status'))) return -1;
      if (has('activity') || has('mark')) return -1;
      return count((p, c) => isMarkColumn(p) || namesActivity(c)) >= 2 ? -1 : 0;
    }
    case 'activities':
      return has('activity') && has('date') && has('category') ? 0 : -1;
    case 'participation': {
      if (has('activity') && has('name')) return 1;
      if (!has('name')) return -1;
      const wide = count((p, c) => isMarkColumn(p) || namesActivity(c));
      return wide >= 2 ? wide : -1;
    }
    case 'offices': {
      if (!has('office') || !has('month')) return -1;
      if (has('total')) return 0;
      const subs = count((p) => isNumberColumn(p));
      return subs >= 2 ? subs : -1;
    }
    case 'funds':
      return has('date') && has('description') && (has('expense') || has('income')) ? 0 : -1;
    case 'budget':
      return has('fundCategory') && has('budgetAmount') ? 0 : -1;
    case 'survey': {
      const items = free().filter((c) => isSurveyItem(headerText(sheet, top, bottom, c), profiles.get(bottom + 1, c))).length;
      return items >= 2 ? items : -1;
    }
    case 'proposals': {
      const strong = [...match.columns.entries()].some(
        ([f, c]) => (f === 'proposalTitle' || f === 'proposalId') && /提案|案由/.test(headerText(sheet, top, bottom, c)),
      );
      return strong || ((has('proposalTitle') || has('proposalId')) && names > 0 && match.columns.size >= 2) ? 0 : -1;
    }
    case 'archive': {
      if (!has('activity') || has('name') || has('category')) return -1;
      const materials = count((p) => isArchiveColumn(p));
      return materials >= 2 ? materials : -1;
    }
    case 'tasks':
      return has('task') && has('due') ? 0 : -1;
    case 'mentoring':
      return has('young') && has('mentor') ? 0 : -1;
    case 'targets':
      return has('indicator') && has('targetValue') && match.columns.get('indicator') !== match.columns.get('targetValue') ? 0 : -1;
    case 'settings':
      return has('key') && has('value') ? 0 : -1;
  }
}

function bestLayout(spec: KindSpec, sheet: SheetModel, profiles: Profiles, ctx: ClassifyContext, names: number): Candidate | null {
  let best: Candidate | null = null;
  const lastRow = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let top = 0; top < lastRow; top++) {
    const bottom = headerBottom(sheet, top);
    const match = matchHeader(sheet, top, bottom, spec.fields, ctx.extraNames);
    if (match.columns.size === 0 && spec.id !== 'survey' && spec.id !== 'participation') continue;
    const typed = fingerprint(spec.id, sheet, top, bottom, match, profiles, ctx, names);
    if (typed < 0) continue;
    const fields = match.columns.size;
    if (!best || fields > best.fields || (fields === best.fields && typed > best.typed)) {
      best = { kind: spec.id, top, bottom, match, fields, typed };
    }
  }
  return best;
}

/** A sheet named like settings whose rows are key/value pairs without a header. */
function headerlessSettings(sheet: SheetModel): boolean {
  if (sheet.columnCount < 2) return false;
  for (let r = 0; r < Math.min(sheet.rowCount, HEADER_SCAN_ROWS); r++) {
    const k = normalizeName(String(sheet.cell(r, 0).value ?? ''));
    if (SETTING_KEYS.includes(k)) return true;
  }
  return false;
}

const emptyMatch: HeaderMatch = { columns: new Map(), duplicates: [] };

export function classifySheet(sheet: SheetModel, ctx: ClassifyContext): Classification {
  const profiles = new Profiles(sheet);
  const specs = ctx.forcedKind ? [kindSpec(ctx.forcedKind)] : KINDS;
  const scored: { c: Candidate; score: number }[] = [];
  for (const spec of specs) {
    const names = nameScore(spec, sheet.name, ctx.file);
    const c = bestLayout(spec, sheet, profiles, ctx, names);
    if (c) scored.push({ c, score: names * 1000 + c.fields * 10 + Math.min(c.typed, 9) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first) {
    if (second && second.score === first.score) return { status: 'ambiguous', kinds: [first.c.kind, second.c.kind] };
    const { kind, top, bottom, match } = first.c;
    return { status: 'ok', kind, top, bottom, match };
  }
  const named = specs.filter((s) => nameScore(s, sheet.name, ctx.file) === 2);
  if (named.some((s) => s.id === 'settings') && headerlessSettings(sheet)) {
    return { status: 'ok', kind: 'settings', top: -1, bottom: -1, match: emptyMatch };
  }
  if (named.length === 1 || ctx.forcedKind) {
    const kind = ctx.forcedKind ?? named[0]!.id;
    return { status: 'no_header', kind, missing: requiredNames(kind) };
  }
  return { status: 'unrecognised' };
}

const REQUIRED: Record<LedgerKind, string[]> = {
  roster: ['姓名', '部门/性别/状态'],
  activities: ['活动名称', '日期', '类别'],
  participation: ['姓名', '活动名称或各活动列'],
  offices: ['办公室', '月份', '总分'],
  funds: ['日期', '摘要', '支出/金额'],
  budget: ['科目', '预算'],
  survey: ['两列以上的满意度答案'],
  proposals: ['提案号或案由'],
  archive: ['活动名称', '两列以上的归档材料'],
  tasks: ['工作事项', '截止日期'],
  mentoring: ['青年教师', '指导教师'],
  targets: ['指标', '目标值'],
  settings: ['项目', '值'],
};

const requiredNames = (kind: LedgerKind) => REQUIRED[kind];

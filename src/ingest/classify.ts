import type { Field } from './columns.ts';
import type { LedgerKind } from './kinds.ts';
import type { HeaderView } from './ledgers/header-view.ts';
import type { LedgerDef } from './ledgers/ledger.ts';
import { DISPLAY_ORDER, ledgerOf } from './ledgers/registry.ts';
import { HEADERLESS_KEYS } from './ledgers/settings/keys.ts';
import type { SheetModel } from './model.ts';
import { headerBottom } from './table/header-block.ts';
import { headerBlockText, headerText, matchHeader, type HeaderMatch } from './table/header-match.ts';
import { profileColumn, type ColumnProfile } from './table/profile.ts';
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


interface Spec {
  readonly id: LedgerKind;
  readonly def: LedgerDef;
}

const SPECS: readonly Spec[] = DISPLAY_ORDER.map((id) => ({ id, def: ledgerOf(id) }));

/**
 * Whether a name carries one of the kind's keywords, not counting a keyword that is only
 * part of another kind's longer keyword in the same name (台账 inside 活动台账, 工作台账).
 */
function namedBy(spec: Spec, name: string): boolean {
  const longer = SPECS.filter((k) => k.id !== spec.id).flatMap((k) => k.def.keywords.filter((w) => name.includes(w)));
  return spec.def.keywords.some((k) => name.includes(k) && !longer.some((w) => w.length > k.length && w.includes(k)));
}

function nameScore(spec: Spec, sheetName: string, file: string): number {
  if (namedBy(spec, normalizeName(sheetName))) return 2;
  if (namedBy(spec, normalizeName(file.replace(/\.[a-z0-9]+$/i, '')))) return 1;
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

function headerView(sheet: SheetModel, top: number, bottom: number, match: HeaderMatch, profiles: Profiles, ctx: ClassifyContext, named: number): HeaderView {
  const free = () => freeColumns(sheet, top, bottom, match);
  return {
    sheet,
    top,
    bottom,
    match,
    named,
    has: (f) => match.columns.has(f),
    headerText: (c) => headerText(sheet, top, bottom, c),
    freeColumns: free,
    profile: (c) => profiles.get(bottom + 1, c),
    count: (test) => free().filter((c) => test(profiles.get(bottom + 1, c), c)).length,
    namesActivity: (c) => {
      const h = normalizeName(headerBlockText(sheet, top, bottom, c));
      return ctx.activityNames.some((a) => a.length >= 2 && h.includes(a));
    },
  };
}

function bestLayout(spec: Spec, sheet: SheetModel, profiles: Profiles, ctx: ClassifyContext, names: number): Candidate | null {
  let best: Candidate | null = null;
  const lastRow = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let top = 0; top < lastRow; top++) {
    const bottom = headerBottom(sheet, top);
    const match = matchHeader(sheet, top, bottom, spec.def.fields, ctx.extraNames);
    if (match.columns.size === 0 && !spec.def.fieldless) continue;
    const typed = spec.def.fingerprint(headerView(sheet, top, bottom, match, profiles, ctx, names));
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
    if (HEADERLESS_KEYS.includes(k)) return true;
  }
  return false;
}

const emptyMatch: HeaderMatch = { columns: new Map(), duplicates: [] };

export function classifySheet(sheet: SheetModel, ctx: ClassifyContext): Classification {
  const profiles = new Profiles(sheet);
  const specs = ctx.forcedKind ? SPECS.filter((x) => x.id === ctx.forcedKind) : SPECS;
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

const requiredNames = (kind: LedgerKind) => ledgerOf(kind).required;

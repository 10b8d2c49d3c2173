/** A sheet's kind and extra column names from union-dash.config.json, for layouts the rules cannot read (ledgers.md §7). */
import { FIELD_NAMES, type Field } from './columns.ts';
import type { LedgerKind } from './kinds.ts';
import { LEDGERS, READ_ORDER } from './ledgers/registry.ts';
import { configText } from '../messages/config.ts';
import { kindLabels } from '../messages/kinds.ts';
import { normalizeHeader, normalizeName } from './values/index.ts';

export interface SheetOverride {
  readonly file: string | null;
  readonly sheet: string;
  readonly kind: LedgerKind | null;
  /** Normalised header text → field. */
  readonly columns: ReadonlyMap<string, Field>;
}

/** An override as written in the config file. */
export interface WrittenOverride {
  readonly file?: string | undefined;
  readonly sheet: string;
  readonly kind?: string | undefined;
  readonly columns?: Readonly<Record<string, string>> | undefined;
}

export const CONFIG_FILE = 'union-dash.config.json';

/** A kind by id (`roster`), by its Chinese label (教职工名册), or a keyword (名册). */
export function kindByName(text: string): LedgerKind | null {
  const t = normalizeName(text);
  if ((READ_ORDER as readonly string[]).includes(t)) return t as LedgerKind;
  const byLabel = (Object.entries(kindLabels) as [LedgerKind, string][]).find(([, label]) => label === t);
  if (byLabel) return byLabel[0];
  return READ_ORDER.find((k) => LEDGERS[k].keywords.includes(t)) ?? null;
}

/** A field by id (`name`) or by its first Chinese name (姓名). */
function fieldByName(text: string): Field | null {
  if (text in FIELD_NAMES) return text as Field;
  const h = normalizeHeader(text);
  return (Object.keys(FIELD_NAMES) as Field[]).find((f) => FIELD_NAMES[f][0] === h) ?? null;
}

/** The overrides, or the reason (Chinese) the first bad one cannot be used. */
export function resolveOverrides(written: readonly WrittenOverride[]): { readonly overrides: SheetOverride[] } | { readonly reason: string } {
  const overrides: SheetOverride[] = [];
  for (const [i, o] of written.entries()) {
    const kind = o.kind === undefined ? null : kindByName(o.kind);
    if (o.kind !== undefined && !kind) return { reason: configText.unknownKind(`sheets[${i}].kind`, o.kind) };
    const columns = new Map<string, Field>();
    for (const [header, field] of Object.entries(o.columns ?? {})) {
      const f = fieldByName(field);
      if (!f) return { reason: configText.unknownField(`sheets[${i}].columns`, header, field) };
      columns.set(normalizeHeader(header), f);
    }
    overrides.push({ file: o.file ?? null, sheet: o.sheet.trim(), kind, columns });
  }
  return { overrides };
}

export function overrideFor(overrides: readonly SheetOverride[], file: string, sheet: string): SheetOverride | undefined {
  return overrides.find((o) => o.sheet === sheet && (o.file === null || o.file === file));
}

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FIELD_NAMES, type Field } from './columns.ts';
import { makeIssue, type LedgerIssue } from './issues.ts';
import type { LedgerKind } from './kinds.ts';
import { LEDGERS, READ_ORDER } from './ledgers/registry.ts';
import { kindLabels } from '../messages/zh.ts';
import { normalizeHeader, normalizeName } from './values/index.ts';

/** A sheet's kind and extra column names, for layouts the rules cannot read (ledgers.md §7). */
export interface SheetOverride {
  readonly file: string | null;
  readonly sheet: string;
  readonly kind: LedgerKind | null;
  /** Normalised header text → field. */
  readonly columns: ReadonlyMap<string, Field>;
}

export const CONFIG_FILE = 'union-dash.config.json';

/** A kind by id (`roster`) or by its Chinese label (教职工名册), or a keyword (名册). */
export function kindByName(text: string): LedgerKind | null {
  const t = normalizeName(text);
  if ((READ_ORDER as readonly string[]).includes(t)) return t as LedgerKind;
  const byLabel = (Object.entries(kindLabels) as [LedgerKind, string][]).find(([, label]) => label === t);
  if (byLabel) return byLabel[0];
  return READ_ORDER.find((k) => LEDGERS[k].keywords.includes(t)) ?? null;
}

function fieldByName(text: string): Field | null {
  if (text in FIELD_NAMES) return text as Field;
  const h = normalizeHeader(text);
  return (Object.keys(FIELD_NAMES) as Field[]).find((f) => FIELD_NAMES[f][0] === h) ?? null;
}

/** Reads union-dash.config.json; a missing file is no overrides, a broken one an error naming what is wrong. */
/** Google credentials named in the config file (`"google": { "keyFile": "…", "apiKey": "…" }`); a relative keyFile is beside the config. */
export interface GoogleConfig {
  readonly keyFile?: string;
  readonly apiKey?: string;
}

export interface LoadedConfig {
  readonly overrides: SheetOverride[];
  readonly google: GoogleConfig;
  readonly issues: LedgerIssue[];
}

export async function loadOverrides(path: string): Promise<LoadedConfig> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return { overrides: [], google: {}, issues: [] };
  const fail = (reason: string): LoadedConfig => ({
    overrides: [],
    google: {},
    issues: [makeIssue({ file: CONFIG_FILE, sheet: null, cell: null }, 'bad_override', { path: CONFIG_FILE, reason })],
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('不是有效的 JSON');
  }
  const google = googleConfig((json as { google?: unknown })?.google, dirname(path));
  if (google === null) return fail('"google" 应写成 { "keyFile": "密钥文件路径" } 或 { "apiKey": "API 密钥" }');
  const sheets = (json as { sheets?: unknown })?.sheets ?? [];
  if (!Array.isArray(sheets)) return fail('"sheets" 应是一个列表');
  const overrides: SheetOverride[] = [];
  for (const [i, s] of sheets.entries()) {
    const o = s as { file?: unknown; sheet?: unknown; kind?: unknown; columns?: unknown };
    if (typeof o.sheet !== 'string') return fail(`sheets[${i}] 缺少 "sheet"（表名）`);
    const kind = typeof o.kind === 'string' ? kindByName(o.kind) : null;
    if (typeof o.kind === 'string' && !kind) return fail(`sheets[${i}].kind “${o.kind}”不是已知的表类型`);
    const columns = new Map<string, Field>();
    for (const [header, field] of Object.entries((o.columns ?? {}) as Record<string, unknown>)) {
      const f = typeof field === 'string' ? fieldByName(field) : null;
      if (!f) return fail(`sheets[${i}].columns “${header}”对应的字段“${String(field)}”不存在`);
      columns.set(normalizeHeader(header), f);
    }
    overrides.push({ file: typeof o.file === 'string' ? o.file : null, sheet: o.sheet.trim(), kind, columns });
  }
  return { overrides, google, issues: [] };
}

export function overrideFor(overrides: readonly SheetOverride[], file: string, sheet: string): SheetOverride | undefined {
  return overrides.find((o) => o.sheet === sheet && (o.file === null || o.file === file));
}

function googleConfig(v: unknown, dir: string): GoogleConfig | null {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null) return null;
  const { keyFile, apiKey } = v as { keyFile?: unknown; apiKey?: unknown };
  if ((keyFile !== undefined && typeof keyFile !== 'string') || (apiKey !== undefined && typeof apiKey !== 'string')) return null;
  return { ...(keyFile ? { keyFile: resolve(dir, keyFile) } : {}), ...(apiKey ? { apiKey } : {}) };
}

import type { Cell, DateCell, Scalar } from '../model.ts';

/** The part of an exceljs cell value we read; exceljs's own union is wider than its types say. */
type ExcelValue = unknown;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** exceljs gives dates as UTC instants of the serial; read them back with UTC getters only. */
export function dateCellFromJs(d: Date): DateCell | null {
  if (Number.isNaN(d.getTime())) return null;
  // round to the second: serial floating point turns 10:00:00 into 09:59:59.999
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const h = t.getUTCHours();
  const m = t.getUTCMinutes();
  const s = t.getUTCSeconds();
  return h || m || s ? { kind: 'date', date, time: `${pad(h)}:${pad(m)}:${pad(s)}` } : { kind: 'date', date };
}

function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((r) => (r && typeof r === 'object' && 'text' in r ? String((r as { text: unknown }).text ?? '') : '')).join('');
}

function scalarOf(v: ExcelValue): Scalar | { error: string } | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateCellFromJs(v);
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if ('richText' in o) return richText(o.richText);
  if ('error' in o && typeof o.error === 'string') return { error: o.error };
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? scalarOf(o.result) : undefined;
  if ('text' in o) {
    const t = o.text;
    return typeof t === 'string' ? t : richText((t as { richText?: unknown })?.richText);
  }
  return null;
}

/** Converts an exceljs value to our neutral cell. `undefined` result of a formula = never calculated. */
export function cellFromExcel(v: ExcelValue): Cell {
  const s = scalarOf(v);
  if (s === undefined) return { value: null, formulaWithoutResult: true };
  if (s !== null && typeof s === 'object' && 'error' in s) return { value: null, errorValue: s.error };
  return { value: s };
}

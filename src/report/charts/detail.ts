/**
 * Reading a target's `detail` (typed as an open record by metrics) without trusting its
 * shape: a missing or mistyped field reads as empty, never as a crash.
 */
import type { MetricsResult, TargetResult } from '../../metrics/index.ts';

export type Row = Readonly<Record<string, unknown>>;

export const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

export function rows(d: Row | undefined, key: string): Row[] {
  const v = d?.[key];
  return Array.isArray(v) ? v.filter(isRow) : [];
}

export function strings(d: Row | undefined, key: string): string[] {
  const v = d?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function num(d: Row | undefined, key: string): number | null {
  const v = d?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function str(d: Row | undefined, key: string): string | null {
  const v = d?.[key];
  return typeof v === 'string' ? v : null;
}

export function row(d: Row | undefined, key: string): Row | undefined {
  const v = d?.[key];
  return isRow(v) ? v : undefined;
}

export function target(m: MetricsResult, id: string): TargetResult | undefined {
  return m.targets.find((t) => t.id === id);
}

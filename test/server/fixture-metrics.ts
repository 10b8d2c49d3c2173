/** The bundled fixtures read once per test file, with the fixed test clock (today 2026-11-22 → term 2025-2026-2, as of 2026-07-31). */
import { fileURLToPath } from 'node:url';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const TODAY = '2026-11-22';
/** 10:00 in Shanghai. */
export const NOW = new Date('2026-11-22T02:00:00.000Z');
export const FIXED_CLOCK = { now: () => NOW, today: () => TODAY } as const;

let cached: Promise<{ ingest: IngestResult; metrics: MetricsResult }> | null = null;

export function fixtureMetrics(): Promise<{ ingest: IngestResult; metrics: MetricsResult }> {
  cached ??= ingest([FIXTURES], { today: TODAY }).then((r) => ({ ingest: r, metrics: computeMetrics(r, { today: TODAY }) }));
  return cached;
}

/** Every staff name of the ledgers in `dir`, as written and as matched (刘　洋 and 刘洋 are one person): what no masked page may show. */
export async function rosterNames(dir: string): Promise<string[]> {
  const read = await ingest([dir], { today: TODAY });
  return [...new Set(read.records.staff.flatMap((s) => [s.displayName, s.name]))].filter((n) => [...n].length >= 2);
}

/** The bundled sample term, ingested and computed as a report sees it. */
import { fileURLToPath } from 'node:url';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const TERM = '2025-2026-2';
export const AS_OF = '2026-06-30';
/** 2026-06-30 10:05 in Beijing. */
export const GENERATED_AT = new Date('2026-06-30T02:05:00Z');

export async function fixtureMetrics(asOf = AS_OF): Promise<{ metrics: MetricsResult; ingest: IngestResult }> {
  const result = await ingest([FIXTURES], { today: asOf });
  return { metrics: computeMetrics(result, { term: TERM, asOf, today: asOf }), ingest: result };
}

/** pdftotext output without the line breaks and spaces that layout puts into running text. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

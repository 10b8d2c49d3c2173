/**
 * The bundled sample term against the figures its generator computed from its own ground
 * truth (fixtures/expected/metrics.json). The expected file rounds rates to 6 decimals and
 * lists only some detail fields; every field it lists must match.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { computeMetrics } from '../../src/metrics/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Numbers as close to 5 decimals; objects as subsets; arrays element by element. */
function approx(v: unknown): unknown {
  if (typeof v === 'number') return expect.closeTo(v, 5);
  if (Array.isArray(v)) return v.map(approx);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, approx(x)]));
  return v;
}

describe('the fixtures term 2025-2026-2', () => {
  it('matches fixtures/expected/metrics.json', async () => {
    const expected = JSON.parse(await readFile(`${FIXTURES}expected/metrics.json`, 'utf8')) as { targets: { id: string }[] };
    const today = '2026-11-22';
    const result = await ingest([FIXTURES], { today });
    const metrics = computeMetrics(result, { term: '2025-2026-2', today });
    expect(metrics.targets.map((t) => t.id)).toEqual(expected.targets.map((t) => t.id));
    expect(metrics).toMatchObject(approx(expected) as object);
  });
});

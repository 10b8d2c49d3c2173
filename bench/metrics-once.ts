/**
 * One measured computeMetrics, run in its own process by bench/sections/metrics.ts:
 *   node --import tsx bench/metrics-once.ts <file.xlsx> <asOf>
 * Ingests first (not timed here), then times computeMetrics cold and warm. Prints one JSON line.
 */
import { ingest } from '../src/ingest/index.ts';
import { computeMetrics } from '../src/metrics/index.ts';

export interface MetricsOnceResult {
  /** First computeMetrics call. */
  readonly seconds: number;
  /** Median of three further calls (JIT warm). */
  readonly warmSeconds: number;
  readonly ingestSeconds: number;
  /** Resident set after ingest, before computeMetrics, MiB. */
  readonly rssBeforeMiB: number;
  /** Peak resident set of the whole child (node + tsx + ingest + metrics), MiB. */
  readonly maxRssMiB: number;
  /** JS heap growth across the first computeMetrics call, MiB (garbage included). */
  readonly heapGrowthMiB: number;
  readonly targets: readonly { readonly id: string; readonly status: string; readonly value: number | null }[];
  readonly jsonBytes: number;
}

const [file, asOf] = process.argv.slice(2);
if (!file || !asOf) {
  console.error('usage: node --import tsx bench/metrics-once.ts <file.xlsx> <asOf>');
  process.exit(2);
}

const mib = (bytes: number) => bytes / 2 ** 20;
const t0 = performance.now();
const result = await ingest([file], { today: asOf });
const ingestSeconds = (performance.now() - t0) / 1000;

const rssBeforeMiB = mib(process.memoryUsage.rss());
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const metrics = computeMetrics(result, { asOf, today: asOf });
const seconds = (performance.now() - started) / 1000;
const heapGrowthMiB = mib(process.memoryUsage().heapUsed - heapBefore);

const warm: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  computeMetrics(result, { asOf, today: asOf });
  warm.push((performance.now() - s) / 1000);
}
warm.sort((a, b) => a - b);

const out: MetricsOnceResult = {
  seconds,
  warmSeconds: warm[1]!,
  ingestSeconds,
  rssBeforeMiB,
  // maxRSS is in KiB on Linux and macOS.
  maxRssMiB: process.resourceUsage().maxRSS / 1024,
  heapGrowthMiB,
  targets: metrics.targets.map((t) => ({ id: t.id, status: t.status, value: t.value })),
  jsonBytes: Buffer.byteLength(JSON.stringify(metrics)),
};
console.log(JSON.stringify(out));

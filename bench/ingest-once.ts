/**
 * One measured ingest, run in its own process by bench/sections/ingest.ts:
 *   node --import tsx bench/ingest-once.ts <file.xlsx> <asOf>
 * Prints one JSON line: ingest seconds, peak RSS of this process, record and issue counts.
 */
import { ingest, type SheetReport } from '../src/ingest/index.ts';

export interface IngestOnceResult {
  readonly seconds: number;
  /** CPU seconds (user + system, every thread) the ingest took: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  /** Peak resident set of the whole child (node + tsx + ingest), MiB. */
  readonly maxRssMiB: number;
  /** Resident set just before ingest started, MiB. */
  readonly rssBeforeMiB: number;
  readonly records: Readonly<Record<string, number>>;
  readonly sheets: readonly SheetReport[];
  readonly issues: { readonly total: number; readonly bySeverity: Readonly<Record<string, number>>; readonly byCode: Readonly<Record<string, number>> };
}

const [file, asOf] = process.argv.slice(2);
if (!file || !asOf) {
  console.error('usage: node --import tsx bench/ingest-once.ts <file.xlsx> <asOf>');
  process.exit(2);
}

const rssBeforeMiB = process.memoryUsage.rss() / 2 ** 20;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const result = await ingest([file], { today: asOf });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// maxRSS is in KiB on Linux and macOS.
const maxRssMiB = process.resourceUsage().maxRSS / 1024;

const count = (keys: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};
const out: IngestOnceResult = {
  seconds,
  cpuSeconds,
  maxRssMiB,
  rssBeforeMiB,
  records: Object.fromEntries(Object.entries(result.records).map(([k, v]) => [k, (v as readonly unknown[]).length])),
  sheets: result.sheets,
  issues: {
    total: result.issues.length,
    bySeverity: count(result.issues.map((i) => i.severity)),
    byCode: count(result.issues.map((i) => i.code)),
  },
};
console.log(JSON.stringify(out));

/**
 * Ingest at district scale: wall time and peak RSS of `ingest()` in a fresh child process per run,
 * against the floor (unzip + tokenise, bench/floor-read.ts), calamine (python-calamine, when a
 * python3 on the machine has it) and openpyxl merely reading every cell of the same workbook.
 */
import { join } from 'node:path';
import { median, runJsonChild, type ChildOutcome } from '../child.ts';
import type { SheetReport } from '../../src/ingest/index.ts';
import { findCalamine, readWithCalamine, type CalamineRead } from '../calamine.ts';
import type { FloorRead } from '../floor-read.ts';
import type { IngestOnceResult } from '../ingest-once.ts';
import { findPython, readWithOpenpyxl, type OpenpyxlRead } from '../openpyxl.ts';
import type { BenchContext, Figure, Goal, Section } from './section.ts';

const RSS_LIMIT_MIB = 1024;
/** Peak RSS of the ingest child a cell, at scale 10 (issue 16): 5 million cells stay under 600 MB. */
const BYTES_A_CELL_LIMIT = 120;
/** Ingest at most this many times calamine's read of every cell. */
const CALAMINE_RATIO_LIMIT = 2;

/** Sheets of the district workbook whose data rows are one record each. */
const ONE_RECORD_PER_ROW: Readonly<Record<string, string>> = {
  花名册: 'staff',
  活动台账: 'activities',
  收支明细: 'funds',
  预算: 'budget',
  满意度: 'survey',
};

type SheetAccount = Pick<SheetReport, 'rows_read' | 'rows_used' | 'rows_skipped' | 'rows_rejected'>;

export const ingestSection: Section = {
  id: 'ingest',
  async run(ctx) {
    const python = findPython();
    const calamine = findCalamine();
    const ingestRuns: ChildOutcome<IngestOnceResult>[] = [];
    const floor: ChildOutcome<FloorRead>[] = [];
    const calamineRuns: ChildOutcome<CalamineRead>[] = [];
    const full: ChildOutcome<OpenpyxlRead>[] = [];
    const readonly: ChildOutcome<OpenpyxlRead>[] = [];
    // Interleaved, so a busy machine slows every side of the comparison alike.
    for (let i = 0; i < ctx.runs; i++) {
      ingestRuns.push(await ingestOnce(ctx));
      floor.push(await floorOnce(ctx));
      if (calamine) calamineRuns.push(await readWithCalamine(calamine, ctx.root, ctx.workbook.out));
      if (!python) continue;
      full.push(await readWithOpenpyxl(python, ctx.root, ctx.workbook.out, 'full'));
      readonly.push(await readWithOpenpyxl(python, ctx.root, ctx.workbook.out, 'readonly'));
    }

    const ok = ingestRuns.every((r) => r.ok);
    const results = ingestRuns.flatMap((r) => (r.ok ? [r.value] : []));
    const seconds = ok ? median(results.map((r) => r.seconds)) : null;
    const peak = ok ? Math.max(...results.map((r) => r.maxRssMiB)) : null;
    const openpyxlSeconds = secondsOf(full);
    const floorSeconds = secondsOf(floor);
    const calamineSeconds = secondsOf(calamineRuns);
    const first = results[0];
    const cells = ctx.workbook.cells;
    const ratio = (base: number | null) => (seconds !== null && base !== null && base > 0 ? `, ingest ${(seconds / base).toFixed(1)}×` : '');

    const figures: Figure[] = [];
    if (!ok) {
      const failure = ingestRuns.find((r) => !r.ok);
      figures.push({ label: 'ingest', value: `FAILED: ${failure && !failure.ok ? failure.error : ''}` });
    } else if (first) {
      figures.push(
        { label: 'ingest median', value: `${seconds!.toFixed(2)} s (runs ${results.map((r) => r.seconds.toFixed(2)).join(', ')})` },
        { label: 'ingest CPU median', value: `${median(results.map((r) => r.cpuSeconds)).toFixed(2)} s user + system, every thread` },
        { label: 'ingest peak RSS', value: `${peak!.toFixed(0)} MiB (child before ingest: ${first.rssBeforeMiB.toFixed(0)} MiB)` },
        {
          label: 'peak RSS a cell',
          value: `${bytesACell(peak!, cells).toFixed(0)} B (${cells.toLocaleString('en-US')} cells; ${bytesACell(peak! - first.rssBeforeMiB, cells).toFixed(0)} B above the child's start)`,
        },
        { label: 'child process wall', value: `${median(ingestRuns.map((r) => r.wallSeconds)).toFixed(2)} s median, incl. node + tsx start-up` },
        { label: 'records', value: Object.entries(first.records).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') },
        { label: 'rows', value: rowAccount(first.sheets) },
        { label: 'issues', value: issueSummary(first) },
      );
    }
    const floorFirst = floor.find((r) => r.ok);
    const floorCpu = floor.every((r) => r.ok) && floor.length > 0 ? median(floor.map((r) => (r.ok ? r.value.cpuSeconds : 0))) : null;
    const ingestCpu = ok && results.length > 0 ? median(results.map((r) => r.cpuSeconds)) : null;
    // on a shared machine the CPU seconds compare more steadily than the wall times
    const cpuRatio = floorCpu !== null && ingestCpu !== null && floorCpu > 0 ? ` (CPU ${(ingestCpu / floorCpu).toFixed(1)}×)` : '';
    figures.push({
      label: 'floor (unzip + tokenise)',
      value:
        floorSeconds === null
          ? `failed: ${floor.map((r) => (r.ok ? '' : r.error)).join(' ')}`
          : `${floorSeconds.toFixed(2)} s median${ratio(floorSeconds)}${cpuRatio} (${floorFirst?.ok ? `${mib(floorFirst.value.bytes)} MiB of XML, ${floorFirst.value.cells.toLocaleString('en-US')} <c>` : ''})`,
    });
    figures.push(
      calamine
        ? { label: 'calamine', value: `${fmt(calamineSeconds)} s median${ratio(calamineSeconds)} (python-calamine, ${calamine.command})` }
        : { label: 'calamine', value: 'skipped: no calamine reader on this machine (a python3 that imports python_calamine, or set BENCH_PYTHON)' },
    );
    figures.push(
      python
        ? { label: 'openpyxl read_only=False', value: `${fmt(openpyxlSeconds)} s median (runs ${full.map((r) => (r.ok ? r.value.seconds.toFixed(2) : 'failed')).join(', ')}; openpyxl ${python.openpyxl}, ${python.command})` }
        : { label: 'openpyxl', value: 'not available (apt-get install python3-openpyxl, or set BENCH_PYTHON)' },
    );
    if (python) figures.push({ label: 'openpyxl read_only=True', value: `${fmt(secondsOf(readonly))} s median` });

    const goals: Goal[] = [
      rssGoal(ok, peak),
      cellBytesGoal(ok, peak, ctx),
      speedGoal(ok, seconds, python !== null, openpyxlSeconds),
      calamineGoal(ok, seconds, calamine !== null, calamineSeconds),
      completeGoal(ok, first, ctx),
    ];
    return {
      id: 'ingest',
      title: `Ingest (${ctx.runs} run${ctx.runs === 1 ? '' : 's'}, asOf ${ctx.asOf})`,
      figures,
      goals,
      data: {
        medianSeconds: seconds,
        peakRssMiB: peak,
        peakBytesACell: peak === null ? null : bytesACell(peak, cells),
        runs: ingestRuns,
        floor: { medianSeconds: floorSeconds, runs: floor },
        calamine: calamine ? { ...calamine, medianSeconds: calamineSeconds, runs: calamineRuns } : null,
        openpyxl: python ? { ...python, fullMedianSeconds: openpyxlSeconds, readonlyMedianSeconds: secondsOf(readonly), full, readonly } : null,
      },
    };
  },
};

function ingestOnce(ctx: BenchContext): Promise<ChildOutcome<IngestOnceResult>> {
  const args = ['--import', import.meta.resolve('tsx'), join(ctx.root, 'bench', 'ingest-once.ts'), ctx.workbook.out, ctx.asOf];
  return runJsonChild<IngestOnceResult>(process.execPath, args, ctx.root);
}

function floorOnce(ctx: BenchContext): Promise<ChildOutcome<FloorRead>> {
  const args = ['--import', import.meta.resolve('tsx'), join(ctx.root, 'bench', 'floor-read.ts'), ctx.workbook.out];
  return runJsonChild<FloorRead>(process.execPath, args, ctx.root);
}

const bytesACell = (mebibytes: number, cells: number): number => (mebibytes * 2 ** 20) / cells;
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

function secondsOf(runs: readonly ChildOutcome<{ readonly seconds: number }>[]): number | null {
  return runs.length > 0 && runs.every((r) => r.ok) ? median(runs.map((r) => (r.ok ? r.value.seconds : 0))) : null;
}

function fmt(seconds: number | null): string {
  return seconds === null ? 'failed' : seconds.toFixed(2);
}

function rowAccount(sheets: readonly SheetAccount[]): string {
  const sum = (k: keyof SheetAccount): number => sheets.reduce((n, s) => n + s[k], 0);
  const balanced = sheets.every((s) => s.rows_read === s.rows_used + s.rows_skipped + s.rows_rejected);
  return `read ${sum('rows_read')} = used ${sum('rows_used')} + skipped ${sum('rows_skipped')} + rejected ${sum('rows_rejected')}${balanced ? '' : ' (UNBALANCED on some sheet)'}`;
}

function issueSummary(r: IngestOnceResult): string {
  const sev = Object.entries(r.issues.bySeverity).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const top = Object.entries(r.issues.byCode)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return top ? `${sev}; top: ${top}` : sev;
}

function rssGoal(ok: boolean, peak: number | null): Goal {
  const label = 'peak RSS < 1 GiB';
  if (!ok || peak === null) return { label, verdict: 'FAIL', detail: 'ingest failed' };
  return { label, verdict: peak < RSS_LIMIT_MIB ? 'PASS' : 'FAIL', detail: `${peak.toFixed(0)} MiB` };
}

function speedGoal(ok: boolean, seconds: number | null, hasPython: boolean, openpyxl: number | null): Goal {
  const label = 'ingest faster than openpyxl';
  if (!ok || seconds === null) return { label, verdict: 'FAIL', detail: 'ingest failed' };
  if (!hasPython) return { label, verdict: 'SKIP', detail: 'openpyxl not available' };
  if (openpyxl === null) return { label, verdict: 'SKIP', detail: 'openpyxl run failed' };
  return { label, verdict: seconds < openpyxl ? 'PASS' : 'FAIL', detail: `${seconds.toFixed(2)} s vs ${openpyxl.toFixed(2)} s (read_only=False)` };
}

/** Judged at scale 10 and above, where the child's own start-up (~90 MiB) no longer dominates. */
function cellBytesGoal(ok: boolean, peak: number | null, ctx: BenchContext): Goal {
  const label = `peak RSS ≤ ${BYTES_A_CELL_LIMIT} B a cell`;
  if (!ok || peak === null) return { label, verdict: 'FAIL', detail: 'ingest failed' };
  const bytes = bytesACell(peak, ctx.workbook.cells);
  if (ctx.workbook.scale < 10) return { label, verdict: 'SKIP', detail: `${bytes.toFixed(0)} B at scale ${ctx.workbook.scale}; judged at --scale 10` };
  return { label, verdict: bytes <= BYTES_A_CELL_LIMIT ? 'PASS' : 'FAIL', detail: `${bytes.toFixed(0)} B (${peak.toFixed(0)} MiB / ${ctx.workbook.cells.toLocaleString('en-US')} cells)` };
}

function calamineGoal(ok: boolean, seconds: number | null, hasCalamine: boolean, calamine: number | null): Goal {
  const label = `ingest ≤ ${CALAMINE_RATIO_LIMIT}× calamine`;
  if (!ok || seconds === null) return { label, verdict: 'FAIL', detail: 'ingest failed' };
  if (!hasCalamine) return { label, verdict: 'SKIP', detail: 'no calamine reader on this machine' };
  if (calamine === null) return { label, verdict: 'SKIP', detail: 'calamine run failed' };
  return { label, verdict: seconds <= CALAMINE_RATIO_LIMIT * calamine ? 'PASS' : 'FAIL', detail: `${seconds.toFixed(2)} s vs ${calamine.toFixed(2)} s (${(seconds / calamine).toFixed(1)}×)` };
}

/** Guards the speed figure: a fast ingest that dropped rows would be meaningless. */
function completeGoal(ok: boolean, r: IngestOnceResult | undefined, ctx: BenchContext): Goal {
  const label = 'ingest reads every row';
  if (!ok || !r) return { label, verdict: 'FAIL', detail: 'ingest failed' };
  const short = ctx.workbook.sheets.flatMap((s) => {
    const kind = ONE_RECORD_PER_ROW[s.sheet];
    const got = kind ? (r.records[kind] ?? 0) : null;
    return got !== null && got !== s.dataRows ? [`${kind} ${got}/${s.dataRows}`] : [];
  });
  return short.length === 0
    ? { label, verdict: 'PASS', detail: Object.values(ONE_RECORD_PER_ROW).map((k) => `${k} ${r.records[k] ?? 0}`).join(', ') }
    : { label, verdict: 'FAIL', detail: short.join(', ') };
}

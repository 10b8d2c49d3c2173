/**
 * A union's ledgers as one small workbook, for tests that run the real ingester and then
 * metrics: each sheet is given by name as rows (first row = header), written with exceljs.
 * Sheet names are the template's (教职工名册, 活动台账, 活动签到, 文明办公室评比, 经费收支明细,
 * 经费预算, 满意度测评, 教代会提案, 资料归档, 工作台账, 青蓝结对, 目标, 设置).
 */
import { rm } from 'node:fs/promises';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';
import type { SpanKind } from '../../src/term/term.ts';
import { tempDir, writeWorkbook, type CellSpec } from './workbook.ts';

export type Rows = readonly (readonly CellSpec[])[];
export type Ledgers = Readonly<Record<string, Rows>>;

export interface RunOptions {
  readonly term?: string;
  readonly asOf?: string;
  /** `--period`: a term (default) or a year made of terms. */
  readonly span?: SpanKind;
  /** Default 2026-07-20 (inside the 2025-2026 second term). */
  readonly today?: string;
  readonly file?: string;
}

const dirs: string[] = [];

/** Writes the ledgers into a fresh folder; returns the folder. */
export async function writeLedgers(ledgers: Ledgers, file = '工会台账.xlsx'): Promise<string> {
  const dir = await tempDir('union-dash-metrics-');
  dirs.push(dir);
  await writeWorkbook(
    dir,
    file,
    Object.entries(ledgers).map(([name, rows]) => ({ name, rows })),
  );
  return dir;
}

/** Ingests the ledgers as `union-dash metrics` does, then computes the metrics. */
export async function metricsFor(ledgers: Ledgers, options: RunOptions = {}): Promise<{ metrics: MetricsResult; ingest: IngestResult }> {
  const dir = await writeLedgers(ledgers, options.file);
  const today = options.today ?? '2026-07-20';
  const result = await ingest([dir], { today });
  const metrics = computeMetrics(result, {
    today,
    ...(options.term ? { term: options.term } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.span ? { span: options.span } : {}),
  });
  return { metrics, ingest: result };
}

export { targetOf } from '../../src/metrics/index.ts';

/** Removes every folder written by this module (call in afterAll). */
export async function removeLedgers(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** The settings sheet that fixes the term to 2025-2026学年第二学期, plus extra rows. */
export const settings = (...rows: Rows): Rows => [['项目', '值'], ['学期', '2025-2026学年第二学期'], ...rows];

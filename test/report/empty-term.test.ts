/** A term with no ledgers at all: every report still renders, and none claims that all is well. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';
import { monthBriefHtml } from '../../src/report/month/index.ts';
import { termReportHtml } from '../../src/report/term/index.ts';
import { SHEET_NAMES, summaryWorkbookBytes } from '../../src/report/xlsx/summary-workbook.ts';
import { GENERATED_AT } from './fixture-metrics.ts';

let dir: string;
let metrics: MetricsResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-empty-'));
  const result = await ingest([dir], { today: '2026-06-30' });
  metrics = computeMetrics(result, { term: '2025-2026-2', asOf: '2026-06-30', today: '2026-06-30' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

describe('reports of a term without ledgers', () => {
  test('the term report marks every target 无数据 with its reason and draws no chart', () => {
    expect(metrics.targets.every((t) => t.status === 'no_data')).toBe(true);
    const html = termReportHtml({ metrics, generatedAt: GENERATED_AT });
    const body = text(html);
    expect(body).toContain('（未填写学校名称）');
    expect(body).toContain('无数据 11 项');
    expect(body).toContain('缺少“资料归档清单”表，或表中没有数据');
    expect(html).not.toMatch(/<svg/);
    expect(body).not.toContain('清单所列活动的资料均已齐全');
    expect(body).not.toContain('所有在职青年教师均已结对');
    expect(body).not.toContain('没有逾期未完成的工作');
    expect(body).toContain('无数据：所需台账缺失或没有本学期的记录');
    expect(body).toContain('中没有 .xlsx 工作簿');
    expect(body).toMatch(/总分\s*未评分\s*—/);
  });

  test('the briefing and the workbook render too', async () => {
    const body = text(monthBriefHtml({ metrics, month: '2026-03', generatedAt: GENERATED_AT }));
    expect(body).toContain('2026年3月工会工作月调度简报');
    expect(body).toContain('本月没有登记活动。');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await summaryWorkbookBytes({ metrics, generatedAt: GENERATED_AT })) as unknown as ArrayBuffer);
    expect(book.getWorksheet(SHEET_NAMES.targets)?.getCell('G4').value).toBe('无数据');
    expect(book.getWorksheet(SHEET_NAMES.targets)?.getCell('D4').value).toBeNull();
  });
});

/** `union-dash report`: exit codes, Chinese usage lines, and the files it writes. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { pdfText } from '../../src/messages/pdf.ts';
import { SHEET_NAMES } from '../../src/report/xlsx/summary-workbook.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { FIXTURES, squash } from './fixture-metrics.ts';
import { chromePath, ROOT, runReportCli as run, scratch } from './report-cli.ts';

const USAGE = '用法：union-dash report';

describe('bad usage exits 2 with one Chinese line and the usage', () => {
  test.each([
    [[FIXTURES], '请用 --out 指定要生成的文件'],
    [[FIXTURES, '--out', '总评.doc'], '不支持的输出格式“.doc”'],
    [[FIXTURES, '--out', '总评'], '不支持的输出格式“无扩展名”'],
    [[FIXTURES, '--term', '2025-2026-2', '--month', '2026-05', '--out', 'a.pdf'], '--term 与 --month 只能选一个'],
    [[FIXTURES, '--month', '2026-13', '--out', 'a.pdf'], '月份“2026-13”无效'],
    [[FIXTURES, '--as-of', '2026-02-30', '--out', 'a.pdf'], '日期“2026-02-30”无效'],
    [[FIXTURES, '--term', '下学期', '--out', 'a.pdf'], '学期“下学期”无效'],
    [[FIXTURES, '--month', '2026-05', '--out', 'a.xlsx'], '月调度简报只能导出 PDF'],
    [[FIXTURES, '--out'], '选项 --out 后面需要一个值'],
    [[FIXTURES, '--pages', '3', '--out', 'a.pdf'], '不认识的选项“--pages”'],
    [[FIXTURES, '--period', '财年', '--out', 'a.pdf'], '统计周期“财年”无效，请写 学期、学年、年度 或 统计年度'],
    [[FIXTURES, '--period', '学年', '--month', '2026-05', '--out', 'a.pdf'], '--month 是单月的月调度简报，不能与 --period 同用'],
  ])('%j', async (args, line) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(line);
    expect(r.stderr).toContain(USAGE);
    expect(r.stdout).toBe('');
  });

  test('a source that cannot be read exits 2 and names it', async () => {
    const dir = scratch();
    const r = await run([join(dir, '没有这个文件.xlsx'), '--out', join(dir, 'a.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到');
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
  });
});

describe('the workbook', () => {
  test('is written without any browser, relative to the working directory', async () => {
    chromePath('/nonexistent/chromium');
    const dir = scratch();
    const r = await run([FIXTURES, '--term', '2025-2026-2', '--as-of', '2026-06-30', '--out', '汇总/总评.xlsx'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`已生成期末总评汇总表：${join(dir, '汇总', '总评.xlsx')}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, '汇总', '总评.xlsx'));
    expect(book.getWorksheet(SHEET_NAMES.targets)?.getCell('B4').value).toBe('文体活动参与率');
    expect(book.getWorksheet(SHEET_NAMES.targets)?.getCell('D4').value).toBeCloseTo(0.8214, 4);
  });
});

describe('the PDF', () => {
  test('without a browser exits 2 with the Chinese reason, and writes nothing', async () => {
    chromePath('/nonexistent/chromium');
    const dir = scratch();
    const r = await run([FIXTURES, '--out', join(dir, '总评.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(pdfText.chromePathMissing('/nonexistent/chromium'));
    expect(existsSync(join(dir, '总评.pdf'))).toBe(false);
  });

  test('term report and monthly briefing are written as PDF', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    const dir = scratch();
    const term = await run([FIXTURES, '--term', '2025-2026-2', '--as-of', '2026-06-30', '--out', join(dir, '总评.pdf')]);
    expect(term).toMatchObject({ code: 0, stderr: '' });
    expect(term.stdout).toContain('已生成期末总评报告');
    const termPdf = readPdf(readFileSync(join(dir, '总评.pdf')));
    expect(termPdf.pages).toBeGreaterThan(5);
    expect(squash(termPdf.pageTexts[0]!)).toContain('数据截至2026年6月30日');

    const month = await run([FIXTURES, '--month', '2026-05', '--out', join(dir, '5月.pdf')]);
    expect(month).toMatchObject({ code: 0, stderr: '' });
    expect(month.stdout).toContain('已生成2026年5月月调度简报');
    const monthPdf = readPdf(readFileSync(join(dir, '5月.pdf')));
    expect(monthPdf.pages).toBeLessThanOrEqual(2);
    // A past month is reported as of its last day.
    expect(squash(monthPdf.pageTexts[0]!)).toContain('数据截至2026年5月31日');
  });

  test('--period 学年 prints the school-year review: both terms, compared with the school year before', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    const dir = scratch();
    const r = await run([FIXTURES, '--period', '学年', '--as-of', '2026-07-31', '--out', join(dir, '学年.pdf')]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('已生成学年总评报告');
    const pdf = readPdf(readFileSync(join(dir, '学年.pdf')));
    const cover = squash(pdf.pageTexts[0]!);
    expect(cover).toContain('2025-2026学年工会工作学年总评报告');
    expect(cover).toContain('起止日期2025年8月1日至2026年7月31日');
    expect(cover).toContain('9月、10月、11月、12月、1月、2月、3月、4月、5月、6月');
    const text = squash(pdf.pageTexts.join(''));
    expect(text).toContain('三、学年总评');
    expect(text).toContain('上学年（2024-2025学年）');
    // 本学期 only where the chair named a sheet so (满意度测评.xlsx › 本学期问卷)
    expect(text.replaceAll('本学期问卷', '')).not.toContain('本学期');
  });

  test('the process exits by itself after printing (the browser is closed)', (ctx) => {
    requireBrowser(ctx);
    const dir = scratch();
    const script = `import { runReport } from './src/cli/report.ts';
const io = { stdout: () => {}, stderr: (t) => console.error(t), cwd: process.cwd(), env: process.env, today: () => '2026-06-30' };
process.exitCode = await runReport(['fixtures', '--out', ${JSON.stringify(join(dir, 'a.pdf'))}], io);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.error).toBeUndefined();
    expect(child.stderr.replace(/npm warn.*\n?/g, '')).toBe('');
    expect(child.status).toBe(0);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
  });
});

/** `union-dash report --pack`: the evidence pack written from the command line, and its usage errors. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pdfText } from '../../src/messages/pdf.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { FIXTURES, squash } from './fixture-metrics.ts';
import { chromePath, runReportCli as run, scratch } from './report-cli.ts';

describe('bad usage of --pack exits 2 with one Chinese line and the usage', () => {
  test.each([
    [[FIXTURES, '--pack', '台账.docx'], '不支持的台账资料格式“.docx”'],
    [[FIXTURES, '--pack', '台账'], '不支持的台账资料格式“无扩展名”'],
    [[FIXTURES, '--pack', 'a.pdf', '--out', 'b.pdf'], '--pack 与 --out 只能选一个'],
    [[FIXTURES, '--pack', 'a.pdf', '--month', '2026-05'], '台账资料按学期生成，不能与 --month 同用'],
    [[FIXTURES, '--pack', 'a.pdf', '--period', '学年'], '台账资料按学期装盒，不能与 --period 同用'],
    [[FIXTURES, '--pack'], '选项 --pack 后面需要一个值'],
    [[FIXTURES, '--pack', 'a.pdf', '--as-of', '2026-02-30'], '日期“2026-02-30”无效'],
    [[FIXTURES, '--pack', 'a.pdf', '--term', '下学期'], '学期“下学期”无效'],
  ])('%j', async (args, line) => {
    const dir = scratch();
    const r = await run(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(line);
    expect(r.stderr).toContain('--pack 台账资料.pdf');
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('without a browser it exits 2 with the Chinese reason and writes nothing', async () => {
    chromePath('/nonexistent/chromium');
    const dir = scratch();
    const r = await run([FIXTURES, '--pack', join(dir, '台账.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(pdfText.chromePathMissing('/nonexistent/chromium'));
    expect(existsSync(join(dir, '台账.pdf'))).toBe(false);
  });
});

test('--pack writes the pack, relative to the working directory, listing a 工作计划 file of the source folder', async (ctx) => {
  requireBrowser(ctx);
  requirePoppler(ctx);
  const dir = scratch();
  const sources = join(dir, '台账');
  mkdirSync(sources);
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.xlsx'))) copyFileSync(join(FIXTURES, f), join(sources, f));
  writeFileSync(join(sources, '工会工作计划（2026春）.docx'), 'not read');
  const r = await run([sources, '--term', '2025-2026-2', '--as-of', '2026-06-30', '--pack', '资料盒/台账资料.pdf'], dir);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toBe(`已生成台账资料：${join(dir, '资料盒', '台账资料.pdf')}`);
  const pdf = readPdf(readFileSync(join(dir, '资料盒', '台账资料.pdf')));
  expect(pdf.pageSize).toContain('A4');
  expect(squash(pdf.pageTexts[0]!)).toContain('数据截至2026年6月30日');
  expect(squash(pdf.pageTexts[1]!)).toContain('一、工作计划（工会工作计划（2026春）.docx，另附原文件）另附二、教职工名册3');
});

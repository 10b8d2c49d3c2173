/** The dashboard serves the term report and the monthly briefing as PDF downloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { readDocx } from '../helpers/docx-reader.ts';
import { startServer, type Running } from './server.ts';

let running: Running;
let printer: PdfPrinter;
beforeAll(async () => {
  printer = new PdfPrinter();
  running = await startServer({ printer });
});
afterAll(async () => {
  await running.stop();
  await printer.close();
});

it('GET /report/term.pdf downloads the 期末总评 with the school and every target', async (ctx) => {
  requireBrowser(ctx);
  requirePoppler(ctx);
  const res = await fetch(`${running.url}/report/term.pdf?term=2025-2026-2`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
  const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
  const text = pdf.pageTexts.join('\n');
  expect(text).toContain('青禾市第三中学');
  expect(text).toContain('文体活动参与率');
  expect(text).toContain('82.1%');
});

it('ten downloads of the term report at once all succeed, printed by one browser two pages at a time', async (ctx) => {
  requireBrowser(ctx);
  requirePoppler(ctx);
  const launches = printer.launches;
  const responses = await Promise.all(Array.from({ length: 10 }, () => fetch(`${running.url}/report/term.pdf?term=2025-2026-2`)));
  expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
  const pdfs = await Promise.all(responses.map(async (r) => readPdf(new Uint8Array(await r.arrayBuffer()))));
  expect(new Set(pdfs.map((p) => p.pageTexts.length)).size).toBe(1);
  for (const p of pdfs) expect(p.pageTexts.join('\n')).toContain('青禾市第三中学');
  expect(printer.launches - launches).toBeLessThanOrEqual(1);
  expect(printer.peakPages).toBe(2);
}, 120_000);

it('GET /report/month/2026-04.pdf downloads the 月调度简报', async (ctx) => {
  requireBrowser(ctx);
  requirePoppler(ctx);
  const res = await fetch(`${running.url}/report/month/2026-04.pdf`);
  expect(res.status).toBe(200);
  const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
  const text = pdf.pageTexts.join('\n');
  expect(text).toMatch(/2026\s*年\s*4\s*月/u);
  expect(pdf.pages).toBeLessThanOrEqual(2);
});

it('GET /report/term.docx downloads the Word draft of the 工作总结, with no staff name in it', async (ctx) => {
  requireBrowser(ctx);
  const res = await fetch(`${running.url}/report/term.docx?term=2025-2026-2&as_of=2026-06-30`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('青禾市第三中学2025-2026学年第二学期工作总结初稿.docx');
  const docx = readDocx(new Uint8Array(await res.arrayBuffer()));
  const text = docx.paragraphs.map((p) => p.text).join('\n');
  for (const heading of ['一、基本情况', '二、主要工作和成效', '三、存在的不足', '四、下学期打算']) expect(text).toContain(heading);
  expect(text).toContain('82.1%');
  // the absentee and the unpaired young teacher the chair sees on the pages
  expect(text).not.toContain('林晓');
});

it('GET /report/pack.pdf prints the evidence pack: contents in box order and the real sign-in sheets', async (ctx) => {
  requireBrowser(ctx);
  requirePoppler(ctx);
  const res = await fetch(`${running.url}/report/pack.pdf?term=2025-2026-2&as_of=2026-07-31`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('青禾市第三中学2025-2026学年第二学期台账资料.pdf');
  const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
  const contents = pdf.pageTexts[1]!.replace(/\s+/g, '');
  expect(contents.indexOf('教职工名册')).toBeLessThan(contents.indexOf('活动台账'));
  expect(contents.indexOf('活动台账')).toBeLessThan(contents.indexOf('青蓝结对'));
  expect(pdf.pageTexts.join('').replace(/\s+/g, '')).toContain('签到表：三八健步走');
}, 60_000);

it('a bad month is a Chinese 400 page, not a stack trace', async () => {
  const res = await fetch(`${running.url}/report/month/2026-13.pdf`);
  expect(res.status).toBe(400);
  const body = await res.text();
  expect(body).toMatch(/[\u4e00-\u9fff]/u);
  expect(body).not.toMatch(/\n\s+at /);
});

describe("every page links to its reports", () => {
  it('the overview to the term report and its workbook; a mid-term view to the 期中自查; the month view to its briefing', async () => {
    const links = async (path: string) => [...(await (await fetch(`${running.url}${path}`)).text()).matchAll(/<a href="(\/report\/[^"]+)" download>([^<]+)<\/a>/g)].map((m) => [m[1]!.replace(/&#x3D;/g, '='), m[2]]);
    expect(await links('/')).toEqual([
      ['/report/term.pdf', '期末总评（PDF）'],
      ['/report/term.xlsx', '汇总表（Excel）'],
      ['/report/term.docx', '工作总结初稿（Word）'],
      ['/report/pack.pdf', '台账资料（PDF）'],
    ]);
    expect(await links('/funds?as_of=2026-04-30')).toEqual([
      ['/report/term.pdf?as_of=2026-04-30', '期中自查（PDF）'],
      ['/report/term.xlsx?as_of=2026-04-30', '汇总表（Excel）'],
      ['/report/term.docx?as_of=2026-04-30', '工作总结初稿（Word）'],
      ['/report/pack.pdf?as_of=2026-04-30', '台账资料（PDF）'],
    ]);
    expect(await links('/month/2026-04')).toEqual([['/report/month/2026-04.pdf', '本月简报（PDF）']]);
    const xlsx = await fetch(`${running.url}/report/term.xlsx?as_of=2026-04-30`);
    expect(xlsx.status).toBe(200);
    expect(decodeURIComponent(xlsx.headers.get('content-disposition')!)).toContain('2025-2026学年第二学期期中自查汇总表.xlsx');
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(5000);
  });
});

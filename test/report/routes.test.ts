/** `/report/term.pdf` and `/report/month/YYYY-MM.pdf` on an Express app, over real HTTP. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { IngestResult } from '../../src/ingest/index.ts';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import type { Period as ReportPeriod } from '../../src/metrics/index.ts';
import { reportRoutes } from '../../src/server/routes/report.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { fixtureMetrics, squash } from './fixture-metrics.ts';

let metrics: MetricsResult;
let ingest: IngestResult;
let server: Server;
let base: string;
let printer: PdfPrinter;
const asked: ReportPeriod[] = [];
const errors: { status: unknown; message: string; name: string }[] = [];

beforeAll(async () => {
  ({ metrics, ingest } = await fixtureMetrics());
  printer = new PdfPrinter();
  const app = express();
  app.use(
    reportRoutes({
      dataset: (period) => {
        asked.push(period);
        return { metrics, ingest };
      },
      printer,
      // 2026-06-10 09:00 in Beijing.
      clock: { now: () => new Date('2026-06-10T01:00:00Z'), today: () => '2026-06-10' },
    }),
  );
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    errors.push({ status: err.status, message: err.message, name: err.name });
    res.status(err.status ?? 500).type('text/plain').send(err.message);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await printer.close();
});

const fileNameOf = (disposition: string | null) => {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  return m ? decodeURIComponent(m[1]!) : null;
};

describe('report routes', () => {
  test('/report/term.pdf downloads the term-end report with its Chinese file name', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    asked.length = 0;
    const res = await fetch(`${base}/report/term.pdf?term=2025-2026-2&as_of=2026-06-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition');
    expect(disposition).toMatch(/^attachment; filename="term-report-2025-2026-2\.pdf"; filename\*=UTF-8''/);
    expect(fileNameOf(disposition)).toBe('青禾市第三中学2025-2026学年第二学期期末总评报告.pdf');
    expect(asked).toEqual([{ term: '2025-2026-2', asOf: '2026-06-30' }]);
    const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
    expect(squash(pdf.pageTexts[0]!)).toContain('工会工作期末总评报告');
    expect(squash(pdf.pageTexts[0]!)).toContain('2026年6月10日09:00');
    expect(squash(pdf.pageTexts[0]!)).toContain('经费台账.xlsx');
  });

  test('/report/month/YYYY-MM.pdf downloads the briefing, computed as of the month’s end or today', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    asked.length = 0;
    const res = await fetch(`${base}/report/month/2026-05.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(fileNameOf(res.headers.get('content-disposition'))).toBe('青禾市第三中学2026年5月月调度简报.pdf');
    const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(squash(pdf.pageTexts[0]!)).toContain('2026年5月工会工作月调度简报');
    // The current month is as of today (2026-06-10 in Beijing).
    await (await fetch(`${base}/report/month/2026-06.pdf`)).arrayBuffer();
    expect(asked).toEqual([
      { term: '2025-2026-2', asOf: '2026-05-31' },
      { term: '2025-2026-2', asOf: '2026-06-10' },
    ]);
  });

  test.each([
    ['/report/month/2026-13.pdf', '月份“2026-13”无效'],
    ['/report/term.pdf?term=abc', '学期“abc”无效'],
    ['/report/term.pdf?as_of=2026-02-30', '日期“2026-02-30”无效'],
    ['/report/month/2026-05.pdf?as_of=yesterday', '日期“yesterday”无效'],
  ])('%s is a 400 passed to the error middleware', async (path, message) => {
    errors.length = 0;
    asked.length = 0;
    const res = await fetch(base + path);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
    expect(errors).toEqual([{ status: 400, message: expect.stringContaining(message), name: 'HttpError' }]);
    expect(asked).toEqual([]);
  });

  test('a printing failure reaches the error middleware as a 503 with the printer’s Chinese reason', async () => {
    const app = express();
    const failing = new PdfPrinter({ executablePath: '/nonexistent/chromium' });
    const seen: string[] = [];
    app.use(reportRoutes({ dataset: () => ({ metrics }), printer: failing }));
    app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      seen.push(`${err.name} ${err.status} ${(err.cause as Error | undefined)?.name}`);
      res.status(err.status ?? 500).send(err.message);
    });
    const s = app.listen(0, '127.0.0.1');
    await new Promise((r) => s.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/report/term.pdf`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('无法启动浏览器');
      expect(seen).toEqual(['HttpError 503 PdfError']);
    } finally {
      await new Promise((r) => s.close(r));
      await failing.close();
    }
  });
});

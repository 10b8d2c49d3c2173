/**
 * `/report/term.pdf?term=&as_of=` and `/report/month/YYYY-MM.pdf?as_of=`: the term-end report
 * and the monthly briefing as PDF downloads with their Chinese file names; the summary workbook
 * (`term.xlsx`), the Word draft of the 工作总结 (`term.docx`) and the evidence pack (`pack.pdf`). Errors reach the
 * app's error middleware as HttpError: 400 for a bad parameter, 503 (with the printer's
 * Chinese reason, e.g. no browser installed) when the PDF cannot be printed.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import { monthPeriod, type MetricsResult, type Period } from '../../metrics/index.ts';
import { printMonthBrief } from '../../report/month/index.ts';
import { PdfError, type PdfPrinter } from '../../report/pdf/index.ts';
import { printTermReport, type ReportIngest } from '../../report/term/index.ts';
import { systemClock } from '../clock.ts';
import { contentDisposition, draftFileName, monthFileName, packFileName, termFileName } from '../../report/view/file-name.ts';
import type { IngestResult } from '../../ingest/index.ts';
import type { Visibility } from '../../metrics/index.ts';
import { HttpError } from '../http-error.ts';
import { parseMonth, parseQuery } from '../query.ts';
import { authText } from '../../messages/auth.ts';

/** What a report is made from; the server's Dataset ({ ingest, metrics, json }) is one. */
export interface ReportDataset {
  readonly metrics: MetricsResult;
  /** Sheets (cover, appendix); optional. */
  readonly ingest?: ReportIngest;
}

export interface PackSource {
  readonly metrics: MetricsResult;
  readonly ingest: Pick<IngestResult, 'records'>;
  readonly visibility: Visibility;
  readonly planFiles: readonly string[];
}

export interface ReportRouteDeps {
  /** The current data for a term and day; absent fields take the usual defaults (the term containing today, today). */
  readonly dataset: (period: Period, res: Response) => ReportDataset | Promise<ReportDataset>;
  /** Whether this reader may take the summary workbook and the evidence pack (default: yes). */
  readonly mayDownloadWorkbook?: (res: Response) => boolean;
  /**
   * The evidence pack's input: the metrics as computed (not cut down), the read they come from and
   * what this reader may see; absent, the pack is not offered.
   */
  readonly pack?: (period: Period, res: Response) => Promise<PackSource> | PackSource;
  /** Called as a report is sent (the audit log). */
  readonly onDownload?: (req: Request) => void;
  /** The process's one printer (the server closes it on shutdown). */
  readonly printer: PdfPrinter;
  /** Default: the system clock, today in Beijing. */
  readonly clock?: { readonly now: () => Date; readonly today: () => string };
}

function sendPdf(res: Response, bytes: Buffer, fileName: string, fallback: string): void {
  res.set({
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition(fileName, fallback),
    'Content-Length': String(bytes.length),
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

/** A printing failure as the page the reader sees: 503 with the printer's Chinese reason. */
function explain(e: unknown): unknown {
  return e instanceof PdfError ? new HttpError(503, e.message, { cause: e }) : e;
}

export function reportRoutes(deps: ReportRouteDeps): Router {
  const router = Router();
  const clock = deps.clock ?? systemClock;

  router.get('/report/term.pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { metrics, ingest } = await deps.dataset(parseQuery(req.query), res);
      const bytes = await printTermReport(deps.printer, { metrics, generatedAt: clock.now(), ...(ingest ? { ingest } : {}) });
      deps.onDownload?.(req);
      sendPdf(res, bytes, termFileName(metrics), `term-report-${metrics.term.id}.pdf`);
    } catch (e) {
      next(explain(e));
    }
  });

  router.get('/report/term.xlsx', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (deps.mayDownloadWorkbook && !deps.mayDownloadWorkbook(res)) throw new HttpError(403, authText.workbookForbidden);
      const { metrics } = await deps.dataset(parseQuery(req.query), res);
      // exceljs loads at the first download, not with the server (the ledgers are read in a worker)
      const { summaryWorkbookBytes } = await import('../../report/xlsx/summary-workbook.ts');
      const bytes = await summaryWorkbookBytes({ metrics, generatedAt: clock.now() });
      res.set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': contentDisposition(termFileName(metrics, 'xlsx'), `term-summary-${metrics.term.id}.xlsx`),
        'Content-Length': String(bytes.length),
        'Cache-Control': 'no-store',
      });
      deps.onDownload?.(req);
      res.end(bytes);
    } catch (e) {
      next(e);
    }
  });

  router.get('/report/term.docx', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { metrics } = await deps.dataset(parseQuery(req.query), res);
      // the docx package loads at the first draft, not with the server
      const { summaryDraftBytes } = await import('../../report/docx/index.ts');
      const bytes = await summaryDraftBytes(deps.printer, { metrics });
      deps.onDownload?.(req);
      res.set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': contentDisposition(draftFileName(metrics), `work-summary-${metrics.term.id}.docx`),
        'Content-Length': String(bytes.length),
        'Cache-Control': 'no-store',
      });
      res.end(bytes);
    } catch (e) {
      next(explain(e));
    }
  });

  router.get('/report/pack.pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!deps.pack || (deps.mayDownloadWorkbook && !deps.mayDownloadWorkbook(res))) throw new HttpError(403, authText.packForbidden);
      const source = await deps.pack(parseQuery(req.query), res);
      const { printPack } = await import('../../report/pack/index.ts');
      const { bytes } = await printPack(deps.printer, { ...source, generatedAt: clock.now() });
      deps.onDownload?.(req);
      sendPdf(res, bytes, packFileName(source.metrics), `evidence-pack-${source.metrics.term.id}.pdf`);
    } catch (e) {
      next(explain(e));
    }
  });

  router.get('/report/month/:month.pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const month = parseMonth(String(req.params['month'] ?? ''));
      const { asOf } = parseQuery(req.query);
      const { metrics } = await deps.dataset(monthPeriod(month, clock.today(), asOf), res);
      const bytes = await printMonthBrief(deps.printer, { metrics, month, generatedAt: clock.now() });
      deps.onDownload?.(req);
      sendPdf(res, bytes, monthFileName(metrics, month), `month-brief-${month}.pdf`);
    } catch (e) {
      next(explain(e));
    }
  });

  return router;
}

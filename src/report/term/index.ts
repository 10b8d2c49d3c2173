/** 期末总评: the term-end report as HTML for the printer, and as PDF. */
import { documentShell } from '../pdf/document.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import { reportCss, templates } from '../templates/engine.ts';
import { termReportView, type TermReportInput } from './model.ts';
import { termText } from '../../messages/term-report.ts';

export type { ReportIngest, TermReportInput, TermReportView } from './model.ts';
export { termReportView } from './model.ts';

export function termReportHtml(input: TermReportInput): string {
  const view = termReportView(input);
  return documentShell({
    title: `${view.school}${view.term}${view.title}`,
    css: reportCss,
    body: templates.term(view),
    header: { left: view.school, right: `${view.term}${view.title}` },
    footer: termText.footer,
    plainFirstPage: true,
    margin: '22mm 18mm 18mm 18mm',
  });
}

export async function printTermReport(printer: PdfPrinter, input: TermReportInput): Promise<Buffer> {
  return printer.print(termReportHtml(input));
}

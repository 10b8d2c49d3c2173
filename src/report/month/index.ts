/** 月调度简报: one month's briefing for the committee meeting, as HTML for the printer, and as PDF. */
import { documentShell } from '../pdf/document.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import { reportCss, templates } from '../templates/engine.ts';
import { monthBriefView, type MonthBriefInput } from './model.ts';
import { monthText } from '../../messages/month-report.ts';

export type { MonthBriefInput, MonthBriefView } from './model.ts';
export { monthBriefView } from './model.ts';

export function monthBriefHtml(input: MonthBriefInput): string {
  const view = monthBriefView(input);
  return documentShell({
    title: `${view.school}${view.month}${view.title}`,
    css: reportCss,
    body: templates.month(view),
    header: { left: view.school, right: `${view.month}${view.title}` },
    footer: monthText.footer,
    margin: '20mm 16mm 16mm 16mm',
  });
}

export async function printMonthBrief(printer: PdfPrinter, input: MonthBriefInput): Promise<Buffer> {
  return printer.print(monthBriefHtml(input));
}

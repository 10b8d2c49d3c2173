/**
 * 台账资料 as one A4 PDF. Printed twice: the first print, with the contents' page numbers
 * blank, tells where each part starts (pages.ts); the second prints them. The numbers take
 * no room of their own, so the second print breaks its pages as the first did — checked on
 * the result, and printed again with the corrected numbers should anything have moved.
 */
import { packText } from '../../messages/pack.ts';
import { documentShell } from '../pdf/document.ts';
import { PdfError } from '../pdf/errors.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import { packCss, reportCss, templates } from '../templates/engine.ts';
import { packParts, packView, type PackInput } from './model.ts';
import { printedPages, type PrintedPages } from './pages.ts';

export type { PackInput, PackView, TocEntry } from './model.ts';
export { packView, packParts } from './model.ts';
export { printedPages } from './pages.ts';
export { planFiles } from './plan-files.ts';

export function packHtml(input: PackInput, pages?: ReadonlyMap<string, number>): string {
  const view = packView(input, pages);
  return documentShell({
    title: `${view.school}${view.term}${view.title}`,
    css: `${reportCss}\n${packCss}`,
    body: templates.pack(view),
    header: { left: view.school, right: `${view.term}${view.title}` },
    footer: packText.footer,
    plainFirstPage: true,
    margin: '20mm 16mm 18mm 16mm',
  });
}

export interface PackPdf {
  readonly bytes: Buffer;
  readonly pages: number;
  /** Part id → the page it starts on, as printed in the contents. */
  readonly starts: ReadonlyMap<string, number>;
  /** Prints it took (2 unless a part moved between the first and the second). */
  readonly prints: number;
}

/** A print's time limit: the printer's 30 s, and more for a big pack (a sign-in row is a few hundred bytes). */
const timeoutFor = (html: string) => 30_000 + Math.round(html.length / 1000) * 50;

const samePlaces = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export async function printPack(printer: PdfPrinter, input: PackInput): Promise<PackPdf> {
  const ids = packParts(input).parts.map((p) => p.id);
  let starts: ReadonlyMap<string, number> | undefined;
  for (let prints = 1; prints <= 3; prints++) {
    const html = packHtml(input, starts);
    // untagged: the pack is for paper, and a school's sign-in sheets print 3× faster and 12× smaller without a tag per cell
    const bytes = await printer.print(html, { timeoutMs: timeoutFor(html), tagged: false });
    const read: PrintedPages | null = printedPages(bytes);
    if (read === null || ids.some((id) => !read.starts.has(id))) throw new PdfError('print_failed', packText.pagesUnknown);
    if (starts !== undefined && samePlaces(starts, read.starts)) return { bytes, pages: read.count, starts, prints };
    starts = read.starts;
  }
  throw new PdfError('print_failed', packText.pagesUnknown);
}

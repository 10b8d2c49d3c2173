/** 工作总结: the term's editable Word draft (docx). */
import { Packer } from 'docx';
import type { PdfPrinter } from '../pdf/printer.ts';
import { chartsOf, draftDocument } from './document.ts';
import { summaryDraftView, type DraftInput } from './model.ts';
import { chartPngs } from './png.ts';

export type { DraftInput } from './model.ts';
export type { DraftView, DraftSection, DraftBlock } from './view.ts';
export { summaryDraftView, DRAFT_VISIBILITY } from './model.ts';

/** The .docx bytes; the printer's browser draws the charts' PNG fallbacks. */
export async function summaryDraftBytes(printer: PdfPrinter, input: DraftInput): Promise<Buffer> {
  const view = summaryDraftView(input);
  const pngs = await chartPngs(printer, chartsOf(view));
  return Packer.toBuffer(draftDocument(view, pngs));
}

/** The template's sheets, in the order the chair sees them, each from its ledger's folder with its guide paragraph. */
import type { LedgerKind } from '../ingest/kinds.ts';
import { DISPLAY_ORDER, ledgerOf } from '../ingest/ledgers/registry.ts';
import type { Choices, ColumnLayout } from '../ingest/ledgers/sheet-template.ts';
import { sheetGuide, templateText } from '../messages/template.ts';

export type { Choices, ColumnLayout };

export interface SheetLayout {
  readonly name: string;
  readonly kind: LedgerKind;
  /** One paragraph for the 说明 sheet: what the sheet is for and how to fill it. */
  readonly guide: string;
  readonly columns: readonly ColumnLayout[];
}

export const GUIDE_SHEET_NAME = templateText.guideSheetName;

/** Rows 2..this carry the dropdowns: far more than a term's ledger needs. */
export const LAST_VALIDATED_ROW = 500;

/** In workbook order, after the 说明 sheet. */
export const SHEET_LAYOUTS: readonly SheetLayout[] = DISPLAY_ORDER.map((kind) => ({ kind, guide: sheetGuide[kind], ...ledgerOf(kind).template }));

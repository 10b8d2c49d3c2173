/**
 * A ledger's sheet in the blank template: its name, header row, column formats and
 * dropdown lists. The headers are names the ingester recognises (ledgers.md §3), so a
 * filled template reads without any mapping.
 */

/** A dropdown list. `openEnded` lists only suggest: other input is accepted too. */
export interface Choices {
  readonly values: readonly string[];
  readonly openEnded?: boolean;
  /** Shown when the cell is selected. */
  readonly hint?: string;
}

export interface ColumnLayout {
  readonly header: string;
  /** Excel column width, in characters (a Chinese character counts about 2). */
  readonly width: number;
  readonly format?: 'date' | 'amount';
  readonly choices?: Choices;
}

export interface SheetTemplate {
  readonly name: string;
  readonly columns: readonly ColumnLayout[];
}

export const text = (header: string, width: number, choices?: Choices): ColumnLayout => (choices ? { header, width, choices } : { header, width });
export const date = (header: string): ColumnLayout => ({ header, width: 13, format: 'date' });
export const amount = (header: string): ColumnLayout => ({ header, width: 13, format: 'amount' });

/**
 * The neutral sheet model: what every adapter (Excel, Google Sheets) produces and what
 * the rest of ingest reads. Merges are already applied and text is the visible text.
 */

/** A calendar date cell as the spreadsheet typed it (date-formatted cell). */
export interface DateCell {
  readonly kind: 'date';
  /** `YYYY-MM-DD`, the calendar date the chair sees. */
  readonly date: string;
  /** `HH:MM:SS` when the cell also carries a time of day. */
  readonly time?: string;
}

/** A cell value after the adapter: never a JS `Date`, never a rich-text object. */
export type Scalar = string | number | boolean | DateCell | null;

export interface Cell {
  readonly value: Scalar;
  /** True when the cell is a formula that has no cached result (never calculated). */
  readonly formulaWithoutResult?: boolean;
  /** An Excel error value such as `#DIV/0!`. */
  readonly errorValue?: string;
  /** True when the value comes from the master of a merged range, not this cell itself. */
  readonly fromMerge?: boolean;
}

export interface SheetModel {
  /** The trimmed sheet (tab) name. */
  readonly name: string;
  /** Number of rows and columns actually holding something (trailing blanks dropped). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** Merged ranges, 0-based inclusive bounds. */
  readonly merges: readonly MergeRange[];
  /** Returns the cell at a 0-based row and column; blank cells read as `{ value: null }`. */
  cell(row: number, col: number): Cell;
}

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface WorkbookModel {
  /** The file name (or `gsheets:<id>` title) as shown to the chair. */
  readonly file: string;
  readonly sheets: readonly SheetModel[];
}

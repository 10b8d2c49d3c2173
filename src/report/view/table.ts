/** A table as the report templates draw it: every cell already formatted, aligned and toned. */
import type { Status } from '../status.ts';

export type Align = 'left' | 'right' | 'center';
/** `warn` marks what someone has to act on; `muted` is secondary. */
export type Tone = Status | 'warn' | 'muted';

export interface Column {
  readonly label: string;
  readonly align?: Align;
  /** CSS width, e.g. `22%`. */
  readonly width?: string;
}

export interface CellInput {
  readonly text: string;
  /** A second, smaller line under the text. */
  readonly sub?: string;
  readonly tone?: Tone;
  readonly strong?: boolean;
}

export interface Cell extends CellInput {
  readonly align: Align;
}

export interface TableView {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Shown instead of the rows when there are none. */
  readonly empty: string;
  readonly note?: string;
  /** Short enough to keep on one page rather than split. */
  readonly keep: boolean;
}

export interface TableInput {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly (string | CellInput)[])[];
  readonly empty: string;
  readonly note?: string;
}

/** Tables up to this many rows move to the next page whole instead of splitting. */
export const KEEP_ROWS = 14;

/** Gives every cell its column's alignment. */
export function table(input: TableInput): TableView {
  return {
    ...input,
    keep: input.rows.length <= KEEP_ROWS,
    rows: input.rows.map((r) =>
      r.map((c, i) => ({ ...(typeof c === 'string' ? { text: c } : c), align: input.columns[i]?.align ?? 'left' })),
    ),
  };
}

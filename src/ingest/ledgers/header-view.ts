/** A candidate header block of a sheet as a ledger's fingerprint sees it. */
import type { Field } from '../columns.ts';
import type { SheetModel } from '../model.ts';
import type { HeaderMatch } from '../table/header-match.ts';
import type { ColumnProfile } from '../table/profile.ts';

export interface HeaderView {
  readonly sheet: SheetModel;
  readonly top: number;
  readonly bottom: number;
  readonly match: HeaderMatch;
  /** 2 when the sheet name carries the kind's keywords, 1 the file name, 0 neither. */
  readonly named: number;
  has(field: Field): boolean;
  /** The header text of a column (its lowest non-empty header cell). */
  headerText(col: number): string;
  /** Columns not claimed by a field and not empty in the header. */
  freeColumns(): number[];
  /** The values under a column, profiled. */
  profile(col: number): ColumnProfile;
  /** Free columns that pass a test of their values (and index). */
  count(test: (p: ColumnProfile, col: number) => boolean): number;
  /** Whether a column's header names an activity of the activities ledger. */
  namesActivity(col: number): boolean;
}

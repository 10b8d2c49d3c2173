/**
 * What one ledger kind is, in one place: the words that name it, the columns it reads, the
 * header fingerprint that recognises it, the columns a chair must have, its reader and its
 * template layout. Each kind is a folder `ledgers/<kind>/` exporting one LedgerDef.
 */
import type { Field } from '../columns.ts';
import type { Records } from '../records.ts';
import type { RowAccount } from '../table/read-rows.ts';
import type { SheetContext } from '../table/sheet-context.ts';
import type { HeaderView } from './header-view.ts';
import type { ReadEnv } from './env.ts';
import type { SheetTemplate } from './sheet-template.ts';

export interface LedgerDef<K extends keyof Records = keyof Records> {
  /** Keywords in the sheet or file name (ledgers.md §1). */
  readonly keywords: readonly string[];
  /** The fields this ledger reads; the header row is the row matching most of them. */
  readonly fields: readonly Field[];
  /** Columns the chair must have, named as she would (for 找不到表头). */
  readonly required: readonly string[];
  /** Recognised by its item columns even with no known field in the header (survey, wide sign-ins). */
  readonly fieldless?: boolean;
  /** The number of typed (value-checked) columns that fit the kind, or -1 when the header does not fit it. */
  readonly fingerprint: (h: HeaderView) => number;
  /** Where its records go. */
  readonly records: K;
  readonly read: (ctx: SheetContext, env: ReadEnv) => RowAccount;
  /** Its sheet in the blank template. */
  readonly template: SheetTemplate;
}

import { a1, rowRange } from '../a1.ts';
import { fieldLabel, type Field } from '../columns.ts';
import type { IssueLog, Place } from '../issues.ts';
import type { Cell, Scalar, SheetModel } from '../model.ts';
import type { CellRef, SheetRef } from '../records.ts';
import type { TableLayout } from '../classify.ts';
import { issueWords, type IssueCode, type IssueParams } from '../../messages/issues.ts';
import { cellText, isBlank } from '../values/index.ts';
import type { Parsed } from '../values/result.ts';
import type { ExampleMatcher } from './example-rows.ts';
import { parseDate, type DateContext } from '../values/index.ts';
import { makeTerm, termLabel } from '../../term/term.ts';
import { termSpanText } from '../../messages/term-span.ts';

/** Thrown inside a row reader to reject the current row; the loop counts it. */
export class RowRejected extends Error {
  constructor() {
    super('row rejected');
  }
}

/** A sheet being read: where its table is, and helpers that read, parse and report by field. */
export class SheetContext {
  private readonly warnedFormulas = new Set<string>();
  private warnedExample = false;
  private sharedSheetRef: SheetRef | undefined;

  constructor(
    readonly file: string,
    readonly sheet: SheetModel,
    readonly layout: TableLayout,
    readonly log: IssueLog,
    /** Resolves year-less dates and months. */
    readonly dates: DateContext,
    /** The blank template's example rows, when the kind has them. */
    private readonly examples: ExampleMatcher = () => false,
  ) {}

  /** A row still holding one of the template's example rows: left out, and the sheet warned about once. */
  isExampleRow(row: number): boolean {
    if (!this.examples(row)) return false;
    if (!this.warnedExample) {
      this.warnedExample = true;
      this.log.add(this.rowPlace(row), 'template_example_row', {});
    }
    return true;
  }

  /** The label of the sheet's own term (2025-2026学年第二学期). */
  get termLabel(): string {
    return this.dates.term ? termLabel(this.dates.term) : '';
  }

  /** The span a year-less date was checked against, and where it comes from. */
  private get termText(): string {
    const { term, span, origin } = this.dates;
    if (!term) return issueWords.thisTerm;
    const { start, end } = span ?? makeTerm(term);
    return termSpanText(termLabel(term), start, end, span ? 'settings_span' : (origin ?? 'day'));
  }

  get firstDataRow(): number {
    return this.layout.bottom + 1;
  }

  col(field: Field): number | undefined {
    return this.layout.match.columns.get(field);
  }

  has(field: Field): boolean {
    return this.layout.match.columns.has(field);
  }

  place(row: number, col: number | null): Place {
    return { file: this.file, sheet: this.sheet.name, cell: col === null ? null : a1(row, col) };
  }

  rowPlace(row: number): Place {
    return { file: this.file, sheet: this.sheet.name, cell: rowRange(row, this.sheet.columnCount - 1) };
  }

  /** The file and sheet, one object for every participation record of the sheet. */
  get sheetRef(): SheetRef {
    return (this.sharedSheetRef ??= { file: this.file, sheet: this.sheet.name });
  }

  ref(row: number, col: number | undefined): CellRef {
    return { file: this.file, sheet: this.sheet.name, cell: a1(row, col ?? 0), row };
  }

  issue<C extends IssueCode>(row: number, col: number | null, code: C, params: IssueParams<C>): void {
    this.log.add(this.place(row, col), code, params);
  }

  /** The value of a cell; a formula without result is warned once and reads as blank, an error value rejects the row. */
  valueAt(row: number, col: number): Scalar {
    const cell: Cell = this.sheet.cell(row, col);
    if (cell.errorValue) {
      this.issue(row, col, 'cell_error_value', { text: cell.errorValue });
      throw new RowRejected();
    }
    if (cell.formulaWithoutResult) {
      const key = a1(row, col);
      if (!this.warnedFormulas.has(key)) {
        this.warnedFormulas.add(key);
        this.issue(row, col, 'formula_no_result', {});
      }
      return null;
    }
    return cell.value;
  }

  /** The value under a field's column, null when the ledger has no such column. */
  value(row: number, field: Field): Scalar {
    const c = this.col(field);
    return c === undefined ? null : this.valueAt(row, c);
  }

  text(row: number, field: Field): string {
    return cellText(this.value(row, field));
  }

  /** Trimmed text, or null when blank or absent. */
  optionalText(row: number, field: Field): string | null {
    const t = this.text(row, field);
    return t === '' ? null : t;
  }

  /** Text that must be there: a blank rejects the row with `missing_value`, which names the column by `label`. */
  requiredText(row: number, field: Field, label = fieldLabel(field)): string {
    const t = this.text(row, field);
    if (t === '') {
      this.issue(row, this.col(field) ?? null, 'missing_value', { field: label });
      throw new RowRejected();
    }
    return t;
  }

  /**
   * Parses the value at a cell; a failure is reported at the cell and rejects the row. `field`
   * names the column in messages; `hint` adds the sheet's own spellings to them (bad_mark),
   * asked for only when a cell fails.
   */
  parseAt<T>(row: number, col: number, parser: (v: Scalar) => Parsed<T>, field: string = issueWords.value, hint: () => object = () => ({})): T {
    const v = this.valueAt(row, col);
    const p = parser(v);
    if (!p.ok) {
      this.issue(row, col, p.code, { ...hint(), text: cellText(v), term: this.termText, field } as never);
      throw new RowRejected();
    }
    return p.value;
  }

  /** Parses the value at a cell; a failure is reported and yields undefined (the row goes on). */
  tryParseAt<T>(row: number, col: number, parser: (v: Scalar) => Parsed<T>, hint: () => object = () => ({})): T | undefined {
    try {
      return this.parseAt(row, col, parser, issueWords.value, hint);
    } catch (e) {
      if (e instanceof RowRejected) return undefined;
      throw e;
    }
  }

  parse<T>(row: number, field: Field, parser: (v: Scalar) => Parsed<T>): T | null {
    const c = this.col(field);
    if (c === undefined) return null;
    return this.parseAt(row, c, parser);
  }

  /** An optional calendar date under a field: null when blank or absent, year-less dates resolved by the term. */
  optionalDate(row: number, field: Field): string | null {
    const c = this.col(field);
    if (c === undefined || isBlank(this.valueAt(row, c))) return null;
    return this.parseAt(row, c, (v) => parseDate(v, this.dates));
  }

  isBlankRow(row: number): boolean {
    for (let c = 0; c < this.sheet.columnCount; c++) {
      const cell = this.sheet.cell(row, c);
      if (!isBlank(cell.value) || cell.errorValue || cell.formulaWithoutResult) return false;
    }
    return true;
  }

  /** The first non-empty cell's text in a row. */
  firstText(row: number): string {
    for (let c = 0; c < this.sheet.columnCount; c++) {
      const t = cellText(this.sheet.cell(row, c).value);
      if (t) return t;
    }
    return '';
  }
}

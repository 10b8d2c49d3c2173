/**
 * Why a workbook cannot be read at all: damaged, hostile, too large, or not a workbook.
 * Thrown by any part of the Excel adapter and turned into the chair's SourceError by
 * read-workbook.ts; never caught to try another reader.
 */
import type { IssueCode, IssueParams } from '../../messages/issues.ts';
import { makeIssue, SourceError } from '../issues.ts';

/** The catalogue's file-level codes: those whose message names the file. */
export type UnreadableCode = { [C in IssueCode]: IssueParams<C> extends { path: string } ? C : never }[IssueCode];
export type UnreadableParams<C extends UnreadableCode> = Omit<IssueParams<C>, 'path'>;

/** Where in the workbook, when known: the sheet, and the cell. */
export interface Where {
  readonly sheet?: string;
  readonly cell?: string;
}

export class WorkbookUnreadable extends Error {
  override readonly name = 'WorkbookUnreadable';

  constructor(
    readonly code: UnreadableCode,
    readonly params: object,
    readonly where: Where = {},
  ) {
    super(code);
  }

  /** The same finding, placed where it has no place yet; a limit is the whole workbook's, wherever it is passed. */
  at(where: Where): WorkbookUnreadable {
    if (this.code === 'source_too_large') return this;
    return new WorkbookUnreadable(this.code, this.params, { ...where, ...this.where });
  }

  toSourceError(file: string): SourceError {
    const place = { file, sheet: this.where.sheet ?? null, cell: this.where.cell ?? null };
    return new SourceError(makeIssue(place, this.code, { ...this.params, path: file } as never), { cause: this });
  }
}

export function unreadable<C extends UnreadableCode>(code: C, params: UnreadableParams<C>, where?: Where): never {
  throw new WorkbookUnreadable(code, params, where);
}

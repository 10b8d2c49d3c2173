/** The SourceErrors of the other formats: one Chinese line naming the file, the library's own error kept as the cause. */
import type { IssueCode, IssueParams } from '../../messages/issues.ts';
import { makeIssue, SourceError } from '../issues.ts';

export function refuse<C extends IssueCode>(file: string, code: C, params: IssueParams<C>, cause?: unknown): never {
  throw new SourceError(makeIssue({ file, sheet: null, cell: null }, code, params), cause === undefined ? undefined : { cause });
}

/** SheetJS says so in English when a workbook has an open password. */
export const isPasswordError = (cause: unknown): boolean => cause instanceof Error && /password/i.test(cause.message);

import { issueText, type IssueCode, type IssueParams } from '../messages/issues.ts';
import { ISSUE_SEVERITY, type Severity } from './issue-severity.ts';

export type { IssueCode, IssueParams, Severity };

/** One finding about the chair's data, with its place. The JSON shape of interface.md. */
export interface LedgerIssue {
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string | null;
  /** A1 address, `A12:H12` for a whole row, or null for a sheet- or file-level issue. */
  readonly cell: string | null;
  readonly code: IssueCode;
  readonly message: string;
}

export interface Place {
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

export function makeIssue<C extends IssueCode>(place: Place, code: C, params: IssueParams<C>): LedgerIssue {
  const text = issueText[code] as (p: IssueParams<C>) => string;
  return { severity: ISSUE_SEVERITY[code], file: place.file, sheet: place.sheet, cell: place.cell, code, message: text(params) };
}

/** Collects issues in the order they are found. */
export class IssueLog {
  readonly issues: LedgerIssue[] = [];

  add<C extends IssueCode>(place: Place, code: C, params: IssueParams<C>): LedgerIssue {
    const issue = makeIssue(place, code, params);
    this.issues.push(issue);
    return issue;
  }

  get errorCount(): number {
    return this.issues.filter((i) => i.severity === 'error').length;
  }
}

/** An error that stops reading a whole source; carries a catalogue message. */
export class SourceError extends Error {
  constructor(
    readonly issue: LedgerIssue,
    options?: { cause?: unknown },
  ) {
    super(issue.message, options);
    this.name = 'SourceError';
  }
}

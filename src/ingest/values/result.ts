import type { IssueCode } from '../../messages/issues.ts';

/** What every value parser returns: a value, or the catalogue code saying why not. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: IssueCode };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(code: IssueCode): Parsed<T> => ({ ok: false, code });

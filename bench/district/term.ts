/** The fixed term and dates of the district workbook. */
import { makeTerm, previousTermId, type TermId } from '../../src/term/term.ts';

export const TERM_ID: TermId = { firstYear: 2025, half: 2 };
export const TERM = makeTerm(TERM_ID);
export const PREVIOUS_TERM = makeTerm(previousTermId(TERM_ID));
/** 填表日期 of every sheet, and the day the bench ingests as of. */
export const FILL_DATE = '2026-07-10';
export const AS_OF = '2026-07-15';
/** Fixed workbook properties, so a rerun writes the same document. */
export const WORKBOOK_DATE = new Date(Date.UTC(2026, 6, 10, 8, 0, 0));

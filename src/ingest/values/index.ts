/** The one set of value parsers every ledger reader uses. */
export { ok, fail, type Parsed } from './result.ts';
export { cellText, isBlank, normalizeName, normalizeHeader, numberText } from './text.ts';
export { isLeapYear, daysInMonth, isValidYmd, isValidMonthDay, formatYmd, formatYm, daysBetween, addDays, weekday } from './calendar.ts';
export { serialToDate, dateToSerial, MAX_SERIAL } from './serial.ts';
export { parseDate, type DateContext, type TermOrigin } from './date.ts';
export { parseMonth } from './month.ts';
export { parseAmount, parseNumber, roundCents } from './amount.ts';
export { parsePercent, chineseNumber, type Op, type PercentValue } from './percent.ts';
export { parseMark } from './mark.ts';
export { parseScale, isScaleAnswer, parseSatisfiedFrom } from './scale.ts';
export { parseFeedback } from './feedback.ts';
export { parseTaskState, type TaskState } from './task-state.ts';
export { parseDecisionState } from './decision-state.ts';
export { parseArchiveMark } from './archive-mark.ts';
export { parseStatus, parseGender, parseYesNo } from './staff.ts';
export { parseCategory, parseRange, ALL_RANGE, CATEGORY_SYNONYMS, type CategoryResult, type RangeResult } from './category.ts';
export { parseRubricRule, type ParsedRubricRule, type RubricRule, type RubricBand } from './rubric-rule.ts';
export { parseRubricType, type RubricItemType } from './rubric-type.ts';

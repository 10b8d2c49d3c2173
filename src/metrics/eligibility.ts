/** Who an activity is for (metrics.md "Eligibility") and who is a young teacher. */
import type { EligibleRange, StaffRecord } from '../ingest/records.ts';
import { normalizeName } from '../ingest/values/index.ts';

/** Blank status is read as 在职 by ingest. */
export const inService = (s: StaffRecord): boolean => s.status === '在职';
export const retired = (s: StaffRecord): boolean => s.status === '退休' || s.status === '离退休';

/** Age in whole years on a day (a birthday on that day counts). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** 是否青年教师 when the roster says, else younger than `youngAge` at term start. */
export function isYoung(s: StaffRecord, termStart: string, youngAge: number): boolean {
  if (s.young !== null) return s.young;
  return s.birthDate !== null && ageOn(s.birthDate, termStart) < youngAge;
}

export function isEligible(s: StaffRecord, range: EligibleRange, young: boolean): boolean {
  if (range.kind === 'retired') return retired(s);
  if (!inService(s)) return false;
  switch (range.kind) {
    case 'all':
      return true;
    case 'female':
      return s.gender === '女';
    case 'male':
      return s.gender === '男';
    case 'young':
      return young;
    case 'department':
      return s.department !== null && normalizeName(s.department) === normalizeName(range.department);
  }
}

/** How many rows of each ledger a scale factor gives; scale 1 is the district of the benchmark. */

export interface DistrictCounts {
  readonly schools: number;
  readonly staff: number;
  readonly funds: number;
  readonly survey: number;
  /** The wide sign-in table is split by school over this many sheets. */
  readonly signInSheets: number;
}

export const FULL_SCALE = { schools: 40, staff: 5000, funds: 20_000, survey: 10_000, signInSheets: 4 } as const;

export function districtCounts(scale: number): DistrictCounts {
  if (!(scale > 0)) throw new Error(`scale must be positive, got ${scale}`);
  const schools = Math.max(2, Math.round(FULL_SCALE.schools * scale));
  return {
    schools,
    staff: Math.max(schools, Math.round(FULL_SCALE.staff * scale)),
    funds: Math.max(1, Math.round(FULL_SCALE.funds * scale)),
    survey: Math.max(1, Math.round(FULL_SCALE.survey * scale)),
    signInSheets: Math.min(FULL_SCALE.signInSheets, schools),
  };
}

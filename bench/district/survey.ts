/** Satisfaction survey responses: last term's first, then this term's, which are somewhat better. */
import { createRng } from './prng.ts';
import type { DistrictCounts } from './scale.ts';
import type { Staff } from './staff.ts';
import { PREVIOUS_TERM, TERM } from './term.ts';
import { SCALE, SURVEY_ITEMS } from './vocab.ts';

export interface SurveyRow {
  readonly term: string;
  readonly department: string;
  /** One answer per item; undefined = not answered. */
  readonly answers: readonly (string | undefined)[];
}

const PREVIOUS_WEIGHTS = [0.33, 0.35, 0.23, 0.09];
const CURRENT_WEIGHTS = [0.43, 0.36, 0.16, 0.05];

export function* surveyRows(counts: DistrictCounts, staff: readonly Staff[], seed: number): Generator<SurveyRow> {
  const rng = createRng(seed, 'survey');
  const previous = Math.round(counts.survey * 0.45);
  for (let i = 0; i < counts.survey; i++) {
    const isPrevious = i < previous;
    const weights = SCALE.map((s, k) => [s, (isPrevious ? PREVIOUS_WEIGHTS : CURRENT_WEIGHTS)[k]!] as const);
    yield {
      term: (isPrevious ? PREVIOUS_TERM : TERM).label,
      department: rng.pick(staff).department,
      answers: SURVEY_ITEMS.map(() => (rng.chance(0.015) ? undefined : rng.weighted(weights))),
    };
  }
}

/** Sign-in marks: √ for present, 请假 for excused, blank otherwise; only eligible staff are marked. */
import type { Activity } from './activities.ts';
import { createRng, type Rng } from './prng.ts';
import type { Staff } from './staff.ts';
import { TERM } from './term.ts';

export type MarkText = '√' | '请假' | undefined;

/** Born after this day = under 35 at term start = 青年教师. */
const YOUNG_BORN_AFTER = `${Number(TERM.start.slice(0, 4)) - 35}${TERM.start.slice(4)}`;

export function isEligible(s: Staff, a: Activity): boolean {
  if (a.range === '退休教职工') return s.status === '退休';
  if (s.status !== '在职') return false;
  switch (a.range) {
    case '全体教职工':
      return true;
    case '女教职工':
      return s.gender === '女';
    case '男教职工':
      return s.gender === '男';
    case '青年教师':
      return s.birth > YOUNG_BORN_AFTER;
    default:
      return s.department === a.range;
  }
}

/** Draws each activity's turnout once, then marks staff row by row. */
export class MarkDrawer {
  private readonly turnout: readonly number[];

  constructor(
    private readonly activities: readonly Activity[],
    seed: number,
  ) {
    const rates = createRng(seed, 'turnout');
    this.turnout = activities.map((a) => (a.category === '文体活动' ? 0.8 : 0.86) + rates.next() * 0.12);
  }

  row(rng: Rng, s: Staff): MarkText[] {
    return this.activities.map((a, i) => {
      if (!isEligible(s, a)) return s.status === '病休' && a.range === '全体教职工' && rng.chance(0.5) ? '请假' : undefined;
      const r = rng.next();
      if (r < this.turnout[i]!) return '√';
      return r < this.turnout[i]! + 0.04 ? '请假' : undefined;
    });
  }
}

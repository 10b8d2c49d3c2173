/** `/mentoring`: the 青蓝 pairs of the term and the young teachers still without a mentor. */
import { targetOf, type MentoringPair, type MetricsResult } from '../../metrics/index.ts';
import { dateZh } from '../../messages/format.ts';
import { blanks, pageText } from '../../messages/pages.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface MentoringView {
  readonly panels: readonly TargetView[];
  /** `note` says why a pair is not counted (the young teacher has left, or is not on the roster). */
  readonly pairs: readonly { young: string; mentor: string; note: string }[];
  readonly unpaired: readonly { name: string; department: string; birth: string }[];
}

const note = (p: MentoringPair) =>
  p.not_counted === null ? '' : p.not_counted === 'not_on_roster' ? pageText.mentoring.notOnRoster : pageText.mentoring.notCounted(p.not_counted);

export function mentoringView(m: MetricsResult): MentoringView {
  const d = targetOf(m, 'mentoring_coverage').detail;
  return {
    panels: targetPanels(m, ['mentoring_coverage']),
    pairs: d.pairs.map((p) => ({ young: p.young, mentor: p.mentor ?? pageText.mentoring.noMentor, note: note(p) })),
    unpaired: d.unpaired_staff.map((s) => ({ name: s.name, department: s.department ?? blanks.department, birth: dateZh(s.birth_date) })),
  };
}

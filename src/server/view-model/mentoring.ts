/** `/mentoring`: the 青蓝 pairs of the term and the young teachers still without a mentor. */
import { privacyText } from '../../messages/privacy.ts';
import { targetOf, type MentoringPair, type MetricsResult } from '../../metrics/index.ts';
import { dateZh } from '../../messages/format.ts';
import { blanks, pageText } from '../../messages/pages.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface MentoringView {
  readonly panels: readonly TargetView[];
  /** `note` says why a pair is not counted (the young teacher has left, or is not on the roster). */
  readonly pairs: readonly { young: string; mentor: string; note: string }[];
  readonly pairCount: number;
  readonly unpairedCount: number;
  readonly unpairedHidden: string | null;
  readonly pairsHidden: string | null;
  readonly unpaired: readonly { name: string; department: string; birth: string }[];
}

const note = (p: MentoringPair) =>
  p.not_counted === null ? '' : p.not_counted === 'not_on_roster' ? pageText.mentoring.notOnRoster : pageText.mentoring.notCounted(p.not_counted);

export function mentoringView(m: MetricsResult): MentoringView {
  const d = targetOf(m, 'mentoring_coverage').detail;
  return {
    panels: targetPanels(m, ['mentoring_coverage']),
    pairCount: m.privacy && !m.privacy.names ? m.privacy.hidden.mentoring_pairs : d.pairs.length,
    unpairedCount: d.young - d.paired,
    unpairedHidden: m.privacy && !m.privacy.names && d.young - d.paired > 0 ? privacyText.namesHiddenShort : null,
    pairsHidden: m.privacy && !m.privacy.names && m.privacy.hidden.mentoring_pairs > 0 ? privacyText.namesHiddenShort : null,
    pairs: d.pairs.map((p) => ({ young: p.young, mentor: p.mentor ?? pageText.mentoring.noMentor, note: note(p) })),
    unpaired: d.unpaired_staff.map((s) => ({ name: s.name, department: s.department ?? blanks.department, birth: dateZh(s.birth_date) })),
  };
}

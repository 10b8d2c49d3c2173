import type { StaffStatus } from '../../ingest/records.ts';
import { clean } from '../context.ts';
import { inService } from '../eligibility.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface MentoringPair {
  readonly young: string;
  /** Null when the row names a young teacher but no mentor yet. */
  readonly mentor: string | null;
  /** Why the pair does not count: the young teacher is not on the roster, or not in service (their status). */
  readonly not_counted: 'not_on_roster' | Exclude<StaffStatus, '在职'> | null;
}

export interface MentoringDetail {
  /** Young teachers in service. */
  readonly young: number;
  readonly paired: number;
  readonly unpaired: readonly string[];
  readonly unpaired_staff: readonly { readonly name: string; readonly department: string | null; readonly birth_date: string | null }[];
  /** The term's pairs as the ledger lists them. */
  readonly pairs: readonly MentoringPair[];
}

const EMPTY: MentoringDetail = { young: 0, paired: 0, unpaired: [], unpaired_staff: [], pairs: [] };

export const mentoringCoverage: TargetDef<'mentoring_coverage'> = {
  id: 'mentoring_coverage',
  op: '>=',
  target: 1,
  compute(ctx) {
    const { staff, mentoring } = ctx.records;
    const termPairs = mentoring.filter((m) => m.term === null || ctx.term.termIds.includes(m.term));
    const pairs = termPairs.map((p): MentoringPair => {
      const s = staff.find((x) => x.name === p.young);
      return { young: p.youngDisplay, mentor: p.mentorDisplay, not_counted: !s ? 'not_on_roster' : s.status === '在职' ? null : s.status };
    });
    if (staff.length === 0) return noData(noDataText.missingLedger('roster'), { ...EMPTY, pairs });
    const young = staff.filter((s, i) => inService(s) && ctx.facts.young.has(i));
    if (young.length === 0) return noData(noDataText.noYoungTeachers, { ...EMPTY, pairs });
    if (mentoring.length === 0) return noData(noDataText.missingLedger('mentoring'), { ...EMPTY, young: young.length });
    const paired = new Set(termPairs.filter((m) => m.mentor !== null).map((m) => m.young));
    const unpaired = young.filter((s) => !paired.has(s.name));
    return {
      value: clean((young.length - unpaired.length) / young.length),
      detail: {
        young: young.length,
        paired: young.length - unpaired.length,
        unpaired: unpaired.map((s) => s.displayName),
        unpaired_staff: unpaired.map((s) => ({ name: s.displayName, department: s.department, birth_date: s.birthDate })),
        pairs,
      },
    };
  },
};

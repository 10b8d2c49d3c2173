/** `/mentoring`: the 青蓝 pairs of the term and the young teachers still without a mentor. */
import type { IngestResult } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { num, rows, str, target } from '../../report/charts/detail.ts';
import { dateZh } from '../../messages/format.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface MentoringView {
  readonly panels: readonly TargetView[];
  readonly young: number | null;
  readonly paired: number | null;
  /** `note` says why a pair is not counted (the young teacher has left, or is not on the roster). */
  readonly pairs: readonly { young: string; mentor: string; note: string }[];
  readonly unpaired: readonly { name: string; department: string; birth: string }[];
}

export function mentoringView(ingest: IngestResult, m: MetricsResult): MentoringView {
  const d = target(m, 'mentoring_coverage')?.detail;
  return {
    panels: targetPanels(m, ['mentoring_coverage']),
    young: num(d, 'young'),
    paired: num(d, 'paired'),
    pairs: ingest.records.mentoring
      .filter((p) => p.term === null || p.term === m.term.id)
      .map((p) => {
        const staff = ingest.records.staff.find((s) => s.name === p.young);
        const note = !staff ? '不在教职工名册中' : staff.status !== '在职' ? `${staff.status}，不计入` : '';
        return { young: p.youngDisplay, mentor: p.mentorDisplay ?? '（尚未安排）', note };
      }),
    unpaired: rows(d, 'unpaired_staff').map((s) => ({ name: str(s, 'name') ?? '', department: str(s, 'department') ?? '未填部门', birth: dateZh(str(s, 'birth_date')) })),
  };
}

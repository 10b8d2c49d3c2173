import { clean } from '../context.ts';
import { inService } from '../eligibility.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export const mentoringCoverage: TargetDef = {
  id: 'mentoring_coverage',
  label: '青年教师结对帮扶覆盖率',
  op: '>=',
  target: 1,
  clause: '青年教师“青蓝工程”结对帮扶覆盖率 100%',
  compute(ctx) {
    const { staff, mentoring } = ctx.records;
    if (staff.length === 0) return noData(noDataText.missingLedger('roster'));
    const young = staff.filter((s, i) => inService(s) && ctx.facts.young.has(i));
    if (young.length === 0) return noData(noDataText.noYoungTeachers);
    if (mentoring.length === 0) return noData(noDataText.missingLedger('mentoring'), { young: young.length });
    const paired = new Set(
      mentoring.filter((m) => m.mentor !== null && (m.term === null || m.term === ctx.term.id)).map((m) => m.young),
    );
    const unpaired = young.filter((s) => !paired.has(s.name));
    return {
      value: clean((young.length - unpaired.length) / young.length),
      detail: {
        young: young.length,
        paired: young.length - unpaired.length,
        unpaired: unpaired.map((s) => s.displayName),
        unpaired_staff: unpaired.map((s) => ({ name: s.displayName, department: s.department, birth_date: s.birthDate })),
      },
    };
  },
};

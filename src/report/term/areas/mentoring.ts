import { targetOf } from '../../../metrics/index.ts';
import { dateZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const mentoringArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'mentoring_coverage').detail;
  const unpaired = d.unpaired_staff;
  return {
    id: 'mentoring',
    targets: targetLines(m, ['mentoring_coverage']),
    lead: d.young > 0 ? [`在职青年教师 ${d.young} 人，已结对 ${d.paired} 人，尚未结对 ${unpaired.length} 人。`] : [],
    tables: [
      table({
        caption: '尚未结对的青年教师（请落实指导教师）',
        columns: [{ label: '姓名', width: '30%' }, { label: '部门', align: 'center' }, { label: '出生日期', align: 'center' }],
        rows: unpaired.map((s) => [s.name, s.department ?? '—', dateZh(s.birth_date)]),
        empty: '所有在职青年教师均已结对。',
      }),
    ],
  };
};

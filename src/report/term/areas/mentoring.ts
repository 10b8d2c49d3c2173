import { num, rows, str, strings, target } from '../../charts/detail.ts';
import { dateZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const mentoringArea: AreaBuilder = (m) => {
  const d = target(m, 'mentoring_coverage')?.detail;
  const young = num(d, 'young');
  const staff = rows(d, 'unpaired_staff');
  const unpaired = staff.length > 0 ? staff : strings(d, 'unpaired').map((name) => ({ name }));
  return {
    id: 'mentoring',
    targets: targetLines(m, ['mentoring_coverage']),
    lead: young !== null ? [`在职青年教师 ${young} 人，已结对 ${num(d, 'paired') ?? 0} 人，尚未结对 ${unpaired.length} 人。`] : [],
    tables: [
      table({
        caption: '尚未结对的青年教师（请落实指导教师）',
        columns: [{ label: '姓名', width: '30%' }, { label: '部门', align: 'center' }, { label: '出生日期', align: 'center' }],
        rows: unpaired.map((s) => [str(s, 'name') ?? '', str(s, 'department') ?? '—', dateZh(str(s, 'birth_date'))]),
        empty: '所有在职青年教师均已结对。',
      }),
    ],
  };
};

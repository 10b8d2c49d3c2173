import { targetOf } from '../../../metrics/index.ts';
import { percent } from '../../../messages/format.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const participationArea: AreaBuilder = (m) => {
  const t = targetOf(m, 'participation_rate');
  const year = m.as_of.slice(0, 4);
  const { activities, excluded } = t.detail;
  const lead =
    activities.length > 0
      ? [
          `截至${dayZh(m.as_of)}，本学期开展文体活动 ${activities.length + excluded.length} 项，其中 ${activities.length} 项有签到记录、计入参与率：` +
            `应参加 ${t.detail.eligible} 人次，出席 ${t.detail.present} 人次。应参加人数按参加范围内的在职教职工计算，请假不算出席。`,
        ]
      : [];
  const below = (rate: number | null) => rate !== null && t.op === '>=' && rate < t.target - 1e-9;
  return {
    id: 'participation',
    targets: targetLines(m, ['participation_rate']),
    lead,
    tables: [
      table({
        caption: '各项文体活动参与情况',
        columns: [
          { label: '活动', width: '26%' },
          { label: '日期', align: 'center' },
          { label: '参加范围', align: 'center' },
          { label: '应参加', align: 'right' },
          { label: '出席', align: 'right' },
          { label: '请假', align: 'right' },
          { label: '缺席', align: 'right' },
          { label: '参与率', align: 'right' },
        ],
        rows: activities.map((a) => [
          a.name,
          dayZh(a.date, year),
          a.range,
          String(a.eligible),
          String(a.present),
          String(a.excused),
          String(a.absent),
          { text: percent(a.rate), ...(below(a.rate) ? { tone: 'not_met' as const, strong: true } : {}) },
        ]),
        empty: '本学期截至统计日没有计入参与率的文体活动。',
        ...(t.op === '>=' ? { note: `参与率低于目标（${percent(t.target)}）的活动以橙色标出。` } : {}),
      }),
      ...(excluded.length > 0
        ? [
            table({
              caption: '未计入参与率的文体活动（没有签到记录，请补录签到表）',
              columns: [{ label: '活动', width: '40%' }, { label: '日期', align: 'center' }, { label: '需要处理', width: '40%' }],
              rows: excluded.map((a) => [a.name, dayZh(a.date, year), { text: '补录签到记录', tone: 'warn' }]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};

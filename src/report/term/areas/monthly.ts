import { targetOf, type MonthlyDetail } from '../../../metrics/index.ts';
import { monthZh } from '../../../messages/format.ts';
import { table, type CellInput } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

const names = (d: MonthlyDetail, month: string): string[] => (d.by_month.find((b) => b.month === month)?.activities ?? []).map((a) => a.name);

const cell = (list: string[]): CellInput => (list.length > 0 ? { text: list.join('、') } : { text: '无', tone: 'not_met', strong: true });

export const monthlyArea: AreaBuilder = (m) => {
  const study = targetOf(m, 'monthly_study').detail;
  const training = targetOf(m, 'cadre_training').detail;
  const months = [...new Set([...study.by_month, ...training.by_month].map((b) => b.month))].sort();
  const without = (d: MonthlyDetail) => (d.months_without.length ? d.months_without.map((x) => monthZh(x, true)).join('、') : '无');
  const lead =
    months.length > 0
      ? [`截至统计日已开始的工作月份 ${months.length} 个。没有集中学习或主题活动的月份：${without(study)}；没有干部业务培训的月份：${without(training)}。`]
      : [];
  const monthRows = months.map((month) => [{ text: monthZh(month) }, cell(names(study, month)), cell(names(training, month))]);
  return {
    id: 'monthly',
    targets: targetLines(m, ['monthly_study', 'cadre_training']),
    lead,
    tables: [
      table({
        caption: '各月集中学习、主题活动与干部业务培训',
        columns: [
          { label: '月份', align: 'center', width: '12%' },
          { label: '集中学习或主题活动', width: '48%' },
          { label: '工会干部业务培训', width: '40%' },
        ],
        rows: monthRows,
        empty: '没有活动台账，或截至统计日还没有开始的工作月份。',
        ...(monthRows.some((r) => r.some((c) => c.tone === 'not_met')) ? { note: '“无”表示该月没有相应活动，请在后续工作中补上。' } : {}),
      }),
    ],
  };
};

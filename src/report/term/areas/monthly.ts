import { targetOf, type MonthlyDetail } from '../../../metrics/index.ts';
import { monthZh } from '../../../messages/format.ts';
import { table, type CellInput } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.monthly;

const names = (d: MonthlyDetail, month: string): string[] => (d.by_month.find((b) => b.month === month)?.activities ?? []).map((a) => a.name);

/** The month's activities; none yet in the month still in progress is 进行中, not a gap. */
const cell = (list: string[], inProgress: boolean): CellInput =>
  list.length > 0 ? { text: words.activities(list) } : inProgress ? { text: words.inProgress, tone: 'no_data' } : { text: words.none, tone: 'not_met', strong: true };

export const monthlyArea: AreaBuilder = (m) => {
  const study = targetOf(m, 'monthly_study').detail;
  const training = targetOf(m, 'cadre_training').detail;
  const months = [...new Set([...study.by_month, ...training.by_month].map((b) => b.month))].sort();
  const without = (d: MonthlyDetail) => d.months_without.map((x) => monthZh(x, true));
  const lead = months.length > 0 ? [words.lead({ months: months.length, withoutStudy: without(study), withoutTraining: without(training) })] : [];
  const monthRows = months.map((month) => [
    { text: monthZh(month) },
    cell(names(study, month), study.months_in_progress.includes(month)),
    cell(names(training, month), training.months_in_progress.includes(month)),
  ]);
  return {
    id: 'monthly',
    targets: targetLines(m, ['monthly_study', 'cadre_training']),
    lead,
    tables: [
      table({
        caption: words.months.caption,
        columns: [
          { label: words.months.columns.month, align: 'center', width: '12%' },
          { label: words.months.columns.study, width: '48%' },
          { label: words.months.columns.training, width: '40%' },
        ],
        rows: monthRows,
        empty: words.months.empty,
        ...(monthRows.some((r) => r.some((c) => c.tone === 'not_met')) ? { note: words.months.note } : {}),
      }),
    ],
  };
};

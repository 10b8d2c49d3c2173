import { targetOf } from '../../../metrics/index.ts';
import { percent } from '../../../messages/format.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.participation;
const col = words.activities.columns;

export const participationArea: AreaBuilder = (m) => {
  const t = targetOf(m, 'participation_rate');
  const year = m.as_of.slice(0, 4);
  const { activities, excluded } = t.detail;
  const lead =
    activities.length > 0
      ? [
          words.lead({
            span: m.term.kind,
            asOf: dayZh(m.as_of),
            held: activities.length + excluded.length,
            counted: activities.length,
            eligible: t.detail.eligible,
            present: t.detail.present,
          }),
        ]
      : [];
  const below = (rate: number | null) => rate !== null && t.op === '>=' && rate < t.target - 1e-9;
  return {
    id: 'participation',
    targets: targetLines(m, ['participation_rate']),
    lead,
    tables: [
      table({
        caption: words.activities.caption,
        columns: [
          { label: col.activity, width: '26%' },
          { label: col.date, align: 'center' },
          { label: col.range, align: 'center' },
          { label: col.eligible, align: 'right' },
          { label: col.present, align: 'right' },
          { label: col.excused, align: 'right' },
          { label: col.absent, align: 'right' },
          { label: col.rate, align: 'right' },
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
        empty: words.activities.empty,
        ...(t.op === '>=' ? { note: words.activities.note(percent(t.target)) } : {}),
      }),
      ...(excluded.length > 0
        ? [
            table({
              caption: words.excluded.caption,
              columns: [
                { label: words.excluded.columns.activity, width: '40%' },
                { label: words.excluded.columns.date, align: 'center' },
                { label: words.excluded.columns.action, width: '40%' },
              ],
              rows: excluded.map((a) => [a.name, dayZh(a.date, year), { text: words.excluded.action, tone: 'warn' }]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};

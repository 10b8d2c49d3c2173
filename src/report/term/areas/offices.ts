import { targetOf } from '../../../metrics/index.ts';
import { monthZh, num as fmtNum, percent, points } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.offices;

export const officesArea: AreaBuilder = (m) => {
  const { months, threshold } = targetOf(m, 'office_pass_trend').detail;
  const missing = targetOf(m, 'office_monthly').detail.months_without;
  const lead = [words.lead({ threshold: fmtNum(threshold), without: missing.map((x) => monthZh(x, true)), anyMonth: months.length > 0 })];
  const scored = m.offices.scores.filter((s) => s.month <= m.as_of.slice(0, 7));
  const last = scored.at(-1)?.month;
  const failing = last ? scored.filter((s) => s.month === last && !s.passed) : [];
  return {
    id: 'offices',
    targets: targetLines(m, ['office_monthly', 'office_pass_trend']),
    lead,
    tables: [
      table({
        caption: words.months.caption,
        columns: [
          { label: words.months.columns.month, align: 'center' },
          { label: words.months.columns.scored, align: 'right' },
          { label: words.months.columns.passed, align: 'right' },
          { label: words.months.columns.rate, align: 'right' },
          { label: words.months.columns.change, align: 'right' },
        ],
        rows: months.map((x, i) => {
          const prev = i > 0 ? months[i - 1]!.rate : null;
          const delta = prev !== null ? x.rate - prev : null;
          return [
            monthZh(x.month),
            String(x.scored),
            String(x.passed),
            percent(x.rate),
            { text: i === 0 ? '—' : points(delta), ...(delta !== null && delta < -1e-9 ? { tone: 'not_met' as const, strong: true } : {}) },
          ];
        }),
        empty: words.months.empty,
      }),
      ...(last
        ? [
            table({
              caption: words.failing.caption(monthZh(last)),
              columns: [{ label: words.failing.columns.office, width: '60%' }, { label: words.failing.columns.total, align: 'right' }],
              rows: failing.map((s) => [s.office, { text: fmtNum(s.total), tone: 'not_met' as const }]),
              empty: words.failing.empty,
            }),
          ]
        : []),
    ],
  };
};

import { targetOf } from '../../../metrics/index.ts';
import { monthZh, num as fmtNum, percent, points } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const officesArea: AreaBuilder = (m) => {
  const { months, threshold } = targetOf(m, 'office_pass_trend').detail;
  const missing = targetOf(m, 'office_monthly').detail.months_without;
  const lead = [
    `达标分为 ${fmtNum(threshold)} 分（总分达到即为达标）。` +
      (missing.length > 0 ? `没有开展评选的月份：${missing.map((x) => monthZh(x, true)).join('、')}。` : months.length > 0 ? '各工作月份均已开展评选。' : ''),
  ];
  const scored = m.offices.scores.filter((s) => s.month <= m.as_of.slice(0, 7));
  const last = scored.at(-1)?.month;
  const failing = last ? scored.filter((s) => s.month === last && !s.passed) : [];
  return {
    id: 'offices',
    targets: targetLines(m, ['office_monthly', 'office_pass_trend']),
    lead,
    tables: [
      table({
        caption: '各月文明办公室达标情况',
        columns: [
          { label: '月份', align: 'center' },
          { label: '参评办公室', align: 'right' },
          { label: '达标', align: 'right' },
          { label: '达标率', align: 'right' },
          { label: '较上月', align: 'right' },
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
        empty: '没有文明办公室评比记录。',
      }),
      ...(last
        ? [
            table({
              caption: `最近一次评选（${monthZh(last)}）未达标的办公室`,
              columns: [{ label: '办公室', width: '60%' }, { label: '总分', align: 'right' }],
              rows: failing.map((s) => [s.office, { text: fmtNum(s.total), tone: 'not_met' as const }]),
              empty: '全部达标。',
            }),
          ]
        : []),
    ],
  };
};

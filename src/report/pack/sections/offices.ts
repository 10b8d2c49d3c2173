/** 文明办公室评比: each office's monthly scores as the ledger lists them, with whether they reached the pass mark. */
import { monthZh, num } from '../../../messages/format.ts';
import { packText } from '../../../messages/pack.ts';
import { table } from '../../view/table.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.offices;

export const officesSection: SectionBuilder = ({ metrics: m, records }) => {
  const { threshold } = m.offices;
  const [from, to] = [m.term.start.slice(0, 7), m.as_of.slice(0, 7)];
  const rows = records.offices
    .filter((o) => o.month >= from && o.month <= to)
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.ref.row - b.ref.row));
  const parts = [...new Set(rows.flatMap((o) => Object.keys(o.subScores)))];
  const offices = new Set(rows.map((o) => o.office)).size;
  const months = new Set(rows.map((o) => o.month)).size;
  return [
    section(words.title, {
      lead: rows.length > 0 ? [words.lead(threshold, offices, months)] : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: words.columns.month, align: 'center' },
              { label: words.columns.office, width: '24%' },
              ...parts.map((p) => ({ label: p, align: 'right' as const })),
              { label: words.columns.total, align: 'right' },
              { label: words.columns.passed, align: 'center' },
            ],
            rows: rows.map((o) => [
              monthZh(o.month),
              o.office,
              ...parts.map((p) => num(o.subScores[p] ?? null)),
              { text: num(o.total), strong: true },
              o.total >= threshold ? { text: words.passed, tone: 'met' as const } : { text: words.failed, tone: 'not_met' as const, strong: true },
            ]),
            empty: words.empty,
          }),
        },
      ],
    }),
  ];
};

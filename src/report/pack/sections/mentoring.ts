/** 青蓝结对: the term's pairs as the ledger lists them, and the young teachers in service still without a mentor. */
import { targetOf } from '../../../metrics/index.ts';
import { packText } from '../../../messages/pack.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.mentoring;

export const mentoringSection: SectionBuilder = ({ metrics: m, visibility }) => {
  const d = targetOf(m, 'mentoring_coverage').detail;
  if (!visibility.names) return [section(words.title, { lead: [words.hidden(d.pairs.length)] })];
  const col = words.columns;
  const note = (p: (typeof d.pairs)[number]): CellInput =>
    p.not_counted === null ? { text: '' } : { text: words.notCounted[p.not_counted] ?? words.notCountedStatus(p.not_counted), tone: 'muted' };
  const unpaired =
    d.unpaired_staff.length > 0
      ? [
          {
            table: table({
              caption: words.unpaired.caption,
              columns: [{ label: words.unpaired.columns.name, width: '30%' }, { label: words.unpaired.columns.department }, dateColumn(words.unpaired.columns.birth)],
              rows: d.unpaired_staff.map((s) => [{ text: s.name, tone: 'warn' as const }, s.department ?? '', s.birth_date ?? '']),
              empty: '',
            }),
          },
        ]
      : [];
  return [
    section(words.title, {
      lead: d.pairs.length > 0 ? [words.lead({ pairs: d.pairs.length, young: d.young, paired: d.paired })] : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: col.no, align: 'right', width: '8%' },
              { label: col.young, width: '28%' },
              { label: col.mentor, width: '28%' },
              { label: col.note },
            ],
            rows: d.pairs.map((p, i) => [String(i + 1), p.young, p.mentor ?? { text: words.noMentor, tone: 'warn' as const }, note(p)]),
            empty: words.empty,
          }),
        },
        ...unpaired,
      ],
    }),
  ];
};

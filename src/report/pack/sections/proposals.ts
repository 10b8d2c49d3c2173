/** 提案办理: the term's 教代会 proposals with how each was handled and answered. */
import { packText } from '../../../messages/pack.ts';
import { privacyText } from '../../../messages/privacy.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.proposals;

export const proposalsSection: SectionBuilder = ({ metrics: m, visibility }) => {
  const p = m.proposals;
  const col = words.columns;
  const f = p.feedback;
  const feedback = (x: (typeof p.items)[number]): CellInput =>
    x.feedback === null ? { text: words.none, tone: 'muted' } : x.feedback === '不满意' ? { text: x.feedback, tone: 'not_met', strong: true } : { text: x.feedback };
  return [
    section(words.title, {
      lead:
        p.items.length > 0
          ? [
              words.lead({
                total: p.items.length,
                answered: p.items.filter((x) => x.answered).length,
                satisfied: f.satisfied,
                basically: f.basically_satisfied,
                unsatisfied: f.unsatisfied,
                awaiting: f.awaiting,
              }),
            ]
          : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: col.id, align: 'center' },
              { label: col.title, width: '34%' },
              { label: col.proposer, align: 'center' },
              { label: col.unit, align: 'center' },
              { label: col.state, align: 'center' },
              dateColumn(col.reply),
              { label: col.feedback, align: 'center' },
            ],
            rows: p.items.map((x) => [
              x.id ?? '',
              x.title,
              visibility.names ? (x.proposer ?? '') : privacyText.ownerHidden,
              x.unit ?? '',
              x.answered ? (x.state ?? '') : { text: x.state ?? words.none, tone: 'warn' },
              x.reply_date ?? '',
              feedback(x),
            ]),
            empty: words.empty,
          }),
        },
      ],
    }),
  ];
};

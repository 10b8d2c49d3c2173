/** 满意度测评汇总: the term's responses summed up per question, never one person's answers. */
import { targetOf } from '../../../metrics/index.ts';
import { percent } from '../../../messages/format.ts';
import { packText } from '../../../messages/pack.ts';
import { table } from '../../view/table.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.survey;

export const surveySection: SectionBuilder = ({ metrics: m }) => {
  const d = targetOf(m, 'satisfaction_growth').detail;
  const items = d.items.filter((i) => i.this !== null);
  const col = words.columns;
  return [
    section(words.title, {
      lead:
        d.responses_this > 0
          ? [words.lead({ responses: d.responses_this, rate: percent(d.s_this), from: d.satisfied_from, prevResponses: d.responses_prev, prevRate: percent(d.s_prev) })]
          : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: col.no, align: 'right', width: '6%' },
              { label: col.item, width: '46%' },
              { label: col.answers, align: 'right' },
              { label: col.thisTerm, align: 'right' },
              { label: col.prevTerm, align: 'right' },
            ],
            rows: items.map((i, n) => [String(n + 1), i.item, String(i.answers), { text: percent(i.this), strong: true }, percent(i.prev)]),
            empty: words.empty,
          }),
        },
      ],
    }),
  ];
};

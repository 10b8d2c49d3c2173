import { targetOf, type ProposalBrief } from '../../../metrics/index.ts';
import { table, type Column } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.proposals;

const columns: Column[] = [
  { label: words.columns.id, align: 'center', width: '12%' },
  { label: words.columns.title, width: '50%' },
  { label: words.columns.unit, align: 'center' },
  { label: words.columns.state, align: 'center' },
];
const row = (p: ProposalBrief) => [p.id ?? '—', p.title, p.unit ?? '—', p.state ?? '—'];

export const proposalsArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'proposal_satisfaction').detail;
  const { with_feedback: withFeedback, unsatisfied, awaiting_feedback: awaiting } = d;
  const lead =
    withFeedback + d.without_feedback > 0
      ? [
          words.lead({
            span: m.term.kind,
            total: withFeedback + d.without_feedback,
            withFeedback,
            satisfied: d.satisfied,
            unsatisfied: unsatisfied.length,
            awaiting: awaiting.length,
          }),
        ]
      : [];
  return {
    id: 'proposals',
    targets: targetLines(m, ['proposal_satisfaction']),
    lead,
    tables: [
      table({ caption: words.unsatisfied.caption, columns, rows: unsatisfied.map(row), empty: words.unsatisfied.empty }),
      table({ caption: words.awaiting.caption, columns, rows: awaiting.map(row), empty: words.awaiting.empty }),
    ],
  };
};

import { targetOf, type ProposalBrief } from '../../../metrics/index.ts';
import { table, type Column } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

const columns: Column[] = [
  { label: '编号', align: 'center', width: '12%' },
  { label: '提案', width: '50%' },
  { label: '承办单位', align: 'center' },
  { label: '办理状态', align: 'center' },
];
const row = (p: ProposalBrief) => [p.id ?? '—', p.title, p.unit ?? '—', p.state ?? '—'];

export const proposalsArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'proposal_satisfaction').detail;
  const { with_feedback: withFeedback, unsatisfied, awaiting_feedback: awaiting } = d;
  const lead =
    withFeedback + d.without_feedback > 0
      ? [
          `本学期提案 ${withFeedback + d.without_feedback} 件，已有反馈意见 ${withFeedback} 件，` +
            `其中满意或基本满意 ${d.satisfied} 件、不满意 ${unsatisfied.length} 件；尚无反馈意见 ${awaiting.length} 件。`,
        ]
      : [];
  return {
    id: 'proposals',
    targets: targetLines(m, ['proposal_satisfaction']),
    lead,
    tables: [
      table({ caption: '提案人反馈“不满意”的提案（请督办复议）', columns, rows: unsatisfied.map(row), empty: '没有反馈“不满意”的提案。' }),
      table({ caption: '尚无反馈意见的提案（请跟进征求提案人意见）', columns, rows: awaiting.map(row), empty: '所有提案均已有反馈意见。' }),
    ],
  };
};

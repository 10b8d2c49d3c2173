import type { ProposalRecord } from '../../ingest/records.ts';
import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { termProposals } from '../proposal-summary.ts';
import { noData, type TargetDef } from './target.ts';

const brief = (p: ProposalRecord) => ({ id: p.id, title: p.title, unit: p.unit, state: p.state });

export const proposalSatisfaction: TargetDef = {
  id: 'proposal_satisfaction',
  label: '教代会提案办理满意率',
  op: '>=',
  target: 0.95,
  clause: '教代会提案办理满意率达 95% 以上',
  compute(ctx) {
    const proposals = termProposals(ctx);
    if (proposals.length === 0) return noData(noDataText.missingLedger('proposals'));
    const withFeedback = proposals.filter((p) => p.feedback !== null);
    const satisfied = withFeedback.filter((p) => p.feedback === '满意' || p.feedback === '基本满意');
    const detail = {
      with_feedback: withFeedback.length,
      satisfied: satisfied.length,
      without_feedback: proposals.length - withFeedback.length,
      unsatisfied: withFeedback.filter((p) => p.feedback === '不满意').map(brief),
      awaiting_feedback: proposals.filter((p) => p.feedback === null).map(brief),
    };
    if (withFeedback.length === 0) return noData(noDataText.noFeedback, detail);
    return { value: clean(satisfied.length / withFeedback.length), detail };
  },
};

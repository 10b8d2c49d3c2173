import type { ProposalRecord } from '../../ingest/records.ts';
import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { termProposals } from '../proposal-summary.ts';
import { noData, type TargetDef } from './target.ts';

export interface ProposalBrief {
  readonly id: string | null;
  readonly title: string;
  readonly unit: string | null;
  readonly state: string | null;
}

export interface ProposalDetail {
  readonly with_feedback: number;
  readonly satisfied: number;
  readonly without_feedback: number;
  readonly unsatisfied: readonly ProposalBrief[];
  readonly awaiting_feedback: readonly ProposalBrief[];
}

const EMPTY: ProposalDetail = { with_feedback: 0, satisfied: 0, without_feedback: 0, unsatisfied: [], awaiting_feedback: [] };

const brief = (p: ProposalRecord): ProposalBrief => ({ id: p.id, title: p.title, unit: p.unit, state: p.state });

export const proposalSatisfaction: TargetDef<'proposal_satisfaction'> = {
  id: 'proposal_satisfaction',
  op: '>=',
  target: 0.95,
  compute(ctx) {
    const proposals = termProposals(ctx);
    if (proposals.length === 0) return noData(noDataText.missingLedger('proposals'), EMPTY);
    const withFeedback = proposals.filter((p) => p.feedback !== null);
    const satisfied = withFeedback.filter((p) => p.feedback === '满意' || p.feedback === '基本满意');
    const detail: ProposalDetail = {
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

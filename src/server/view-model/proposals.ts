/** `/proposals`: handling states, feedback against the target, and the proposals that need a push. */
import type { IngestResult, ProposalRecord } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { barListHeight, proposalFeedbackChart, proposalStatesChart } from '../../report/charts/index.ts';
import { target } from '../../report/charts/detail.ts';
import { dateZh } from '../../report/format.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { NO_STATE, proposalSummary } from './proposal-summary.ts';
import { targetPanels, type TargetView } from './targets.ts';

interface ProposalLine {
  readonly id: string;
  readonly title: string;
  readonly proposer: string;
  readonly unit: string;
  readonly state: string;
  readonly reply: string;
  readonly feedback: string;
}

export interface ProposalsView {
  readonly panels: readonly TargetView[];
  readonly total: number;
  readonly statesChart: ChartBlock | null;
  readonly feedbackChart: ChartBlock | null;
  readonly unsatisfied: readonly ProposalLine[];
  readonly awaiting: readonly ProposalLine[];
  readonly unanswered: readonly ProposalLine[];
  readonly all: readonly ProposalLine[];
}

const line = (p: ProposalRecord): ProposalLine => ({
  id: p.id ?? '',
  title: p.title,
  proposer: p.proposer ?? '',
  unit: p.unit ?? '',
  state: p.state ?? NO_STATE,
  reply: p.replyDate ? dateZh(p.replyDate) : '未答复',
  feedback: p.feedback ?? '尚未反馈',
});

export function proposalsView(ingest: IngestResult, m: MetricsResult): ProposalsView {
  const s = proposalSummary(ingest, m);
  const t = target(m, 'proposal_satisfaction');
  const answered = s.satisfied + s.basicallySatisfied + s.unsatisfied;
  return {
    panels: targetPanels(m, ['proposal_satisfaction']),
    total: s.proposals.length,
    statesChart: s.states.length ? chartBlock('proposals-states', '提案办理状态', proposalStatesChart(s), { width: 560, height: barListHeight(s.states.length, 40) }) : null,
    feedbackChart:
      answered > 0 && t ? chartBlock('proposals-feedback', '提案人反馈意见', proposalFeedbackChart(s, t), { width: 860, height: 170 }) : null,
    unsatisfied: s.proposals.filter((p) => p.feedback === '不满意').map(line),
    awaiting: s.proposals.filter((p) => p.feedback === null).map(line),
    unanswered: s.unanswered.map(line),
    all: s.proposals.map(line),
  };
}

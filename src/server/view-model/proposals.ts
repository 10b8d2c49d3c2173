/** `/proposals`: handling states, feedback against the target, and the proposals that need a push. */
import { targetOf, type MetricsResult, type ProposalRow } from '../../metrics/index.ts';
import { barListHeight, NO_STATE, proposalCounts, proposalFeedbackChart, proposalStatesChart } from '../../report/charts/index.ts';
import { dateZh } from '../../messages/format.ts';
import { pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
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

const line = (p: ProposalRow): ProposalLine => ({
  id: p.id ?? '',
  title: p.title,
  proposer: p.proposer ?? '',
  unit: p.unit ?? '',
  state: p.state ?? NO_STATE,
  reply: p.reply_date ? dateZh(p.reply_date) : pageText.proposals.notAnswered,
  feedback: p.feedback ?? pageText.proposals.noFeedback,
});

export function proposalsView(m: MetricsResult): ProposalsView {
  const { items } = m.proposals;
  const s = proposalCounts(m.proposals);
  const t = targetOf(m, 'proposal_satisfaction');
  const answered = s.satisfied + s.basicallySatisfied + s.unsatisfied;
  return {
    panels: targetPanels(m, ['proposal_satisfaction']),
    total: items.length,
    statesChart: s.states.length ? chartBlock('proposals-states', pageText.proposals.statesChart, proposalStatesChart(s), { width: 560, height: barListHeight(s.states.length, 40) }) : null,
    feedbackChart:
      answered > 0 ? chartBlock('proposals-feedback', pageText.proposals.feedbackChart, proposalFeedbackChart(s, t), { width: 860, height: 170 }) : null,
    unsatisfied: items.filter((p) => p.feedback === '不满意').map(line),
    awaiting: items.filter((p) => p.feedback === null).map(line),
    unanswered: items.filter((p) => !p.answered).map(line),
    all: items.map(line),
  };
}

/** 教代会提案 of the term, counted for the proposals page: states, feedback, and those still awaiting a reply. */
import type { IngestResult, ProposalRecord } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import type { ProposalCounts } from '../../report/charts/index.ts';

export const NO_STATE = '未填写';

/** A state that says the proposal has been answered or closed. */
const ANSWERED = /答复|办结|完成|落实/u;

export interface ProposalSummary extends ProposalCounts {
  readonly proposals: readonly ProposalRecord[];
  /** No reply date and a state that does not say answered. */
  readonly unanswered: readonly ProposalRecord[];
}

export function proposalSummary(ingest: IngestResult, m: MetricsResult): ProposalSummary {
  // The same proposals proposal_satisfaction counts: of this term, or of no stated term.
  const proposals = ingest.records.proposals.filter((p) => p.term === null || p.term === m.term.id);
  const states = new Map<string, number>();
  for (const p of proposals) states.set(p.state ?? NO_STATE, (states.get(p.state ?? NO_STATE) ?? 0) + 1);
  const count = (f: ProposalRecord['feedback']) => proposals.filter((p) => p.feedback === f).length;
  return {
    proposals,
    states: [...states].map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count),
    satisfied: count('满意'),
    basicallySatisfied: count('基本满意'),
    unsatisfied: count('不满意'),
    awaiting: count(null),
    unanswered: proposals.filter((p) => p.replyDate === null && !ANSWERED.test(p.state ?? '')),
  };
}

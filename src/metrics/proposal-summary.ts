/** 教代会提案 of the term: each with whether it has been answered, counted by handling state and by feedback. */
import * as aq from 'arquero';
import type { Feedback, ProposalRecord } from '../ingest/records.ts';
import type { MetricsContext } from './context.ts';

export interface ProposalRow {
  readonly id: string | null;
  readonly title: string;
  readonly proposer: string | null;
  readonly unit: string | null;
  /** 办理状态 as written; null when blank. */
  readonly state: string | null;
  readonly reply_date: string | null;
  readonly feedback: Feedback | null;
  /** A reply date, or a state that says answered or closed (已答复, 已办结 …). */
  readonly answered: boolean;
}

export interface ProposalSummary {
  /** In ledger order. */
  readonly items: readonly ProposalRow[];
  /** Most frequent first; equal counts in the order first met. */
  readonly states: readonly { readonly state: string | null; readonly count: number }[];
  /** By 反馈意见: satisfied is 满意 alone; awaiting has none yet. */
  readonly feedback: { readonly satisfied: number; readonly basically_satisfied: number; readonly unsatisfied: number; readonly awaiting: number };
}

/** The proposals proposal_satisfaction counts: of this term, or of no stated term. */
export const termProposals = (ctx: MetricsContext): readonly ProposalRecord[] =>
  ctx.records.proposals.filter((p) => p.term === null || ctx.term.termIds.includes(p.term));

const ANSWERED = /答复|办结|完成|落实/u;

export function proposalSummary(ctx: MetricsContext): ProposalSummary {
  const proposals = termProposals(ctx);
  const count = (f: Feedback | null) => proposals.filter((p) => p.feedback === f).length;
  const states = aq
    .table({ state: proposals.map((p) => p.state) })
    .groupby('state')
    .count()
    .orderby(aq.desc('count'))
    .objects() as { state: string | null; count: number }[];
  return {
    items: proposals.map((p) => ({
      id: p.id,
      title: p.title,
      proposer: p.proposer,
      unit: p.unit,
      state: p.state,
      reply_date: p.replyDate,
      feedback: p.feedback,
      answered: p.replyDate !== null || ANSWERED.test(p.state ?? ''),
    })),
    states,
    feedback: { satisfied: count('满意'), basically_satisfied: count('基本满意'), unsatisfied: count('不满意'), awaiting: count(null) },
  };
}

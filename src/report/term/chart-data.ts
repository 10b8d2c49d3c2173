/**
 * What the archive and proposal charts count, read from the ingested records the way the
 * dashboard's pages count them; without records, from the targets' details.
 */
import type { IngestResult } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import type { MaterialCount, ProposalCounts } from '../charts/index.ts';
import { num, rows, strings, target } from '../charts/detail.ts';

/** The part of an ingest the reports read besides the metrics. */
export type ReportIngest = Pick<IngestResult, 'sheets' | 'records'>;

/** Per material: listed activities (dated from the term's start to asOf) that have it and that lack it. */
export function materialCounts(m: MetricsResult, ingest: ReportIngest | undefined): MaterialCount[] {
  if (ingest) {
    const listed = ingest.records.archive.filter((r) => r.activityDate !== null && r.activityDate >= m.term.start && r.activityDate <= m.as_of);
    const materials = [...new Set(listed.flatMap((r) => r.materials.map((x) => x.material)))];
    const count = (material: string, state: string) => listed.filter((r) => r.materials.some((x) => x.material === material && x.state === state)).length;
    return materials.map((material) => ({ material, present: count(material, 'present'), missing: count(material, 'missing') }));
  }
  // Only the gaps are known: the materials that some activity lacks.
  const d = target(m, 'archive_completion')?.detail;
  const listed = num(d, 'listed') ?? 0;
  const missing = new Map<string, number>();
  for (const a of rows(d, 'missing')) for (const x of strings(a, 'materials')) missing.set(x, (missing.get(x) ?? 0) + 1);
  return [...missing].map(([material, n]) => ({ material, present: listed - n, missing: n }));
}

/** The term's proposals (of this term or of none) by handling state and feedback; null without records. */
export function proposalCounts(m: MetricsResult, ingest: ReportIngest | undefined): ProposalCounts | null {
  if (!ingest) return null;
  const proposals = ingest.records.proposals.filter((p) => p.term === null || p.term === m.term.id);
  const states = new Map<string, number>();
  for (const p of proposals) states.set(p.state ?? '未填写', (states.get(p.state ?? '未填写') ?? 0) + 1);
  const count = (f: (typeof proposals)[number]['feedback']) => proposals.filter((p) => p.feedback === f).length;
  return {
    states: [...states].map(([state, n]) => ({ state, count: n })).sort((a, b) => b.count - a.count),
    satisfied: count('满意'),
    basicallySatisfied: count('基本满意'),
    unsatisfied: count('不满意'),
    awaiting: count(null),
  };
}

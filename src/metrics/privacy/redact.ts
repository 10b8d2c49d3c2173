/**
 * Cuts a metrics result down to what one viewer may see (visibility.ts). The result keeps
 * its shape: lists of people become empty with their count in `privacy.hidden`, names in
 * rows become null or a neutral word, small groups merge into one row. Figures do not change.
 */
import { privacyText } from '../../messages/privacy.ts';
import { clean } from '../context.ts';
import type { DepartmentParticipationRow } from '../participation-breakdown.ts';
import { targetOf, type MetricsResult, type TargetResult } from '../result.ts';
import { suppressSmallGroups } from './groups.ts';
import { isEverything, type Privacy, type Visibility } from './visibility.ts';

const WELFARE = '关爱慰问';

export function redact(m: MetricsResult, v: Visibility): MetricsResult {
  if (isEverything(v)) return m;
  const mentoring = targetOf(m, 'mentoring_coverage').detail;
  const welfare = new Set(m.activities.filter((a) => a.category === WELFARE).map((a) => `${a.name}|${a.date}`));
  const groups = v.suppressSmallGroups ? mergeGroups(m.participation.by_department, m.min_group_size) : null;
  const privacy: Privacy = {
    names: v.names,
    welfare: v.welfare,
    cells: v.cells,
    min_group: v.suppressSmallGroups ? m.min_group_size : null,
    hidden: {
      absentees: v.names ? 0 : m.participation.absentees.length,
      mentoring_pairs: v.names ? 0 : mentoring.pairs.length,
      unpaired_staff: v.names ? 0 : mentoring.unpaired.length,
      welfare_activities: v.welfare ? 0 : welfare.size,
      groups: groups?.hidden ?? 0,
    },
  };
  let out: MetricsResult = {
    ...m,
    targets: v.names ? m.targets : m.targets.map(withoutNames),
    tasks: v.names ? m.tasks : m.tasks.map((t) => ({ ...t, owner: null })),
    decisions: v.names ? m.decisions : m.decisions.map((d) => ({ ...d, owner: null })),
    participation: {
      by_department: groups?.rows ?? m.participation.by_department,
      absentees: v.names ? m.participation.absentees : [],
    },
    proposals: v.names ? m.proposals : { ...m.proposals, items: m.proposals.items.map((p) => ({ ...p, proposer: null })) },
    rubric: v.cells || !m.rubric ? m.rubric : { ...m.rubric, items: m.rubric.items.map((x) => ({ ...x, evidence: { ...x.evidence, cells: [] } })) },
    issues: v.cells ? m.issues : m.issues.map((i) => ({ ...i, message: privacyText.cellsHidden })),
    privacy,
  };
  if (!v.welfare && welfare.size > 0) out = maskWelfare(out, welfare);
  return out;
}

function withoutNames(t: TargetResult): TargetResult {
  switch (t.id) {
    case 'mentoring_coverage':
      return { ...t, detail: { ...t.detail, pairs: [], unpaired: [], unpaired_staff: [] } };
    case 'routine_completion':
      return { ...t, detail: { ...t.detail, open: t.detail.open.map((b) => ({ ...b, owner: null })), upcoming: t.detail.upcoming.map((b) => ({ ...b, owner: null })) } };
    default:
      return t;
  }
}

function mergeGroups(rows: readonly DepartmentParticipationRow[], min: number): { rows: DepartmentParticipationRow[]; hidden: number } {
  const { shown, merged } = suppressSmallGroups(rows, min);
  if (merged.length === 0) return { rows: [...rows], hidden: 0 };
  const eligible = merged.reduce((n, r) => n + r.eligible, 0);
  const present = merged.reduce((n, r) => n + r.present, 0);
  const people = merged.reduce((n, r) => n + r.people, 0);
  const row: DepartmentParticipationRow = { department: null, eligible, present, rate: eligible ? clean(present / eligible) : 0, people, merged: merged.length };
  return { rows: [...shown, row], hidden: merged.length };
}

/** Every row naming a 关爱慰问 activity (by name and date), wherever the result lists it. */
function maskWelfare(m: MetricsResult, welfare: ReadonlySet<string>): MetricsResult {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    const o = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(o)) out[k] = walk(val);
    if (typeof o['name'] === 'string' && typeof o['date'] === 'string' && welfare.has(`${o['name']}|${o['date']}`)) out['name'] = privacyText.welfareActivity;
    return out;
  };
  const { privacy, issues, ...rest } = m;
  return { ...(walk(rest) as Omit<MetricsResult, 'privacy' | 'issues'>), issues, ...(privacy ? { privacy } : {}) };
}

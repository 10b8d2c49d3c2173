/** The 目标 sheet: a row names a target by id or label and sets its target value and, optionally, its op. */
import { makeIssue, type LedgerIssue } from '../../ingest/issues.ts';
import type { TargetOverrideRecord } from '../../ingest/records.ts';
import { normalizeName, type Op } from '../../ingest/values/index.ts';
import { targetText } from '../../messages/targets.ts';
import type { TargetDef } from './target.ts';

export interface ResolvedTarget {
  readonly def: TargetDef;
  readonly target: number;
  readonly op: Op;
}

/** Compared without white space, case or a trailing note in brackets (“文体活动参与率（%）”). */
const key = (text: string) => normalizeName(text).replace(/[(（][^)）]*[)）]$/u, '').toLowerCase();

export function resolveTargets(
  defs: readonly TargetDef[],
  rows: readonly TargetOverrideRecord[],
): { targets: ResolvedTarget[]; issues: LedgerIssue[] } {
  const byName = new Map<string, TargetDef>();
  for (const d of defs) {
    byName.set(key(d.id), d);
    byName.set(key(targetText[d.id].label), d);
  }
  const chosen = new Map<string, TargetOverrideRecord>();
  const issues: LedgerIssue[] = [];
  for (const row of rows) {
    const def = byName.get(key(row.target));
    if (def) chosen.set(def.id, row);
    else issues.push(makeIssue(row.ref, 'unknown_target', { text: row.target }));
  }
  const targets = defs.map((def) => {
    const row = chosen.get(def.id);
    return { def, target: row?.value ?? def.target, op: row?.op ?? def.op };
  });
  return { targets, issues };
}

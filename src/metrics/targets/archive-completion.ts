import type { ArchiveRecord } from '../../ingest/records.ts';
import { activityKey, normalizeActivity } from '../../ingest/ledgers/activity-match.ts';
import { listedArchive } from '../archive-matrix.ts';
import { clean, upToAsOf } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface ArchiveDetail {
  /** Activities of the checklist held by as-of. */
  readonly listed: number;
  readonly complete: number;
  readonly incomplete: readonly string[];
  readonly missing: readonly { readonly name: string; readonly date: string | null; readonly materials: readonly string[] }[];
  /** Activities held by as-of that the checklist does not list. */
  readonly not_listed: readonly { readonly name: string; readonly date: string }[];
  /** Checklist rows without a date. */
  readonly undated: readonly string[];
}

const EMPTY: ArchiveDetail = { listed: 0, complete: 0, incomplete: [], missing: [], not_listed: [], undated: [] };

const missingOf = (r: ArchiveRecord) => r.materials.filter((m) => m.state === 'missing').map((m) => m.material);

export const archiveCompletion: TargetDef<'archive_completion'> = {
  id: 'archive_completion',
  op: '>=',
  target: 1,
  compute(ctx) {
    const rows = ctx.records.archive;
    if (rows.length === 0) return noData(noDataText.missingLedger('archive'), EMPTY);
    const listed = listedArchive(ctx);
    const incomplete = listed.filter((r) => missingOf(r).length > 0);
    const listedKeys = new Set(listed.map((r) => r.activityKey ?? activityKey(normalizeActivity(r.activityName), r.activityDate)));
    const notListed = ctx.facts.activities
      .filter((s) => upToAsOf(ctx, s.activity.date) && !listedKeys.has(s.activity.key))
      .map((s) => ({ name: s.activity.name, date: s.activity.date }));
    const detail: ArchiveDetail = {
      listed: listed.length,
      complete: listed.length - incomplete.length,
      incomplete: incomplete.map((r) => r.activityName),
      missing: incomplete.map((r) => ({ name: r.activityName, date: r.activityDate, materials: missingOf(r) })),
      not_listed: notListed,
      undated: rows.filter((r) => r.activityDate === null).map((r) => r.activityName),
    };
    if (listed.length === 0) return noData(noDataText.noArchiveInRange(ctx.asOf, ctx.term.kind), detail);
    return { value: clean((listed.length - incomplete.length) / listed.length), detail };
  },
};

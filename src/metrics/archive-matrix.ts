/**
 * The archive checklist as an activity × material matrix over the activities the archive
 * target counts (listed and dated from the term's start to asOf), with per material how many
 * of them have it and how many lack it.
 */
import type { ArchiveRecord, ArchiveState } from '../ingest/records.ts';
import { upToAsOf, type MetricsContext } from './context.ts';

export interface MaterialCount {
  readonly material: string;
  readonly present: number;
  readonly missing: number;
}

export interface ArchiveMatrixRow {
  readonly name: string;
  readonly date: string;
  /** cells[i] is the state of materials[i]; null where the row has no such column. */
  readonly cells: readonly (ArchiveState | null)[];
  /** No required material missing. */
  readonly complete: boolean;
}

export interface ArchiveMatrix {
  /** Every material column, in the order first met. */
  readonly materials: readonly MaterialCount[];
  /** In date order. */
  readonly matrix: readonly ArchiveMatrixRow[];
}

/** The checklist rows the archive target counts. */
export const listedArchive = (ctx: MetricsContext): (ArchiveRecord & { readonly activityDate: string })[] =>
  ctx.records.archive.filter((r): r is ArchiveRecord & { activityDate: string } => r.activityDate !== null && upToAsOf(ctx, r.activityDate));

/** A material written in two columns of one row: missing wins over present, present over not required. */
const RANK: Readonly<Record<ArchiveState, number>> = { not_required: 0, present: 1, missing: 2 };

export function archiveMatrix(ctx: MetricsContext): ArchiveMatrix {
  const listed = listedArchive(ctx);
  const names = [...new Set(listed.flatMap((r) => r.materials.map((x) => x.material)))];
  const matrix = listed
    .map((r) => {
      const by = new Map<string, ArchiveState>();
      for (const x of r.materials) {
        const seen = by.get(x.material);
        if (seen === undefined || RANK[x.state] > RANK[seen]) by.set(x.material, x.state);
      }
      return {
        name: r.activityName,
        date: r.activityDate,
        cells: names.map((x) => by.get(x) ?? null),
        complete: r.materials.every((x) => x.state !== 'missing'),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const materials = names.map((material, i) => ({
    material,
    present: matrix.filter((r) => r.cells[i] === 'present').length,
    missing: matrix.filter((r) => r.cells[i] === 'missing').length,
  }));
  return { materials, matrix };
}

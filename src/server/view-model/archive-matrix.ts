/**
 * The archive checklist as an activity × material matrix for the activities the archive
 * target counts (dated from the term's start to asOf), with the counts per material.
 */
import type { ArchiveState, IngestResult } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import type { MaterialCount } from '../../report/charts/index.ts';

export interface ArchiveRow {
  readonly name: string;
  readonly date: string;
  readonly cells: readonly (ArchiveState | null)[];
  readonly complete: boolean;
}

export interface ArchiveMatrix {
  readonly materials: readonly string[];
  readonly rows: readonly ArchiveRow[];
  readonly counts: readonly MaterialCount[];
}

export function archiveMatrix(ingest: IngestResult, m: MetricsResult): ArchiveMatrix {
  const listed = ingest.records.archive.filter((r) => r.activityDate !== null && r.activityDate >= m.term.start && r.activityDate <= m.as_of);
  const materials = [...new Set(listed.flatMap((r) => r.materials.map((x) => x.material)))];
  const rows = listed
    .map((r) => {
      const by = new Map(r.materials.map((x) => [x.material, x.state]));
      return {
        name: r.activityName,
        date: r.activityDate!,
        cells: materials.map((x) => by.get(x) ?? null),
        complete: r.materials.every((x) => x.state !== 'missing'),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const counts = materials.map((material, i) => ({
    material,
    present: rows.filter((r) => r.cells[i] === 'present').length,
    missing: rows.filter((r) => r.cells[i] === 'missing').length,
  }));
  return { materials, rows, counts };
}

/**
 * Participation records as columns: a district's wide sign-in sheets give millions of marks,
 * and one object per mark costs about 90 bytes where these columns cost 25. A plain object of
 * typed arrays and string lists, so it crosses the worker boundary by structured clone.
 * Readers push into a `ParticipationBuilder`; the few small consumers read rows through
 * `participationAt` / `participationRows`, the big one (metrics/participation-pairs.ts) reads
 * the columns.
 */
import { participationRef, type CellRef, type Mark, type ParticipationRecord, type SheetRef } from './records.ts';

export const MARKS: readonly Mark[] = ['present', 'absent', 'excused'];

export interface ParticipationTable {
  readonly length: number;
  /** The sheets marks are on; `sheet[i]` indexes it. */
  readonly sheets: readonly SheetRef[];
  readonly sheet: Int32Array;
  /** The mark's cell, `cellAt(row, col)` (beyond 2^32, so not an Int32Array). */
  readonly at: Float64Array;
  /** Index into `activityKeys` and `activityNames` (one entry per distinct key and name). */
  readonly activity: Int32Array;
  /** Key of the activity in the activities ledger, or null when it matched none. */
  readonly activityKeys: readonly (string | null)[];
  readonly activityNames: readonly string[];
  /** Index into `names` (normalised names of people). */
  readonly name: Int32Array;
  readonly names: readonly string[];
  /** Index into the roster, or −1 for a name not matched to exactly one staff row. */
  readonly staffIndex: Int32Array;
  /** Index into MARKS. */
  readonly mark: Uint8Array;
}

const MARK_INDEX: Readonly<Record<Mark, number>> = { present: 0, absent: 1, excused: 2 };

type Grown = Int32Array | Float64Array | Uint8Array;
function grow<T extends Grown>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** Fills a table mark by mark; `finish` trims it. */
export class ParticipationBuilder {
  private n = 0;
  private sheet = new Int32Array(1024);
  private at = new Float64Array(1024);
  private activity = new Int32Array(1024);
  private name = new Int32Array(1024);
  private staffIndex = new Int32Array(1024);
  private mark = new Uint8Array(1024);
  private readonly sheets: SheetRef[] = [];
  private readonly sheetIndex = new Map<SheetRef, number>();
  private readonly activityKeys: (string | null)[] = [];
  private readonly activityNames: string[] = [];
  private readonly activityIndex = new Map<string | null, Map<string, number>>();
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();

  get length(): number {
    return this.n;
  }

  push(p: ParticipationRecord): void {
    if (this.n === this.at.length) {
      const size = this.n * 2;
      this.sheet = grow(this.sheet, size);
      this.at = grow(this.at, size);
      this.activity = grow(this.activity, size);
      this.name = grow(this.name, size);
      this.staffIndex = grow(this.staffIndex, size);
      this.mark = grow(this.mark, size);
    }
    const i = this.n++;
    this.sheet[i] = indexOf(this.sheetIndex, this.sheets, p.sheetRef);
    this.at[i] = p.at;
    let byName = this.activityIndex.get(p.activityKey);
    if (!byName) this.activityIndex.set(p.activityKey, (byName = new Map()));
    let a = byName.get(p.activityName);
    if (a === undefined) {
      a = this.activityKeys.length;
      byName.set(p.activityName, a);
      this.activityKeys.push(p.activityKey);
      this.activityNames.push(p.activityName);
    }
    this.activity[i] = a;
    this.name[i] = indexOf(this.nameIndex, this.names, p.name);
    this.staffIndex[i] = p.staffIndex ?? -1;
    this.mark[i] = MARK_INDEX[p.mark];
  }

  /**
   * The table. A column is copied to its length only when that frees more than an eighth of
   * it: at the peak of a district's ingest a copy of every column costs more than the slack.
   */
  finish(): ParticipationTable {
    const n = this.n;
    const trim = <T extends Grown>(a: T): T => (a.length - n > a.length / 8 ? (a.slice(0, n) as T) : (a.subarray(0, n) as T));
    return {
      length: n,
      sheets: this.sheets,
      sheet: trim(this.sheet),
      at: trim(this.at),
      activity: trim(this.activity),
      activityKeys: this.activityKeys,
      activityNames: this.activityNames,
      name: trim(this.name),
      names: this.names,
      staffIndex: trim(this.staffIndex),
      mark: trim(this.mark),
    };
  }
}

function indexOf<T>(index: Map<T, number>, list: T[], value: T): number {
  let i = index.get(value);
  if (i === undefined) {
    i = list.length;
    index.set(value, i);
    list.push(value);
  }
  return i;
}

/** The i-th mark as a record. */
export function participationAt(t: ParticipationTable, i: number): ParticipationRecord {
  const a = t.activity[i]!;
  const s = t.staffIndex[i]!;
  return {
    sheetRef: t.sheets[t.sheet[i]!]!,
    at: t.at[i]!,
    activityKey: t.activityKeys[a]!,
    activityName: t.activityNames[a]!,
    name: t.names[t.name[i]!]!,
    staffIndex: s < 0 ? null : s,
    mark: MARKS[t.mark[i]!]!,
  };
}

/** The i-th mark's cell, as `participationRef` names it, without building the record. */
export const participationRefAt = (t: ParticipationTable, i: number): CellRef => participationRef({ sheetRef: t.sheets[t.sheet[i]!]!, at: t.at[i]! });

/** Every mark as a record, in the order read: for small consumers and tests, not for a district's millions. */
export function participationRows(t: ParticipationTable): ParticipationRecord[] {
  const out = new Array<ParticipationRecord>(t.length);
  for (let i = 0; i < t.length; i++) out[i] = participationAt(t, i);
  return out;
}

/** A table of the given records, in their order. */
export function participationTable(rows: Iterable<ParticipationRecord>): ParticipationTable {
  const b = new ParticipationBuilder();
  for (const p of rows) b.push(p);
  return b.finish();
}

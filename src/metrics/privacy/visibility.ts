/**
 * What the person looking may see of a metrics result. The server maps a role (and the
 * projector switch) to one of these; metrics cut the result down once, so every page, PDF
 * and export made from it shows the same.
 */
export interface Visibility {
  /** Staff names: absentees, mentoring pairs, young teachers without a mentor, task owners, proposers. */
  readonly names: boolean;
  /** 关爱慰问 activities by name; without, only their count and amounts. */
  readonly welfare: boolean;
  /** Data-quality messages, which quote cell contents (names among them). */
  readonly cells: boolean;
  /** Breakdowns by group hide groups of fewer people than the result's min_group_size. */
  readonly suppressSmallGroups: boolean;
}

export const EVERYTHING: Visibility = { names: true, welfare: true, cells: true, suppressSmallGroups: false };

/** What a cut-down result says it left out, so views can say "N 人" instead of a list. */
export interface Privacy {
  readonly names: boolean;
  readonly welfare: boolean;
  readonly cells: boolean;
  /** The threshold applied, or null when groups are shown whatever their size. */
  readonly min_group: number | null;
  readonly hidden: {
    readonly absentees: number;
    readonly mentoring_pairs: number;
    readonly unpaired_staff: number;
    readonly welfare_activities: number;
    /** Groups not shown on their own (merged into one row). */
    readonly groups: number;
  };
}

export const visibilityKey = (v: Visibility): string => `${+v.names}${+v.welfare}${+v.cells}${+v.suppressSmallGroups}`;

export const isEverything = (v: Visibility): boolean => visibilityKey(v) === visibilityKey(EVERYTHING);

/** Who is looking: their role, the projector switch, and what of a metrics result that lets them see. */
import type { Role } from '../../access/index.ts';
import type { Visibility } from '../../metrics/index.ts';

export interface Viewer {
  /** Null when the dashboard has no users (one chair on her own computer). */
  readonly name: string | null;
  readonly role: Role;
  /** 投影模式: names masked whatever the role. */
  readonly present: boolean;
  /** The token state-changing forms carry. */
  readonly csrf: string;
}

const BY_ROLE: Readonly<Record<Role, Visibility>> = {
  chair: { names: true, welfare: true, cells: true, suppressSmallGroups: false },
  committee: { names: true, welfare: false, cells: false, suppressSmallGroups: true },
  viewer: { names: false, welfare: false, cells: false, suppressSmallGroups: true },
};

export function visibilityOf(v: Pick<Viewer, 'role' | 'present'>): Visibility {
  const base = BY_ROLE[v.role];
  return v.present ? { ...base, names: false, welfare: false, cells: false } : base;
}

/** Downloads of the summary workbook (xlsx): the chair and the committee. */
export const mayDownloadWorkbook = (v: Viewer): boolean => v.role !== 'viewer';
/** The audit log page: the chair only. */
export const mayReadAudit = (v: Viewer): boolean => v.role === 'chair' && v.name !== null;

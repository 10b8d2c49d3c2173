/** Who is looking: their role, the projector switch, and what of a metrics result that lets them see. */
import { roleVisibility, type Role } from '../../access/index.ts';
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

export function visibilityOf(v: Pick<Viewer, 'role' | 'present'>): Visibility {
  const base = roleVisibility(v.role);
  return v.present ? { ...base, names: false, welfare: false, cells: false } : base;
}

/** Downloads of the summary workbook (xlsx): the chair and the committee. */
export const mayDownloadWorkbook = (v: Viewer): boolean => v.role !== 'viewer';
/** The audit log page: the chair only. */
export const mayReadAudit = (v: Viewer): boolean => v.role === 'chair' && v.name !== null;

/** What each role may see of a metrics result; the projector and the pushed briefing use these too. */
import type { Visibility } from '../metrics/privacy/visibility.ts';
import type { Role } from './roles.ts';

const BY_ROLE: Readonly<Record<Role, Visibility>> = {
  chair: { names: true, welfare: true, cells: true, suppressSmallGroups: false },
  committee: { names: true, welfare: false, cells: false, suppressSmallGroups: true },
  viewer: { names: false, welfare: false, cells: false, suppressSmallGroups: true },
};

export const roleVisibility = (role: Role): Visibility => BY_ROLE[role];

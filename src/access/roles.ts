/** The dashboard's roles: 主席 sees everything, 委员 all figures and absentee lists, 查看 figures only. */
export const ROLES = ['chair', 'committee', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (x: unknown): x is Role => typeof x === 'string' && (ROLES as readonly string[]).includes(x);

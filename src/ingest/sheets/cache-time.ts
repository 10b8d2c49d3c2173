import { zonedStamp } from '../../term/school-clock.ts';

/** `YYYY-MM-DD HH:mm` of a snapshot, on the spreadsheet's own clock (its time zone setting). */
export const formatCacheTime = (instant: string, timeZone: string | null | undefined): string => zonedStamp(new Date(instant), timeZone);

/** The term's 40 activities with their calendar dates. */
import { TERM } from './term.ts';
import { ACTIVITIES } from './vocab.ts';

export interface Activity {
  readonly name: string;
  readonly date: string;
  readonly category: string;
  readonly range: string;
}

export function planActivities(): Activity[] {
  const year = TERM.start.slice(0, 4);
  return ACTIVITIES.map((a) => ({ name: a.name, date: `${year}-${a.day}`, category: a.category, range: a.range }));
}

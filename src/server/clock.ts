/** The outside world the server reads: time and a place to log. Passed in, never global. */
import { schoolDate } from '../term/school-clock.ts';

export interface Clock {
  /** The current instant (for 更新于 and the banner's time). */
  readonly now: () => Date;
  /** Today in the school's calendar, `YYYY-MM-DD`. */
  readonly today: () => string;
}

export interface Logger {
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
}

export const systemClock: Clock = { now: () => new Date(), today: () => schoolDate(new Date()) };

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

// Dates as spans of days, and when two dates read from reports can be one decision's.
import type { Precision } from "../types.js";
import { precisionOf } from "../types.js";
import { dayNumber, lastDayNumber } from "../util/days.js";

/**
 * Two day-precise dates further apart than this are two decisions. Reports of one decision
 * lag it by days (a weekly, a translation, a date read from the publication day), rarely
 * by a month; a decision renewed or re-taken on the same subject is months apart.
 */
export const DAY_WINDOW = 30;

export { dayNumber, lastDayNumber };

export interface DateSpan {
  date: string;
  precision: Precision;
  start: number;
  end: number;
}

export const spanOf = (date: string): DateSpan => ({ date, precision: precisionOf(date), start: dayNumber(date), end: lastDayNumber(date) });

export const prefixRelated = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/**
 * Two dates can be one decision's when one contains the other (`2023-03` and `2023-03-10`),
 * or when both are days at most DAY_WINDOW apart. A month or a year never stretches: two
 * different months are two decisions, as are a month and a day outside it.
 */
export function compatibleDates(a: string, b: string): boolean {
  if (prefixRelated(a, b)) return true;
  return a.length === 10 && b.length === 10 && Math.abs(dayNumber(a) - dayNumber(b)) <= DAY_WINDOW;
}

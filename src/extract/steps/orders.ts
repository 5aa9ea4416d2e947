// A law, order or ban named right after a trigger ("blocked the Commerce Department's order",
// "anuló la ley que prohibía X"): read by the action step (a ban verb whose object is an order
// lifts it) and by the object step (a lift of a law takes what the law banned).
import type { CompiledLocale } from "../compile.js";
import { firstWords } from "../words.js";
import { LIFT_OBJECT_WORDS } from "../constants.js";

/** The words after a trigger up to `end` and the next comma, the first LIFT_OBJECT_WORDS of them, and the order named there. */
export function orderAfter(text: string, from: number, end: number, c: CompiledLocale): { segment: string; next: string; obj: { index: number; text: string } } | null {
  const segment = text.slice(from, end).split(/[,;]/)[0];
  const next = firstWords(segment, LIFT_OBJECT_WORDS);
  const obj = c.liftObject.exec(next);
  return obj ? { segment, next, obj } : null;
}

const DETERMINERS = new WeakMap<CompiledLocale, Set<string>>();

/** A locale's articles and determiners, lower case, built once. */
export function determinersOf(c: CompiledLocale): Set<string> {
  let d = DETERMINERS.get(c);
  if (!d) DETERMINERS.set(c, (d = new Set([...(c.locale.grammar?.articles ?? []), ...(c.locale.grammar?.determiners ?? [])].map((w) => w.toLowerCase()))));
  return d;
}

// A lift points at the ban (or advisory) it ends: of the same subject (jurisdiction and
// target, whatever the language or outlet that reported either), the latest one taken on
// or before the lift; an undated lift, the latest one taken before its first report; a ban
// without a date when no dated one fits.
import type { CanonicalEvent } from "./types.js";

const ENDED = new Set(["ban", "advisory"]);

export function linkLifts(events: CanonicalEvent[]): void {
  const ended = events.filter((e) => ENDED.has(e.action))
    .sort((a, b) => ((a.announced ?? "") < (b.announced ?? "") ? 1 : (a.announced ?? "") > (b.announced ?? "") ? -1 : a.key < b.key ? -1 : 1));
  if (!ended.length) return;
  for (const lift of events) {
    if (lift.action !== "lift") continue;
    const bound = lift.announced ?? lift.first_reported;
    // Latest first: the first dated ban not after the bound, else the first undated one.
    const prior = ended.find((b) => b.announced && (!bound || b.announced.slice(0, bound.length) <= bound))
      ?? ended.find((b) => !b.announced);
    if (prior) [lift.changesKey, lift.changeKind] = [prior.key, "lift"];
  }
}

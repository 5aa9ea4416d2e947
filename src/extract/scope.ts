// Which scope phrase of a sentence a ban mention takes. The phrase nearest to the trigger,
// but a specific phrase (work phones, the network, minors, private phones) beats "public"
// ones: generic words such as "download", "access to" or "blocked" say "everyone" only
// when nothing in the sentence says more precisely who is concerned.
import type { Scope } from "../types.js";

export interface ScopeHit {
  start: number;
  scope: Scope;
}

export function pickScope<H extends ScopeHit>(hits: H[], triggerStart: number): H | null {
  const nearest = (xs: H[]) =>
    xs.length ? xs.reduce((a, b) => (Math.abs(a.start - triggerStart) <= Math.abs(b.start - triggerStart) ? a : b)) : null;
  return nearest(hits.filter((h) => h.scope !== "public")) ?? nearest(hits);
}

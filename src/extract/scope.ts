// Which scope phrase of a sentence a ban mention takes. The phrase nearest to the trigger,
// in three tiers: a specific phrase (work phones, the network, minors, private phones)
// first; then a weak one the locale marks (the staff concerned, "civil servants": a ban of
// apps for government employees is one on the devices their employer manages); then
// "public" words ("download", "access to", "blocked"), which say "everyone" only when
// nothing in the sentence says more precisely who is concerned.
import type { Scope } from "../types.js";
import type { Locale } from "../locales/types.js";
import { formsSource } from "./patterns.js";

export interface ScopeHit {
  start: number;
  text: string;
  scope: Scope;
}

const weakCache = new WeakMap<Locale, RegExp | null>();
function weakForms(l: Locale): RegExp | null {
  if (weakCache.has(l)) return weakCache.get(l)!;
  const forms = l.scopes.filter((s) => s.weak).flatMap((s) => s.forms);
  const re = forms.length ? new RegExp(`^(?:${formsSource(forms)})$`, "iu") : null;
  weakCache.set(l, re);
  return re;
}

export function pickScope<H extends ScopeHit>(hits: H[], triggerStart: number, locale?: Locale): H | null {
  const nearest = (xs: H[]) =>
    xs.length ? xs.reduce((a, b) => (Math.abs(a.start - triggerStart) <= Math.abs(b.start - triggerStart) ? a : b)) : null;
  const weak = locale ? weakForms(locale) : null;
  const isWeak = (h: H) => !!weak && weak.test(h.text);
  return nearest(hits.filter((h) => h.scope !== "public" && !isWeak(h))) ?? nearest(hits.filter((h) => h.scope !== "public")) ?? nearest(hits);
}

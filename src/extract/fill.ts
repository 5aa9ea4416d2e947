// Event-level fields that an event's own sentences leave empty, filled only where a
// careful reader would draw the same conclusion; every fill names its rule id.
//
// Scope: the kind of restriction a decision is ("on work phones") is often said once for
// the article's main decision and not repeated for the same app banned elsewhere ("as the
// US and Canada did before") or for the other apps of the same decision.
// Announced: a main event with no date of its own takes the date of the event reported in
// the same sentence (one decision, several apps), else the publication date (news reports
// the decision it is about as it happens), at the precision the publication date is known.
import type { BanEvent, Mention, PartialDate, Scope } from "../types.js";
import { countryOf } from "../gazetteer/jurisdictions.js";

/** Actions whose scope may be read from another event: restrictions, not plans or lifts. */
const SCOPE_DONOR_ACTIONS = new Set(["ban", "advisory"]);

/**
 * The scope of one event from its mentions: the main reports before background ones, and a
 * specific scope (devices, network, minors) before "public", which generic words such as
 * "download" or "blocked" suggest even where the text says more precisely who is concerned.
 */
export function eventScope(ordered: Mention[]): { scope: Scope | null; from: Mention | null } {
  const withScope = ordered.filter((m) => m.scope);
  const tiers = [withScope.filter((m) => !m.background), withScope.filter((m) => m.background)];
  for (const tier of tiers) {
    const from = tier.find((m) => m.scope !== "public") ?? tier[0];
    if (from) return { scope: from.scope, from };
  }
  return { scope: null, from: null };
}

const sharesSentence = (a: BanEvent, b: BanEvent) => a.evidence.some((x) => b.evidence.some((y) => x.start === y.start));
/** b's sentence follows a's directly in the same paragraph ("... on their work phones. AliExpress and WeChat too."). */
const follows = (a: BanEvent, b: BanEvent) => a.evidence.some((x) => b.evidence.some((y) => y.start - x.end === 1));

/** What filling needs of the article: its publication date and the locale's date cues (assembleEvents passes it on). */
export interface FillContext {
  /** Publication date as known. */
  published: PartialDate | null;
  /** The first day the lead names in the week up to publication, read only when a main event lacks a date (lead-date.ts). */
  leadDate?: () => PartialDate | null;
  /** Whether a sentence reports a ban taking effect (the locale's in-force cues). */
  inForce?: (sentence: string) => boolean;
  /** Whether a sentence says the decision applies at once ("with immediate effect"). */
  immediate?: (sentence: string) => boolean;
  /** Whether a sentence starts the ban from a day ("from Sunday", "à compter de ce samedi"). */
  effectFromDay?: (sentence: string) => boolean;
  /** The country of the article's own place, read only when a main event lacks a date. */
  homeCountry?: () => string | null;
}

export function fillEvents(events: BanEvent[], ctx: FillContext): void {
  fillScopes(events);
  fillDates(events, ctx);
}

/** Actions that restrict everyone in the jurisdiction unless the text says whom they concern. */
const PUBLIC_BY_DEFAULT = new Set(["ban", "lift", "proposal"]);

function fillScopes(events: BanEvent[]): void {
  for (const e of events) {
    if (e.scope) continue;
    const same = (o: BanEvent) => o !== e && o.scope && o.action === e.action && o.actor.jurisdiction === e.actor.jurisdiction;
    // One decision, several apps: the scope said for one of them.
    let donor = events.find((o) => same(o) && (sharesSentence(o, e) || follows(o, e) || (o.main && e.main)));
    let rule = "scope.same-decision";
    // The same app restricted elsewhere in the article's main story's way ("previously banned by the US").
    if (!donor && SCOPE_DONOR_ACTIONS.has(e.action)) {
      donor = events.find((o) => o !== e && o.main && o.scope && SCOPE_DONOR_ACTIONS.has(o.action) && o.target.toLowerCase() === e.target.toLowerCase());
      rule = "scope.same-target";
    }
    if (donor) setScope(e, donor.scope!, rule, `${donor.actor.jurisdiction ?? "?"}|${donor.target}|${donor.action}`);
    // A ban the text narrows to no device, network, age or place covers everyone where it applies:
    // a national block, an import or sales ban, an app-store removal.
    else if (PUBLIC_BY_DEFAULT.has(e.action) && e.actor.jurisdiction) setScope(e, "public", "scope.default-public", e.actor.jurisdiction);
  }
}

function setScope(e: BanEvent, scope: Scope, rule: string, text: string): void {
  e.scope = scope;
  e.rules?.push(rule);
  if (e.why) e.why.scope = { rule, text };
}

/**
 * A report of a ban taking effect ("from 20 May menthol cigarettes are banned", "from Saturday", "comes into
 * force") is published when the ban starts, not when it was decided: its publication day dates
 * nothing ("effect"). A ban "with immediate effect" starts on the day it is decided, so an effective date
 * equal to the publication date does not count; one before it or in its month does. A start from a
 * day still to come ("from Sunday" in Friday's story) may be today's decision or an old one's
 * approaching start ("later"): only a day the lead names dates it.
 */
function reportsEffect(e: BanEvent, ctx: FillContext): "effect" | "later" | null {
  const eff = e.effective, pub = ctx.published;
  const n = eff && pub ? Math.min(eff.length, pub.length) : 0;
  // In force on the day of publication, without "with immediate effect": a story of the ban taking effect
  // ("sind Mentholzigaretten mit 20. Mai verboten"), decided earlier.
  if (n && (eff !== pub || !e.evidence.some((x) => ctx.immediate?.(x.text))) && eff!.slice(0, n) <= pub!.slice(0, n)) return "effect";
  if (e.evidence.some((x) => ctx.inForce?.(x.text))) return "effect";
  if (!e.evidence.some((x) => ctx.effectFromDay?.(x.text))) return null;
  return n > 0 && eff!.slice(0, n) > pub!.slice(0, n) ? "later" : "effect";
}

function fillDates(events: BanEvent[], ctx: FillContext): void {
  // Dates taken from the publication day are no evidence of a decision's date for its siblings.
  const fromPublication = new Set<BanEvent>();
  for (const e of events) {
    if (!e.main || e.announced || e.action === "proposal") continue;
    const sib = events.find((o) => o !== e && o.main && o.announced && o.action === e.action && o.actor.jurisdiction === e.actor.jurisdiction && sharesSentence(o, e))
      // the main decision's other targets, listed in another sentence of the story: its date, when it has one only
      ?? onlyDate(events.filter((o) => o !== e && o.main && o.announced && o.action === e.action && o.actor.jurisdiction === e.actor.jurisdiction && !fromPublication.has(o)));
    if (sib) {
      e.announced = sib.announced;
      e.rules?.push("date.sibling");
      if (e.why) e.why.announced = { rule: "date.sibling", text: `${sib.target}: ${sib.announced}` };
    } else if (ctx.published && !abroad(e, ctx)) {
      const effect = reportsEffect(e, ctx);
      if (effect === "effect") continue;
      const lead = ctx.leadDate?.() ?? null;
      if (effect === "later" && !lead) continue;
      const rule = lead ? "date.lead" : "date.published";
      e.announced = lead ?? ctx.published;
      e.rules?.push(rule);
      if (e.why) e.why.announced = { rule, text: e.announced };
      fromPublication.add(e);
    }
  }
}

/**
 * A main event of another country than the article's own ("Russia banned crypto mining" in a story of
 * Paraguay's senate): what the day of publication reports is the story's own decision, not that one.
 */
function abroad(e: BanEvent, ctx: FillContext): boolean {
  const home = ctx.homeCountry?.();
  const j = e.actor.jurisdiction;
  return !!home && !!j && j !== "EU" && home !== "EU" && countryOf(j) !== countryOf(home);
}

/** The one event of a set whose date all agree on, or none. */
function onlyDate(evs: BanEvent[]): BanEvent | undefined {
  return evs.length && evs.every((o) => o.announced === evs[0].announced) ? evs[0] : undefined;
}

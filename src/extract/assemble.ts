// Merges an article's mentions into the spec's events: one event per
// (jurisdiction, target, action), fields voted by the mentions, main vs background.
import type { BanEvent, Mention, Provenance } from "../types.js";
import { eventScope, fillEvents, type FillContext } from "./fill.js";
import { levelOf } from "../gazetteer/jurisdictions.js";

export const eventKey = (m: { actor: { jurisdiction: string | null }; target: string; action: string }) =>
  `${m.actor.jurisdiction ?? ""}|${m.target.toLowerCase()}|${m.action}`;
const decisionKey = (m: Mention) => `${m.actor.jurisdiction}|${m.action}`;

/**
 * Mentions that speak most directly come first: not background, named actor, earliest. A background
 * mention of the same key may tell an earlier step of the decision ("the House backed a ban on rockets
 * earlier this month"): a report of the news leads even where its decider is inferred.
 */
function rank(m: Mention): number {
  return (m.background ? 2 : 0) + (m.actorSource === "sentence" ? 0 : 1);
}

/** The article's date and the locale's date cues, used when events are filled (fill.ts). */
export type AssembleContext = FillContext;

/**
 * A lift applies where the ban it ends did. A court in a state stopping the country's ban ("a
 * judge in Pennsylvania suspended the Commerce Department's order") lifts the country's; a national
 * court striking down a state's law ("O STF derrubou a lei de Rondônia que proibia X") lifts the
 * state's: the one its sentence tells, or the only one the article tells.
 */
function liftWhereBanned(mentions: Mention[]): void {
  for (const m of mentions) {
    const jur = m.actor.jurisdiction;
    if (m.action !== "lift" || !jur) continue;
    const t = m.target.toLowerCase();
    const bans = mentions.filter((o) => o.action === "ban" && o.target.toLowerCase() === t);
    if (bans.some((o) => o.actor.jurisdiction === jur)) continue;
    const country = jur.split("-")[0];
    // A national lift ends a state's ban told with it or dated before it, not a later one ("after the
    // Bundestag's legalisation, Bavaria banned ...").
    const before = bans.filter((o) => o.sentence === m.sentence || (!!o.announced && !!m.announced && o.announced < m.announced));
    const states = [...new Set(before.map((o) => o.actor.jurisdiction).filter((j): j is string => !!j?.startsWith(`${country}-`)))];
    const where = jur.includes("-") ? (bans.some((o) => o.actor.jurisdiction === country) ? country : null)
      : before.find((o) => o.sentence === m.sentence && states.includes(o.actor.jurisdiction!))?.actor.jurisdiction ?? (states.length === 1 ? states[0] : null);
    if (!where) continue;
    m.actor = { ...m.actor, jurisdiction: where, level: levelOf(where) };
    m.rules.push("actor.lifted-ban");
    m.why.actor = { rule: "actor.lifted-ban", text: where };
  }
}

/**
 * A headline "Milano, da oggi vietato fumare" (the article's country by default) and "a Milano è
 * vietato fumare" (Lombardy's code, named): one decision. A headline's mention that took the
 * article's country only by default joins the one region of that country that another mention of
 * the same target and action names (in the body, a national decision and a region's are two).
 * And "Seattle bans gas stoves ... The city council also voted to ban plastic bags": a local body
 * named without its place decides for the one town the article names deciding.
 */
function defaultsToNamedRegion(mentions: Mention[]): void {
  for (const m of mentions) {
    const jur = m.actor.jurisdiction;
    // A local body named without its place ("the city council", "de gemeenteraad") is the town's the article names deciding.
    const local = m.actor.level === "local" && m.actorSource !== "sentence";
    if (!local && (!jur || !m.inTitle || m.why.actor?.rule !== "actor.article-default")) continue;
    if (jur?.includes("-")) continue;
    const named = mentions.filter((o) => (local ? o.actor.level === "local" : o.action === m.action && o.target === m.target)
      && o.actorSource === "sentence" && !!o.actor.jurisdiction?.startsWith(jur ? `${jur}-` : "") && o.actor.jurisdiction.includes("-"));
    let regions = new Map(named.map((o) => [o.actor.jurisdiction, o.actor]));
    // A headline's decision is the one the first paragraph tells ("New York interdit le foie gras. Le conseil
    // municipal de New York a adopté ..."); regions named further down are other deciders of the same target.
    if (regions.size > 1 && m.inTitle) regions = new Map(named.filter((o) => o.paragraph === 0).map((o) => [o.actor.jurisdiction, o.actor]));
    if (regions.size !== 1) continue;
    adoptRegion(m, regions.values().next().value!);
  }
}

/** A mention takes the named region's (or city's) jurisdiction and level, with the rule that says so. */
function adoptRegion(m: Mention, region: Mention["actor"]): void {
  m.actor = { ...m.actor, jurisdiction: region.jurisdiction, level: region.level };
  m.rules.push("actor.named-region");
  m.why.actor = { rule: "actor.named-region", text: region.jurisdiction! };
}

/**
 * "Amsterdam verbant cruiseschepen uit de binnenstad ... Grote zeecruiseschepen mogen niet meer aanmeren":
 * a body mention that took the article's country by default tells the decision its headline gives to a
 * city of that country, for the same target and action.
 */
function joinsHeadlineCity(mentions: Mention[]): void {
  const cities = mentions.filter((o) => o.inTitle && o.actorSource === "sentence" && o.actor.level === "local" && o.actor.jurisdiction?.includes("-"));
  if (!cities.length) return;
  for (const m of mentions) {
    const jur = m.actor.jurisdiction;
    if (m.inTitle || !jur || m.why.actor?.rule !== "actor.article-default") continue;
    const city = cities.find((o) => o.action === m.action && o.target === m.target && o.actor.jurisdiction!.startsWith(`${jur}-`));
    if (city) adoptRegion(m, city.actor);
  }
}

/**
 * "een verbod op de invoer van Russische olie. Het embargo geldt voor olie die per schip ...": a later
 * mention of the same decider and action naming a category that an earlier mention named by its origin
 * is that target, not a wider one.
 */
function originNamedBefore(mentions: Mention[]): void {
  for (const m of mentions) {
    const named = mentions.find((o) => o.sentence < m.sentence && namesLonger(o, m, ORIGIN));
    if (named) renameTarget(m, named.target, "target.origin-before");
  }
}
/** A demonym ("Russian ") before a category. */
const ORIGIN = /^\p{Lu}\p{Ll}+ $/u;

/** Whether `o`, of the same decider and action as `m`, names m's target with words before it that `prefix` accepts. */
const namesLonger = (o: Mention, m: Mention, prefix: RegExp) => o.action === m.action && o.actor.jurisdiction === m.actor.jurisdiction
  && o.target.endsWith(` ${m.target}`) && prefix.test(o.target.slice(0, o.target.length - m.target.length));

/** The mention's target becomes the longer name, with the rule that says so. */
function renameTarget(m: Mention, target: string, rule: string): void {
  m.target = target;
  m.rules.push(rule);
  m.why.target = { rule, text: target };
}

/**
 * "banned assault weapons ... the weapons must be handed in", "menthol cigarettes ... cigarettes": a category that
 * ends the one target of the same decider and action named more precisely, at a time that does not differ,
 * is that target, named short.
 */
function shortForNamed(mentions: Mention[]): void {
  const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
  for (const m of mentions) {
    if (m.knownTarget) continue;
    const longer = new Set(mentions.filter((o) => compatible(o.announced, m.announced) && namesLonger(o, m, SPECIFIER)).map((o) => o.target));
    if (longer.size === 1) renameTarget(m, [...longer][0], "target.named-short");
  }
}
/** One to three lower-case words (a modifier, not an origin's name) before a category. */
const SPECIFIER = /^(?:\p{Ll}[\p{L}\p{N}'’-]*\s){1,3}$/u;

/**
 * "Nigeria banned Twitter in 2021 and lifted the ban seven months later": a lift without a date of
 * its own, told in the sentence of an earlier, dated ban it ends, is as old as that story: background.
 */
function undatedLiftsOfOldBans(mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.action !== "lift" || m.background || m.announced) continue;
    const ban = mentions.find((o) => o.sentence === m.sentence && o.action === "ban" && o.background && o.announced
      && o.target === m.target && o.actor.jurisdiction === m.actor.jurisdiction);
    if (!ban) continue;
    m.background = true;
    m.why.background = ban.why.background;
  }
}

/** The events the article is about: what its headline and lead report (not as background), and the same decision's other targets. */
function mainEvents(mentions: Mention[], groups: Map<string, Mention[]>, leadParagraphs: number): Set<string> {
  // A headline that reports a decision names the story: the lead's other decisions count only where they
  // share its decider or its target ("Nepal bans TikTok" makes no main story of "India banned it in 2020").
  const titled = mentions.filter((m) => m.inTitle && !m.background);
  const ofStory = (m: Mention) => m.inTitle || !titled.length || titled.some((t) => t.actor.jurisdiction === m.actor.jurisdiction || t.target === m.target);
  const main = new Set(mentions.filter((m) => (m.inTitle || m.paragraph < leadParagraphs) && !m.background && ofStory(m)).map(eventKey));
  // Failing that, the first decision the headline or lead reports; one the article tells only further down, as
  // background, is no story of its own ("Parlamento chumba proibição ... A Catalunha proibiu as touradas em 2010").
  if (!main.size) {
    const first = mentions.find((m) => !m.background) ?? mentions.find((m) => m.inTitle || m.paragraph < leadParagraphs);
    if (first) main.add(eventKey(first));
  }
  // One decision covering several targets ("TikTok, Netflix and Candy Crush"): a sentence
  // that reports a main event makes its coordinated siblings main too.
  const mainSentences = new Set(mentions.filter((m) => main.has(eventKey(m)) && !m.background).map((m) => m.sentence));
  // Sentence and decision of every mention of a main event, kept up to date as events join (linear, not a scan per mention).
  const at = (m: Mention) => `${m.sentence}|${decisionKey(m)}`;
  const mainAt = new Set(mentions.filter((m) => main.has(eventKey(m))).map(at));
  for (const m of mentions) {
    const k = eventKey(m);
    if (main.has(k) || !mainSentences.has(m.sentence) || m.background || !mainAt.has(at(m))) continue;
    main.add(k);
    for (const o of groups.get(k)!) mainAt.add(at(o));
  }
  // The same decision's other targets listed in a later sentence ("Parmi les applications désormais
  // bannies figure ... Candy Crush"), stated as news by a verb naming a known target itself: a ban
  // noun or "these apps" refers back to a decision, maybe an older one (but "this ban" to the story's own), and a target the article
  // also reports as banned before ("was al verboden") is not today's.
  const decisions = new Set(mentions.filter((m) => main.has(eventKey(m)) && !m.background && m.actor.jurisdiction).map(decisionKey));
  // A mention dated apart from every main mention is another decision ("o próprio Moraes mandou bloquear o Telegram em março de 2022").
  const mainDates = mentions.filter((m) => main.has(eventKey(m)) && !m.background && m.announced).map((m) => m.announced!);
  const sameTime = (m: Mention) => !m.announced || mainDates.some((d) => d.startsWith(m.announced!) || m.announced!.startsWith(d));
  for (const m of mentions)
    if (!m.background && (m.triggerKind === "verb" && m.knownTarget || m.refersBack) && decisions.has(decisionKey(m)) && sameTime(m)
      && !groups.get(eventKey(m))!.some((o) => o.background && o.targetSource !== "previous")) main.add(eventKey(m));
  for (const k of [...main]) {
    const [jur, target, action] = k.split("|");
    // A story about lifting a ban reports the ban itself as what came before.
    if (action === "lift") main.delete(`${jur}|${target}|ban`);
    // The plan of a ban the story reports as taken is its prehistory ("the law that could lead to a ban").
    if (action === "ban") main.delete(`${jur}|${target}|proposal`);
  }
  return main;
}

/** One event from its mentions: the most direct report leads, each field from the first that has it. */
function toEvent(group: Mention[], main: boolean): BanEvent {
  const ordered = [...group].sort((a, b) => rank(a) - rank(b) || a.sentence - b.sentence);
  const lead = ordered[0];
  const why: Provenance = { action: lead.why.action, target: lead.why.target, actor: lead.why.actor, background: lead.why.background };
  // A main event's background mention tells another step of the decision ("earlier this month"): its
  // date and body count only where no mention reports the decision as news.
  const news = main && ordered.some((m) => !m.background) ? ordered.filter((m) => !m.background) : ordered;
  const first = <K extends "audience" | "announced" | "effective" | "deadline" | "expires" | "duration">(f: K): Mention[K] | null => {
    const m = news.find((x) => x[f] != null);
    if (m?.why[f]) why[f] = m.why[f];
    return m ? m[f] : null;
  };
  const named = news.find((m) => m.actor.name);
  const scope = eventScope(ordered);
  if (scope.from?.why.scope) why.scope = scope.from.why.scope;
  const evidence = [...new Map(group.filter((m) => !m.inTitle).map((m) => [m.evidence.start, m.evidence])).values()].sort((a, b) => a.start - b.start);
  return {
    action: lead.action, target: lead.target,
    actor: { jurisdiction: lead.actor.jurisdiction, level: lead.actor.level, name: named?.actor.name ?? null },
    scope: scope.scope, audience: first("audience"), announced: first("announced"), effective: first("effective"),
    deadline: first("deadline"), expires: first("expires"), duration: first("duration"),
    main, evidence, rules: [...new Set(group.flatMap((m) => m.rules))],
    why: Object.fromEntries(Object.entries(why).filter(([, v]) => v)) as Provenance,
  };
}

export function assembleEvents(read: Mention[], leadParagraphs: number, ctx: AssembleContext = { published: null }): BanEvent[] {
  // An earlier decision about something no list knows is an aside the story passes by ("had
  // earlier banned television soaps"): reported only when the article tells it as news.
  // The opening sentence tells the news even in the perfect ("Thailand has banned the import of e-waste").
  // A name ("had blocked X on 17 February") is no such aside: names are what gets blocked.
  const mentions = read.filter((m) => !(m.background && m.openTarget && !/^[\p{Lu}\p{N}]/u.test(m.target)) || m.inTitle || m.sentence === 0);
  liftWhereBanned(mentions);
  defaultsToNamedRegion(mentions);
  joinsHeadlineCity(mentions);
  undatedLiftsOfOldBans(mentions);
  originNamedBefore(mentions);
  shortForNamed(mentions);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const g = groups.get(eventKey(m));
    if (g) g.push(m);
    else groups.set(eventKey(m), [m]);
  }
  const main = mainEvents(mentions, groups, leadParagraphs);
  const events = [...groups].map(([k, group]) => toEvent(group, main.has(k)));
  // Fields an event's own sentences leave empty, where the article settles them (fill.ts).
  fillEvents(events, ctx);
  // Main events first, then in reading order.
  return events.sort((a, b) => Number(b.main) - Number(a.main) || (a.evidence[0]?.start ?? -1) - (b.evidence[0]?.start ?? -1));
}

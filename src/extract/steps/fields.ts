// Step 6 — the fields of a mention: background or news, scope, audience and dates.
import type { BanEvent, Fired, PartialDate } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Candidate } from "./candidates.js";
import type { SentenceFacts } from "./facts.js";
import type { DateHit, DateRole } from "../dates.js";
import { saysImmediate } from "../dates.js";
import { pickScope } from "../scope.js";
import { coordinatedVerbAt } from "../frames.js";
import { fired } from "../rules.js";
import { firstWords, lastWords } from "../words.js";
import { BEFORE_TRIGGER_DATE_WEIGHT, BARE_YEAR_OPENING_CHARS, BACKGROUND_AFTER_WORDS, BACKGROUND_BEFORE_WORDS, MOTIVE_BEFORE_WORDS } from "../constants.js";
import type { ScopeHit } from "../scope.js";
import { dayNumber, lastDayNumber } from "../../util/days.js";

/**
 * Background: a cue close to the trigger ("had already banned", "banned last year"), not
 * anywhere in a long sentence whose main clause reports today's decision. With no decider
 * of its own, "also" adds a target to the story's decision ("Twitter ... est également mis
 * à l'index"); "Canada also banned it" stays background.
 */
export function backgroundCue(x: Candidate, f: SentenceFacts, hasDecider: boolean, c: CompiledLocale): Fired | null {
  const t = f.s.text;
  // A follow cue ("Following the example of France, Spain bans ...") names the models, not a background: its words are no cue.
  const before = withoutFollow(lastWords(t.slice(x.clauseStart, x.rel), BACKGROUND_BEFORE_WORDS), c);
  const window = before + " " + firstWords(t.slice(x.rel, x.clauseEnd), BACKGROUND_AFTER_WORDS + 1);
  const cue = c.background.exec(window) ?? c.backgroundBefore?.exec(before);
  if (!cue) return null;
  const plain = (s: string) => s.replace(c.grammar.additive, " ");
  if (!hasDecider && !c.background.test(plain(window)) && !c.backgroundBefore?.test(plain(before))) return null;
  // "hat nun auch Belgien ... verboten", "now also bans": the additive adds a newcomer to today's story.
  if (c.now?.test(window) && !c.background.test(plain(window)) && !c.backgroundBefore?.test(plain(before))) return null;
  return fired("cue.background", c.locale.code, cue.text);
}

function withoutFollow(text: string, c: CompiledLocale): string {
  if (!c.follow) return text;
  let out = text;
  for (const m of c.follow.find(text, 0)) out = out.slice(0, m.start) + " ".repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

/** Whether a date starts after another ends ("2018-03" after "2017-12-11"; "2017-12" is not). */
const laterThan = (d: PartialDate, ref: PartialDate | null) => !!ref && dayNumber(d) > lastDayNumber(ref);

/** Up to three words right before an audience noun ("federal public service personnel"). */
const AUDIENCE_WORDS = /(?:[\p{L}-]+\s+){0,3}$/u;

/** The event model's fields a trigger's sentence gives, each with what set it. */
type FieldName = "scope" | "audience" | "announced" | "effective" | "deadline" | "expires" | "duration";
export type Fields = Pick<BanEvent, FieldName> & { why: Partial<Record<FieldName, Fired>> };

/**
 * The date of a role nearest to the trigger, among the dates no other trigger of the sentence
 * stands nearer to: "the UK banned it on March 16, after the US" gives March 16 to the UK only.
 */
function nearestDate(f: SentenceFacts, role: DateRole, x: Candidate, lift: boolean, c: CompiledLocale) {
  const at = { start: x.hit.start, end: x.hit.end };
  // A date after a verb belongs to it, not to a verb coordinated after it ("banned Twitter in 2021 and lifted
  // the ban seven months later"); one that precedes a trigger counts half again as far. After a trigger the
  // distance runs from its last word, so a long form ("ha dejado en suspenso este lunes el bloqueo") is as near as a short one.
  const dist = (d: DateHit, t: { start: number; end: number }) => {
    if (d.start >= t.start) return Math.max(0, d.start - t.end);
    return c.coordinated.test(f.s.text.slice(d.end - f.s.start, t.start - f.s.start)) ? Infinity : (t.start - d.start) * BEFORE_TRIGGER_DATE_WEIGHT;
  };
  // A bare year ("in 2016") dates many things: only one in the trigger's own clause counts, with no comma
  // between them unless it opens the sentence ("In 2022, Russia blocked ...").
  const inClause = (d: DateHit) => {
    if (!d.bareYear) return true;
    const rel = d.start - f.s.start;
    const between = f.s.text.slice(Math.min(rel, x.rel), Math.max(rel, x.rel));
    return rel >= x.clauseStart && rel < x.clauseEnd && (!/[,;:]/.test(between) || rel < BARE_YEAR_OPENING_CHARS);
  };
  // "an end to the ban imposed in April 2017": the ban's date, not the lift's.
  const all = f.dates.filter((d) => d.role === role && !(lift && d.imposed) && inClause(d) && f.triggerSpans.every((t) => dist(d, at) <= dist(d, t)));
  // A date in the trigger's own clause before one across a clause break ("..., whereas Saudi Arabia banned it in March 2014").
  const own = all.filter((d) => d.start - f.s.start >= x.clauseStart && d.start - f.s.start < x.clauseEnd);
  const cands = own.length ? own : all;
  return cands.length ? cands.reduce((a, b) => (dist(a, at) <= dist(b, at) ? a : b)) : null;
}

export function readFields(x: Candidate, f: SentenceFacts, published: PartialDate | null, c: CompiledLocale): Fields {
  const l = c.locale;
  const why: Fields["why"] = {};
  // Scope: the phrase nearest to the trigger, a specific one before "public" (scope.ts), from
  // the trigger's own clause when it has one: "ban vapes, and fine those who sell to minors"
  // says nothing of whom the ban concerns.
  const end = c.frames ? coordinatedVerbAt(f.s.text, x.rel + x.hit.text.length, x.clauseEnd, c.frames) : x.clauseEnd;
  const from = f.s.start + x.clauseStart, to = f.s.start + end;
  // "por supuestamente engañar a los jóvenes": minors named as the reason are not whom the ban concerns.
  const reason = (h: ScopeHit) => h.scope === "minors" && !!c.motive?.test(lastWords(f.s.text.slice(x.clauseStart, Math.max(x.clauseStart, h.start - f.s.start)), MOTIVE_BEFORE_WORDS));
  const scopes = f.scopes.filter((h) => !reason(h));
  const own = scopes.filter((h) => h.start >= from && h.start < to);
  const ours = end < x.clauseEnd ? scopes.filter((h) => h.start < to) : scopes;
  const scope = pickScope(own.length ? own : ours, x.hit.start, l);
  if (scope) why.scope = fired("scope.phrase", l.code, scope.text);
  const noun = c.audience.exec(f.s.text);
  const phrase = noun ? (AUDIENCE_WORDS.exec(f.s.text.slice(Math.max(0, noun.index - 80), noun.index))![0] + noun.text).trim() : null;
  const audience = phrase ? phrase.replace(c.grammar.leadingArticle, "") : null;
  if (phrase) why.audience = fired("audience.noun", l.code, phrase);
  const dates: Record<DateRole, PartialDate | null> = { announced: null, effective: null, deadline: null, expires: null };
  for (const role of ["announced", "effective", "deadline", "expires"] as const) {
    const d = nearestDate(f, role, x, x.rule.action === "lift", c);
    if (!d) continue;
    dates[role] = d.value;
    why[role] = { rule: d.rule, text: d.text };
  }
  // A form reporting the effect ("went dark on Sunday") dates the day it took effect, not the decision;
  // and no decision is announced after the story reporting it: a later day is when it takes effect
  // ("les premières salles ouvriront en mars prochain").
  if (dates.announced && (x.rule.effect || laterThan(dates.announced, published))) {
    dates.effective ??= dates.announced;
    why.effective ??= why.announced;
    dates.announced = null;
    delete why.announced;
  }
  if (!dates.effective && saysImmediate(f.s.text, l)) {
    dates.effective = dates.announced ?? published;
    if (dates.effective) why.effective = fired("date.immediate", l.code, dates.effective);
  }
  if (f.duration) why.duration = fired("duration.phrase", l.code, f.duration);
  return { scope: scope?.scope ?? null, audience, ...dates, duration: f.duration, why };
}

// The language-neutral engine: finds ban mentions sentence by sentence with a compiled
// locale, as a short pipeline of named steps (src/extract/steps/):
//   facts -> candidate triggers -> suppressors -> action -> targets -> deciders -> fields -> mentions
// The only state carried from one sentence to the next is the Discourse below; the only
// state carried from one trigger to the next within a sentence is what it governs.
import type { Mention } from "../types.js";
import type { CompiledLocale } from "./compile.js";
import type { Sentence } from "./sentences.js";
import type { SentenceTrace, Trace } from "./trace.js";
import { readFacts, readTargets, type SentenceFacts, type SentenceTargets } from "./steps/facts.js";
import type { KeyedHit } from "./patterns.js";
import { followMentions } from "./steps/follow.js";
import { extensionMentions } from "./steps/extension.js";
import { candidates, type Candidate } from "./steps/candidates.js";
import { attributeDecision } from "./steps/attribution.js";
import { governAdvice, inName, NOTHING_GOVERNED, personalMatter, platformSubject, suppressed, yesNoQuestion, type Governed } from "./steps/suppress.js";
import { classifyAction } from "./steps/action.js";
import { chooseTargets, claimNounTargets, type PreviousTargets } from "./steps/objects.js";
import { chooseDeciders, pluralSubject, type ArticleFrame } from "./steps/deciders.js";
import { backgroundCue, readFields, type Fields } from "./steps/fields.js";
import { makeMentions } from "./steps/mentions.js";
import { gappedMentions } from "./steps/gapping.js";
import { findDuration } from "./dates.js";
import { fired, ruleId, type Fired } from "./rules.js";
import { dayNumber, lastDayNumber } from "../util/days.js";
import type { PartialDate } from "../types.js";
import { EARLIER_DECISION_DAYS, MAX_MENTIONS_PER_ARTICLE, PREVIOUS_TARGET_SENTENCES } from "./constants.js";
import type { TargetHit } from "./targets.js";
import { isAmbiguousName, isCategory, isCued } from "./targets.js";
import { escapeRegExp } from "./words.js";

export type { ArticleFrame as ExtractContext } from "./steps/deciders.js";

/** What the text said before the current sentence, for references ("these apps", "It was issued for six months"). */
interface Discourse {
  /** The last sentences, newest last, each with what "it" would refer to there (read only when asked: most sentences are never referred to). */
  history: { sentence: number; names: () => string[] }[];
  lastInParagraph: Mention | null;
  /** The last mention whose sentence named its place: what a rule noun opening a later sentence refers to. */
  lastPlaced: Mention | null;
  /** The paragraph a precedent cue opened ("It is not the first time ..."): its mentions from there on are background. */
  precedentParagraph: number;
  titleTargets: string[];
  /** Names the article introduces after a cue anywhere ("der Messengerdienst Zangi"), as one pattern, read once when first needed. */
  cuedNames: () => RegExp | null;
  /** Each sentence's triggers and targets, read once (the cued names' pass and the main pass share them). */
  triggersOf: (s: Sentence) => KeyedHit[];
  targetsOf: (s: Sentence) => SentenceTargets;
  /** The mentions read so far in one sentence. */
  mentionsOf: (sentence: number) => Mention[];
}

/** A function of a sentence, computed once per sentence of an article. */
function perSentence<T>(read: (s: Sentence) => T): (s: Sentence) => T {
  const seen = new Map<Sentence, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = read(s)));
    return v;
  };
}

/** The targets the text named last before a sentence, within reach of a reference. */
function previousOf(d: Discourse): PreviousTargets | null {
  for (let i = d.history.length - 1; i >= 0; i--) {
    const names = d.history[i].names();
    if (names.length) return { names, sentence: d.history[i].sentence };
  }
  return null;
}

function remember(d: Discourse, sentence: number, names: () => string[]): void {
  let memo: string[] | null = null;
  d.history.push({ sentence, names: () => (memo ??= names()) });
  if (d.history.length > PREVIOUS_TARGET_SENTENCES + 1) d.history.shift();
}

/**
 * A mention whose own date ends months before the publication reports an earlier decision
 * ("Russia blocked Facebook and Instagram in 2022", in 2024): background, whatever its paragraph.
 */
function datedEarlier(announced: PartialDate | null, published: PartialDate | null): Fired | null {
  if (!announced || !published || published.length < 7) return null;
  return lastDayNumber(announced) < dayNumber(published) - EARLIER_DECISION_DAYS ? fired("date.earlier", "", announced) : null;
}

/** An undated ban in force since months before the publication ("seit 2005 verboten") is an earlier decision too. */
function inForceEarlier(effective: PartialDate | null, published: PartialDate | null): Fired | null {
  const earlier = datedEarlier(effective, published);
  return earlier && fired("date.in-force-earlier", "", earlier.text);
}

/** Fields without the dates read before a position of the sentence. */
function datedAfter(fields: Fields, f: SentenceFacts, from: number): Fields {
  const out = { ...fields, why: { ...fields.why } };
  for (const role of ["announced", "effective", "deadline", "expires"] as const) {
    const hit = f.dates.find((d) => d.text === fields.why[role]?.text);
    if (hit && hit.start < from) {
      out[role] = null;
      delete out.why[role];
    }
  }
  return out;
}

/** One trigger through steps 2–7: its mentions, or the rule that dropped it. */
function readTrigger(x: Candidate, f: SentenceFacts, g: Governed, claimed: Map<number, TargetHit[]>, previous: PreviousTargets | null, si: number, inTitle: boolean,
  frame: ArticleFrame, c: CompiledLocale) {
  const lang = c.locale.code;
  const drop = (why: { rule: string; text: string }, governed: Governed) => ({ mentions: [] as Mention[], dropped: why, governed });
  const governed = governAdvice(x, g, f.s.start);
  const sup = suppressed(x, g, c) ?? platformSubject(x, f, c) ?? yesNoQuestion(x, f, c) ?? inName(x, f, c) ?? personalMatter(x, f, c);
  if (sup) return drop(sup, governed);
  const act = classifyAction(x, f.s.text, f.s.start, governed, c);
  if ("dropped" in act) return drop(act.dropped, act.governed);
  const tv = chooseTargets(x, f, claimed, previous, si, act.lift !== null || !!act.endsBan, c);
  if ("dropped" in tv) return drop(tv.dropped, act.governed);
  const deciders = chooseDeciders(x, f, act.lift, frame, c);
  const plural = deciders.source === "article" ? pluralSubject(x, f, c) : null;
  if (plural) return drop(plural, act.governed);
  // The ban a lift ends ("hat ... die Sperre gegen Telegram aufgehoben") is dated only by what follows its noun ("décidée le 17 février").
  const ended = x.hit.start < g.endedUntil && act.action === "ban";
  const read = readFields(x, f, frame.published, c);
  const fields = ended ? datedAfter(read, f, x.hit.start) : read;
  const background = backgroundCue(x, f, deciders.source === "sentence", c) ?? datedEarlier(fields.announced, frame.published) ??
    (fields.announced ? null : inForceEarlier(fields.effective, frame.published)) ??
    (ended ? fired("lift.ended-ban", lang, x.hit.text) : null);
  const mentions = makeMentions({ x, si, inTitle, action: act.action, actionWhy: act.why, cues: act.cues, targets: tv.targets,
    previous: tv.previous, deciders, background, fields, lang }, f);
  return { mentions, dropped: null, governed: act.governed };
}

/** A sentence with no trigger may complete the one before ("It was issued for six months"). */
function carryDuration(s: Sentence, d: Discourse, c: CompiledLocale): void {
  const m = d.lastInParagraph;
  if (!m || m.paragraph !== s.paragraph || m.duration) return;
  const dur = findDuration(s.text, c.locale);
  if (!dur) return;
  m.duration = dur;
  const rule = ruleId("duration.next-sentence", c.locale.code);
  m.rules.push(rule);
  m.why.duration = { rule, text: dur };
}

function readSentence(s: Sentence, si: number, inTitle: boolean, d: Discourse, frame: ArticleFrame, c: CompiledLocale, trace?: SentenceTrace): Mention[] {
  const triggers = d.triggersOf(s);
  const follows = !!c.follow?.test(s.text);
  if (c.precedent?.test(s.text)) d.precedentParagraph = s.paragraph;
  if (!triggers.length && !follows) {
    carryDuration(s, d, c);
    const last = d.lastInParagraph;
    if (last && c.attribution) attributeDecision(s, si, d.mentionsOf(last.sentence), frame.published, c, (v) => !!datedEarlier(v, frame.published));
    const more = extensionMentions(s, si, inTitle, () => withCuedNames(d.targetsOf(s), s, d.cuedNames(), c), d.lastInParagraph, c);
    if (more.length) d.lastInParagraph = more[more.length - 1];
    remember(d, si, () => d.targetsOf(s).current);
    return more;
  }
  const targets = withCuedNames(d.targetsOf(s), s, d.cuedNames(), c);
  const before = previousOf(d);
  const last = d.lastPlaced;
  const recent = before && si - before.sentence <= PREVIOUS_TARGET_SENTENCES ? before.names : d.titleTargets;
  // Others followed in banning the named things; a category beside a name is where ("TikTok des téléphones cellulaires").
  const named = targets.all.filter((x) => !isCategory(x));
  const followed = (named.length ? named : targets.all).map((x) => x.name);
  const out = follows ? followMentions(s, si, inTitle, followed.length ? [...new Set(followed)] : recent, c) : [];
  if (triggers.length) out.push(...asPrecedents(ofRuleAnaphor(readTriggers(s, si, inTitle, triggers, targets, before, d, frame, c, trace), s, si, last, c), s, d, c));
  else carryDuration(s, d, c);
  // A category becomes what "they" refers to only once a trigger bans it: in "reusable vapes stay, disposable
  // ones go" the categories are a contrast.
  const banned = out.filter((m) => m.sentence === si && !m.knownTarget && m.targetSource === "named").map((m) => m.target);
  const names = [...new Set([...targets.current, ...banned])];
  remember(d, si, () => names);
  return out;
}

/** How far back a rule noun opening a sentence reaches for the decision it names: the sentence before, or one more between. */
const RULE_ANAPHOR_SENTENCES = 2;

/**
 * "California outlawed Red No. 3 in October 2023. The law, which takes effect in 2027, also prohibits X": a
 * sentence opening with a definite rule noun, naming no place, reports more of the decision a sentence just
 * before named its place for: that decision's jurisdiction, and its date where the sentence gives none.
 */
function ofRuleAnaphor(ms: Mention[], s: Sentence, si: number, last: Mention | null, c: CompiledLocale): Mention[] {
  const noun = last && si - last.sentence <= RULE_ANAPHOR_SENTENCES ? c.ruleAnaphor?.exec(s.text)?.[0].trim() : null;
  if (!noun || !last) return ms;
  const rule = ruleId("actor.rule-anaphor", c.locale.code);
  for (const m of ms) {
    if (m.sentence !== si || m.actorSource !== "article") continue;
    m.actor = { ...last.actor };
    m.actorSource = "sentence";
    m.rules.push(rule);
    m.why.actor = { rule, text: noun };
    if (!m.announced && last.announced) {
      m.announced = last.announced;
      m.why.announced = { rule, text: last.announced };
    }
    if (last.background && !m.background) {
      m.background = true;
      m.why.background = { rule, text: last.target };
    }
  }
  return ms;
}

/** Mentions after a precedent cue in their paragraph ("Não é a primeira vez que ...") tell earlier decisions. */
function asPrecedents(ms: Mention[], s: Sentence, d: Discourse, c: CompiledLocale): Mention[] {
  if (d.precedentParagraph !== s.paragraph || s.paragraph < 0) return ms;
  const why = fired("cue.precedent", c.locale.code, c.precedent?.exec(s.text)?.text ?? "");
  for (const m of ms) {
    if (m.background) continue;
    m.background = true;
    m.why.background = why;
    m.rules.push(why.rule);
  }
  return ms;
}

function readTriggers(s: Sentence, si: number, inTitle: boolean, triggers: KeyedHit[], targets: SentenceTargets, before: PreviousTargets | null,
  d: Discourse, frame: ArticleFrame, c: CompiledLocale, trace?: SentenceTrace): Mention[] {
  const out: Mention[] = [];
  const f = readFacts(s, targets, triggers, c, frame);
  const xs = candidates(triggers, f, c);
  f.verbStarts = xs.filter((x) => x.kind === "verb").map((x) => x.hit.start);
  const claimed = claimNounTargets(xs, f, c);
  let g = NOTHING_GOVERNED;
  const endedBefore = endedByFinalLift(xs);
  for (const x of xs) {
    if (endedBefore.has(x)) g = { ...g, endedUntil: Math.max(g.endedUntil, x.hit.end) };
    // "Catalonia banned bullfighting in 2010, but the court overturned the ban": a lift with no object of its own
    // ends the ban its sentence just reported.
    const endsBan = x.rule.action === "lift" && (c.banNounIn.test(x.hit.text) || c.liftedBanLead.test(f.s.text.slice(x.rel + x.hit.text.length, x.clauseEnd))
      || xs.some((y) => endedBefore.has(y) && y.rel >= x.clauseStart && y.rel < x.rel));
    const banned = endsBan ? [...new Set(out.filter((m) => m.action === "ban").map((m) => m.target))] : [];
    // "abgeschafft", "adiado" end only a ban: with no ban noun in their clause they lift nothing.
    const r = x.rule.banNounOnly && !endsBan && !c.banNounIn.test(f.s.text.slice(x.clauseStart, x.clauseEnd))
      ? { mentions: [] as Mention[], dropped: fired("suppress.no-ban-noun", "", x.hit.text), governed: g }
      : readTrigger(x, f, g, claimed, banned.length ? { names: banned, sentence: si } : before, si, inTitle, frame, c);
    g = r.governed;
    out.push(...r.mentions);
    if (r.mentions.length) d.lastInParagraph = r.mentions[r.mentions.length - 1];
    d.lastPlaced = r.mentions.filter((m) => m.actorSource === "sentence").pop() ?? d.lastPlaced;
    trace?.triggers.push({ form: x.hit.text, start: x.hit.start, rule: x.rule.id, dropped: r.dropped,
      made: r.mentions.map((m) => `${m.actor.jurisdiction ?? "?"}|${m.target}|${m.action}`) });
  }
  out.push(...gappedMentions(out, f, c, (m) => m.background || !!datedEarlier(m.announced, frame.published)));
  return out;
}

/**
 * "hat das Verbot des „Compact“-Magazins aufgehoben", "het verbod op X opgeheven": where the lift verb closes
 * its clause, a ban noun before it in that clause is the ban it ends, not a new one.
 */
function endedByFinalLift(xs: Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  for (const x of xs) {
    if (x.rule.action !== "lift" || x.kind !== "verb") continue;
    const inClause = xs.filter((y) => y.rel >= x.clauseStart && y.rel < x.rel);
    const noun = inClause.find((y) => y.kind === "noun" && y.rule.action === "ban");
    if (noun && !inClause.some((y) => y.kind === "verb" && y.rel > noun.rel)) out.add(noun);
  }
  return out;
}

/**
 * The names an article introduces after a target cue in a sentence that reports a ban ("sperrt den
 * Messengerdienst Zangi"): a source cited by its cue ("meldt de nieuwssite Euractiv") is none, nor
 * a name that is a common word elsewhere (X, Signal).
 */
function articleCuedNames(sentences: Sentence[], d: Pick<Discourse, "triggersOf" | "targetsOf">): RegExp | null {
  const names = new Set<string>();
  for (const s of sentences) {
    if (!d.triggersOf(s).length) continue;
    for (const h of d.targetsOf(s).all) if (isCued(h) && h.text === h.name && !isAmbiguousName(h.name)) names.add(h.name);
  }
  if (!names.size) return null;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * A name the article introduced after a cue is a name wherever it stands: "Russland sperrt Zangi"
 * once the text said "der Messengerdienst Zangi" (German capitalises every noun; "Signal" and "X"
 * are common words elsewhere).
 */
function withCuedNames(t: SentenceTargets, s: Sentence, names: RegExp | null, c: CompiledLocale): SentenceTargets {
  if (!names) return t;
  const extra: TargetHit[] = [];
  for (const m of s.text.matchAll(names)) {
    const name = m[0], start = s.start + m.index!, end = start + name.length;
    if (!t.all.some((h) => h.start < end && start < h.end)) extra.push({ start, end, name, text: name, rule: ruleId("target.cued", c.locale.code) });
  }
  if (!extra.length) return t;
  const all = [...t.all, ...extra].sort((a, b) => a.start - b.start);
  return { ...t, all, current: [...new Set([...t.current, ...extra.map((x) => x.name)])] };
}

export function findMentions(sentences: Sentence[], c: CompiledLocale, frame: ArticleFrame, titleSentence?: Sentence, trace?: Trace): Mention[] {
  const all = titleSentence ? [titleSentence, ...sentences] : sentences;
  const titleTargets = titleSentence ? [...new Set(c.targets.find(titleSentence.text, 0).map((x) => x.name))] : [];
  let cued: RegExp | null | undefined;
  const triggersOf = perSentence((s) => c.triggers.find(s.text, s.start));
  const targetsOf = perSentence((s) => readTargets(s, c));
  const cuedNames = () => (cued === undefined ? (cued = articleCuedNames(all, { triggersOf, targetsOf })) : cued);
  const out: Mention[] = [];
  const mentionsOf = (sentence: number) => out.filter((m) => m.sentence === sentence);
  const d: Discourse = { history: [], lastInParagraph: null, lastPlaced: null, precedentParagraph: -1, titleTargets, cuedNames, triggersOf, targetsOf, mentionsOf };
  for (let si = 0; si < all.length && out.length < MAX_MENTIONS_PER_ARTICLE; si++) {
    const s = all[si];
    out.push(...readSentence(s, si, !!titleSentence && si === 0, d, frame, c, trace?.sentence(si, s.start, s.text)));
  }
  return out.slice(0, MAX_MENTIONS_PER_ARTICLE);
}

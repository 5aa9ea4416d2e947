// Step 0 — what a sentence holds, read once: targets, places, dates, scope phrases,
// deciding bodies and clause breaks. Later steps read these facts; none reads the text again
// for them.
import type { CompiledLocale } from "../compile.js";
import type { Sentence } from "../sentences.js";
import type { PlaceHit } from "../places.js";
import type { TargetHit } from "../targets.js";
import { isCategory } from "../targets.js";
import { NAMED_KINDS } from "../../gazetteer/categories.js";
import type { BodyWord } from "../../locales/types.js";
import type { PartialDate, Scope } from "../../types.js";
import { findAll, formsSource, type Span } from "../patterns.js";
import { findDates, findDuration, type DateHit } from "../dates.js";
import { followedPlaces, datelineEnd } from "./follow.js";
import { ACTOR_NOUN_CHARS, BESIDES_CHARS, MEDIUM_CHARS, SOURCE_CHARS } from "../constants.js";
import { countWords } from "../words.js";
import { withOrigin } from "./origin.js";

export interface ScopeHit extends Span { scope: Scope }
export interface BodyHit extends Span { body: BodyWord }

/** The targets of a sentence: all of them, and those it names as objects of its own triggers. */
export interface SentenceTargets {
  all: TargetHit[];
  /** Names after "in addition to": banned before, not this sentence's objects. */
  aside: Set<string>;
  /** The names the sentence is about, for "these apps" in the sentences after it. */
  current: string[];
}

export interface SentenceFacts extends SentenceTargets {
  s: Sentence;
  /** Targets that can be objects: not a deciding body's name ("the intelligence service AIVD"). */
  objects: TargetHit[];
  /** Places that can decide: not the models of a follow cue, not a dateline. */
  places: PlaceHit[];
  /**
   * Places that decide nothing here but are still places, no part of an object: demonyms saying where a named
   * target comes from ("de Chinese app WeChat"), models of a follow cue ("países con prohibiciones, como Brasil").
   */
  otherPlaces: PlaceHit[];
  /** Clause breaks, as offsets into the sentence text. */
  breaks: number[];
  dates: DateHit[];
  /** Where the sentence's triggers stand: a date belongs to the trigger nearest to it. */
  triggerSpans: Span[];
  /** Where its triggers used as verbs start (set once the candidates are read): a target after one is that verb's object. */
  verbStarts: number[];
  duration: string | null;
  scopes: ScopeHit[];
  bodies: BodyHit[];
}

/** Drops a bracketed name right after a target: "WeChat (el WhatsApp chino)" describes WeChat. */
const APPOSITION_GAP = /^\s*\(\s*(?:[\p{L}'’]+\s+){0,2}$/u;
function dropAppositions<T extends { start: number; end: number }>(targets: T[], s: Sentence): T[] {
  return targets.filter((x, i) => i === 0 || !APPOSITION_GAP.test(s.text.slice(targets[i - 1].end - s.start, x.start - s.start)));
}


/** "the social media app TikTok", "l'app social media cinese": a category next to an app noun or a name describes it. */
function describesName(x: TargetHit, hits: TargetHit[], s: Sentence, c: CompiledLocale): boolean {
  const after = s.text.slice(x.end - s.start, x.end - s.start + 40);
  const before = s.text.slice(Math.max(0, x.start - s.start - 30), x.start - s.start);
  if (c.cueAfter.test(after) || c.cueBefore.test(before)) return true;
  // "Italia bloquea ChatGPT: ... veta el chatbot de OpenAI": the singular kind of a name named before in the sentence is that name.
  if (NAMED_KINDS.has(x.name) && c.grammar.singularArticleEnd.test(before) && hits.some((h) => !isCategory(h) && h.end <= x.start)) return true;
  // "Russia blocks Signal messaging app": a lowercase category right after a capitalised word that is
  // no place or demonym describes that name (in a title-case headline the category is capitalised too).
  const prev = c.frames && !c.frames.capitalisedNouns && /^\p{Ll}/u.test(x.text) ? /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(before) : null;
  const sentenceInitial = prev && x.start - s.start - before.length + prev.index === 0;
  if (prev && !sentenceInitial && !c.places.find(prev[1]).length && !c.bodies.test(prev[1])
    && !c.frames?.demonyms.has(prev[1].toLowerCase()) && !c.frames?.stop.test(prev[1])) return true;
  // "Signal messaging app X" describes X; "sociale media zoals TikTok" names examples of the category, which stays.
  return hits.some((h) => !isCategory(h) && h.start >= x.end && countWords(s.text.slice(x.end - s.start, h.start - s.start)) <= 1
    && !examplesCue(s.text.slice(x.end - s.start, h.start - s.start), c));
}

/** Whether the words between a category and a name are the examples' cue ("such as", "zoals", "comme"). */
const examplesCue = (between: string, c: CompiledLocale) => {
  const w = between.trim().toLowerCase();
  return !!w && (c.locale.frames?.including ?? []).includes(w);
};

const COMITATIVE_GAPS = new WeakMap<CompiledLocale, RegExp | null>();
/** The gap between two categories that makes the second what the first has: " mit ", " with the ". */
function comitativeGap(c: CompiledLocale): RegExp | null {
  if (!COMITATIVE_GAPS.has(c)) {
    const w = c.locale.grammar?.comitatives ?? [];
    const det = [...(c.locale.grammar?.articles ?? []), ...(c.locale.grammar?.determiners ?? [])];
    COMITATIVE_GAPS.set(c, w.length ? new RegExp(`^\\s+(?:${formsSource(w)})\\s+${det.length ? `(?:(?:${formsSource(det)})\\s+)?` : ""}$`, "iu") : null);
  }
  return COMITATIVE_GAPS.get(c)!;
}

export function readTargets(s: Sentence, c: CompiledLocale): SentenceTargets {
  // A category inside a scope phrase is where the ban applies, not what it bans ("on their work phones").
  const hits = c.targets.find(s.text, s.start);
  const scopes = hits.some(isCategory) ? c.scopes.find(s.text, s.start) : [];
  // "said on Twitter": the medium of a statement is no target.
  const medium = (x: TargetHit) => !!c.medium?.test(s.text.slice(Math.max(0, x.start - s.start - MEDIUM_CHARS), x.start - s.start));
  // Inside one, not merely touching it: "venda de tabaco" opens with the scope word "venda" and is what is banned.
  const where = (x: TargetHit) => scopes.some((p) => p.start <= x.start && x.end <= p.end);
  // "Britain's gambling regulator", "the telecom authority": a category naming a body's field is no target.
  const field = (x: TargetHit) => !!c.actorNounAfter?.test(s.text.slice(x.end - s.start, x.end - s.start + ACTOR_NOUN_CHARS));
  // "según NetBlocks", "according to the group X": who reports it is no target.
  const source = (x: TargetHit) => !isCategory(x) && !!c.source?.test(s.text.slice(Math.max(0, x.start - s.start - SOURCE_CHARS), x.start - s.start));
  // "Access Now said the block ...", "state media reported": a name or a kind right before a verb of saying speaks.
  const speaker = (x: TargetHit) => !!c.speechAfter?.test(s.text.slice(x.end - s.start));
  // "dem Beispiel Maltas": a place's name in any of its forms is no target.
  const place = (x: TargetHit) => !isCategory(x) && c.places.names(x.text);
  // "Laubsaugern mit Verbrennungsmotor": a category right after another's "with" is what that one has.
  const gap = comitativeGap(c);
  const had = (x: TargetHit) => !!gap && isCategory(x) && hits.some((h) => isCategory(h) && h.end <= x.start && gap.test(s.text.slice(h.end - s.start, x.start - s.start)));
  const found = hits.filter((x) => !(isCategory(x) && (where(x) || field(x) || had(x))) && !medium(x) && !source(x) && !speaker(x) && !place(x));
  const all = dropAppositions(found.filter((x) => !(isCategory(x) && describesName(x, found, s, c))), s);
  const before = (x: TargetHit) => s.text.slice(Math.max(0, x.start - s.start - BESIDES_CHARS), x.start - s.start);
  const aside = new Set(c.besides ? all.filter((x) => c.besides!.test(before(x))).map((x) => x.name) : []);
  const own = all.filter((x) => !aside.has(x.name));
  // What "it" and "these apps" refer to: the names (a category only once a trigger bans it: engine.ts).
  return { all, aside, current: [...new Set((own.length ? own : all).filter((x) => !isCategory(x)).map((x) => x.name))] };
}

/**
 * "TAP Air Portugal", "Latam Colombia": a country name after capitalised words that are no body, place or
 * function word, inside the sentence, ends a firm's name. Not in a title-case headline, nor where nouns are capitalised.
 */
function closesName(p: PlaceHit, s: Sentence, c: CompiledLocale): boolean {
  // Where every noun is capitalised ("im Nachbarland Deutschland") a capital before a place opens no name.
  if (p.kind !== "country" || c.frames?.capitalisedNouns) return false;
  const m = /(?<=[\s,;(])((?:\p{Lu}[\p{L}\p{N}&-]*\s){1,3})$/u.exec(s.text.slice(0, p.start - s.start));
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  if (words.some((w) => c.frames?.stop.test(w) || c.bodies.test(w) || c.places.find(w).length || !!c.frames?.demonyms.has(w.toLowerCase()))) return false;
  return !c.bodies.test(m[1].trim()) && !titleCase(s.text);
}

/**
 * Whether a sentence has as many capitalised words as lower-case ones (a title-case headline). Counts
 * three-letter words, unlike `isTitleCase` in words.ts: swapping them changes two locale cases (de:41, nl:27).
 */
function titleCase(text: string): boolean {
  const lower = text.match(/(?<![\p{L}])\p{Ll}\p{L}{2,}/gu)?.length ?? 0;
  const upper = text.match(/(?<![\p{L}])\p{Lu}\p{L}{2,}/gu)?.length ?? 0;
  return lower <= upper;
}

/**
 * "France Inter", "China Daily", "France 24": a country name that opens a longer proper name
 * names an outlet or a firm, not a decider. Not in a title-case headline, where every word is
 * capitalised, nor before an actor noun ("UK Government").
 */
function opensName(p: PlaceHit, s: Sentence, c: CompiledLocale): boolean {
  if (p.kind !== "country") return false;
  // The capitalised words the place would open ("Commerce Department", "Inter"): a deciding body among them keeps it.
  const next = /^\s((?:\p{Lu}[\p{L}]*|\d+)(?:\s\p{Lu}[\p{L}]*){0,3})(?![\p{L}\p{N}'’-])/u.exec(s.text.slice(p.end - s.start));
  if (!next || c.bodies.test(next[1]) || c.places.find(next[1]).length) return false;
  // "In Turchia Zangi torna ...": after a preposition the country is where, not the opening of a name.
  if (c.grammar.locativeEnd.test(s.text.slice(Math.max(0, p.start - s.start - 20), p.start - s.start))) return false;
  return !titleCase(s.text);
}

/**
 * "Nederland heeft de Russische zender RT verboden", "de Chinese app WeChat": a demonym at most two plain words
 * before a target describes where it comes from, whatever the word order puts last. Not before a ban noun
 * that follows the target ("the French TikTok ban": the ban's), nor across a body, a preposition or a trigger.
 */
export function describesObject(p: PlaceHit, objects: TargetHit[], triggers: Span[], s: Sentence, c: CompiledLocale): boolean {
  if (p.kind !== "demonym") return false;
  // After a body the demonym is that body's ("الحكومة الباكستانية", "le gouvernement français").
  const before = s.text.slice(Math.max(0, p.start - s.start - DESCRIBED_GAP_CHARS), p.start - s.start);
  if (c.bodies.find(before).some((b) => /^\s*$/u.test(before.slice(b.end)))) return false;
  // A category beside a demonym is renamed by its origin (withOrigin); here only names.
  const o = objects.find((o) => o.start >= p.end && o.start - p.end <= DESCRIBED_GAP_CHARS && !isCategory(o));
  if (!o) return false;
  const gap = s.text.slice(p.end - s.start, o.start - s.start);
  const words = gap.trim() ? gap.trim().split(/\s+/u) : [];
  if (!/^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(gap) || c.bodies.test(gap) || words.some((w) => (c.locale.grammar?.prepositions ?? []).includes(w.toLowerCase()))) return false;
  return !triggers.some((t) => (t.start >= p.end && t.start < o.start) || (t.start >= o.end && banNounAfter(s.text.slice(o.end - s.start, t.start - s.start), s.text.slice(t.start - s.start, t.end - s.start), c)));
}
const DESCRIBED_GAP_CHARS = 40;

/** A ban noun compounded right after a target ("TikTok ban", "TikTok-Verbot"); where the verb ends its clause, a word after a space is that verb ("WeChat verboden"). */
const banNounAfter = (between: string, trigger: string, c: CompiledLocale) =>
  c.banNounEnd.test(trigger) && (/^-$/u.test(between) || (/^\s+$/u.test(between) && !c.frames?.finiteAux));

export function readFacts(s: Sentence, targets: SentenceTargets, triggers: Span[], c: CompiledLocale,
  ref: { published: PartialDate | null; year?: number | null }): SentenceFacts {
  const l = c.locale;
  const found = c.places.find(s.text, s.start);
  const followed = followedPlaces(s, c, found);
  const dateline = datelineEnd(s);
  let dates: DateHit[] | undefined;
  const scopes = c.scopes.find(s.text, s.start).map((h) => ({ ...h, scope: h.key.split("#")[0] as Scope }));
  // A deciding body's name is no object ("the intelligence service AIVD").
  const inside = (x: TargetHit, spans: { start: number; end: number }[]) => spans.some((p) => p.start < x.end && x.start < p.end);
  const institutions = found.filter((p) => p.kind === "institution");
  const objects = targets.all.filter((x) => !inside(x, institutions)).flatMap((x) => withOrigin(x, s, found, c));
  // Where a banned thing comes from never decides ("carne bovina do Brasil").
  const described = found.filter((p) => describesObject(p, objects, triggers, s, c));
  const origin = (p: PlaceHit) => objects.some((o) => o.start <= p.start && p.end <= o.end) || described.includes(p);
  return {
    otherPlaces: found.filter((p) => followed.has(p) || described.includes(p)),
    ...targets,
    s,
    objects,
    places: found.filter((p) => !followed.has(p) && p.start >= dateline && !opensName(p, s, c) && !closesName(p, s, c) && !origin(p)),
    breaks: findAll(c.clauseBreak, s.text).map((b) => b.start),
    // Read only when a trigger gets as far as its fields: most dropped triggers never need them.
    get dates() {
      return (dates ??= findDates(s.text, s.start, l, ref));
    },
    triggerSpans: triggers,
    verbStarts: [],
    duration: findDuration(s.text, l),
    scopes,
    bodies: c.bodies.find(s.text, s.start).map((h) => ({ ...h, body: l.bodies[Number(h.key)] })),
  };
}

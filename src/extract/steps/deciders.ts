// Step 5 — deciders: who took the decision. The nearest place before the trigger with the
// places listed with it ("the US, Canada and the EU"); in the passive a place after a
// locative ("banned ... in the US"); for a lift, the owner of the order it stops; else
// the article's own jurisdiction. A deciding body named by a common noun gives the name.
import type { Fired, PartialDate } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import { countryPlace, type PlaceHit } from "../places.js";
import type { Sentence } from "../sentences.js";
import type { Candidate } from "./candidates.js";
import type { BodyHit, SentenceFacts } from "./facts.js";
import type { LiftObject } from "./action.js";
import { aimedAt, groupAround } from "./follow.js";
import { fired, ruleId } from "../rules.js";
import { countWords } from "../words.js";
import { CAPITAL_CITIES } from "../../gazetteer/capital-cities.js";
import { PhraseTrie } from "../phrase-trie.js";
import { levelOf } from "../../gazetteer/jurisdictions.js";
import { CAPITAL_BODY_GAP_WORDS, CITY_SUBJECT_GAP_WORDS, INVERTED_SUBJECT_GAP_WORDS, LIFT_OWNER_GAP_WORDS, LOCATIVE_CHARS, PASSIVE_PLACE_GAP_WORDS } from "../constants.js";

export interface ArticleFrame {
  published: PartialDate | null;
  /** The year the article's explicit dates share, for dates without one when the publication date is unknown. */
  year?: number | null;
  /** The jurisdiction the article is about, for sentences naming only "the government". */
  defaultPlace: PlaceHit | null;
}

export interface Deciders {
  places: PlaceHit[];
  source: "sentence" | "article" | "none";
  why: Fired | null;
  body: BodyHit | undefined;
}

const gap = (s: Sentence, from: number, to: number) => countWords(s.text.slice(from - s.start, to - s.start));

/**
 * The place deciding at a trigger: the last one before it; one inside a trigger form with a gap
 * (ar "ألغى قاض برازيلي قرارا": "a Brazilian judge annulled a decision"); or in the passive one
 * after a locative.
 */
function placeAt(places: PlaceHit[], x: Candidate, s: Sentence, c: CompiledLocale): number {
  const inverted = invertedSubject(places, x, s, c);
  if (inverted >= 0) return inverted;
  let idx = -1;
  for (let i = 0; i < places.length; i++) if (places[i].end <= x.hit.start && (places[i].kind !== "city" || citySubject(places[i], x, s, c))) idx = i;
  if (idx < 0) idx = places.findIndex((p) => p.start >= x.hit.start && p.end <= x.hit.end && p.kind !== "city");
  if (idx >= 0 || !c.locative) return idx;
  // A place after the trigger with no locative ("ten apps, four from China") is not the decider.
  return places.findIndex((p) => p.kind !== "city" && p.start >= x.hit.end && gap(s, x.hit.end, p.start) <= PASSIVE_PLACE_GAP_WORDS && afterLocative(p, s, c));
}

/** Whether a locative ("in", "à", "nel") stands right before a place. */
const afterLocative = (p: PlaceHit, s: Sentence, c: CompiledLocale) =>
  !!c.locative?.test(s.text.slice(Math.max(0, p.start - s.start - LOCATIVE_CHARS), p.start - s.start));

/**
 * A city decides as the subject right before the trigger ("Honolulu has banned", "Barcelona city
 * council banned"): not after a locative ("in Venice"), not as a topic before a comma or colon.
 */
function citySubject(p: PlaceHit, x: Candidate, s: Sentence, c: CompiledLocale): boolean {
  if (/^\s*[,:]/u.test(s.text.slice(p.end - s.start)) || afterLocative(p, s, c)) return false;
  // Where the verb ends its clause, a city opening the sentence before its finite verb is the subject however
  // long the object between ("Amsterdam wil zeecruiseschepen uit de binnenstad weren"), in the same clause.
  const opens = !!c.frames?.finiteAux && p.start === s.start && /^\s+\p{Ll}/u.test(s.text.slice(p.end - s.start)) && !/[,;:]/u.test(s.text.slice(p.end - s.start, x.hit.start - s.start));
  return opens || gap(s, p.end, x.hit.start) <= CITY_SUBJECT_GAP_WORDS;
}

/** In a verb-second clause opened by another constituent, or in a verb-first language, the place right after the verb trigger: its subject. */
function invertedSubject(places: PlaceHit[], x: Candidate, s: Sentence, c: CompiledLocale): number {
  if (x.kind !== "verb" || !(c.locale.grammar?.verbFirst || c.fronted?.test(x.before))) return -1;
  return places.findIndex((p) => p.start >= x.hit.end && gap(s, x.hit.end, p.start) <= INVERTED_SUBJECT_GAP_WORDS
    && !c.grammar.prepositionEnd.test(s.text.slice(x.hit.end - s.start, p.start - s.start)));
}

function sentencePlaces(x: Candidate, f: SentenceFacts, c: CompiledLocale): PlaceHit[] {
  // f.places holds no models ("following the example of France, Spain bans ..."): readFacts drops them;
  // nor may an origin or a destination decide ("Ukrayna'dan ... ithalatını", "İsrail'e yapılan ihracatı").
  // nor a place a measure is aimed at ("sanctions against Russia").
  const places = f.places.filter((p) => !(c.notDecider && originOrDestination(p, f, c.notDecider)) && !aimedAt(p, f.s, c));
  const idx = placeAt(places, x, f.s, c);
  if (idx < 0) return [];
  // A subdivision named in the same stretch is more precise than its country ("Flanders, Belgium's region").
  // A city listed with the decider decides only as a subject itself.
  const group = groupAround(places, idx, f.s.text, f.s.start, c.grammar).filter((g) => g.kind !== "city" || citySubject(g, x, f.s, c));
  return group.map((g) => {
    if (g.kind === "subdivision" || g.kind === "city" || g.code.includes("-")) return g;
    return places.find((p) => p.kind === "subdivision" && p.code.startsWith(g.code + "-") && p.end <= Math.max(x.hit.start, g.end)) ?? appliesIn(g, places, x, f.s, c) ?? g;
  });
}

/**
 * A country's decision said to apply in one of its own regions ("Rishi Sunak has restored the moratorium on
 * fracking in England"): the region is where it applies, the deciding level stays the country's.
 */
function appliesIn(g: PlaceHit, places: PlaceHit[], x: Candidate, s: Sentence, c: CompiledLocale): PlaceHit | undefined {
  const sub = places.find((p) => p.kind === "subdivision" && p.code.startsWith(g.code + "-") && p.start >= x.hit.end
    && gap(s, x.hit.end, p.start) <= PASSIVE_PLACE_GAP_WORDS && afterLocative(p, s, c));
  return sub && { ...sub, level: g.level, name: g.name };
}

/** Characters after a place's hit where its case ending may stand ("'ndan"). */
const CASE_ENDING_CHARS = 6;

/** Whether a place's case ending makes it an origin or a destination: in its hit or right after it ("Ukrayna'dan", "İsrail'e"). */
function originOrDestination(p: PlaceHit, f: SentenceFacts, ending: RegExp): boolean {
  const m = ending.exec(f.s.text.slice(p.start - f.s.start, p.end - f.s.start + CASE_ENDING_CHARS));
  return !!m && m.index > 0 && m.index <= p.end - p.start;
}

/** "a judge in California blocked the order of the US president": the ban stopped is the owner's. */
function liftOwner(lift: LiftObject, f: SentenceFacts, c: CompiledLocale): PlaceHit[] {
  const idx = f.places.findIndex((p) => p.start >= lift.end && gap(f.s, lift.end, p.start) <= LIFT_OWNER_GAP_WORDS);
  return idx >= 0 ? groupAround(f.places, idx, f.s.text, f.s.start, c.grammar) : [];
}

let capitals: PhraseTrie<string> | null = null;
function capitalTrie(): PhraseTrie<string> {
  if (capitals) return capitals;
  capitals = new PhraseTrie<string>();
  for (const [code, names] of Object.entries(CAPITAL_CITIES)) for (const n of names) capitals.add(n, code, true);
  return capitals;
}

/**
 * The city a deciding local body stands for, and the rule that says so: a capital beside it ("la mairie
 * de Paris", "Prague City Council"), which alone would stand for its country; else the one city its
 * sentence names where no other place stands ("The city council banned fireworks in central Seattle").
 */
function localBodyCity(body: BodyHit | undefined, f: SentenceFacts): { place: PlaceHit; rule: "actor.capital-city" | "actor.council-city" } | null {
  if (body?.body.level !== "local") return null;
  // A capital inside the body's own name ("le Conseil de Paris") stands beside it.
  // A comma between counts no word ("Em Lisboa, a câmara municipal").
  const between = (from: number, to: number) => countWords(f.s.text.slice(from - f.s.start, to - f.s.start).replace(/[,;:]/gu, " "));
  const words = (h: { start: number; end: number }) => h.end <= body.start ? between(h.end, body.start) : h.start >= body.end ? between(body.end, h.start) : h.start >= body.start && h.end <= body.end ? 0 : Infinity;
  const hit = capitalTrie().find(f.s.text, f.s.start).find((h) => words(h) <= CAPITAL_BODY_GAP_WORDS);
  if (hit) return { place: { start: hit.start, end: hit.end, text: hit.text, code: hit.value, level: "local", name: null, kind: "city" }, rule: "actor.capital-city" };
  const cities = f.places.filter((p) => p.kind === "city");
  const one = cities.length > 0 && cities.every((p) => p.code === cities[0].code) && !f.places.some((p) => p.kind !== "city" && p.kind !== "institution");
  return one ? { place: cities[0], rule: "actor.council-city" } : null;
}

/**
 * "un juez federal de Espírito Santo ordenó suspender la aplicación en todo el país": a region's court or judge
 * ordering for the whole country decides for that country (event-model: a court's order that applies nationwide is national).
 */
function nationwide(places: PlaceHit[], x: Candidate, f: SentenceFacts, c: CompiledLocale): PlaceHit[] {
  if (!places.length || !places.every((p) => p.code.includes("-")) || !c.nationwide?.test(f.s.text.slice(x.clauseStart, x.clauseEnd))) return places;
  const country = countryPlace(places[0]);
  return places.every((p) => countryPlace(p).code === country.code) ? [{ ...country, level: "national" }] : places;
}

export function chooseDeciders(x: Candidate, f: SentenceFacts, lift: LiftObject | null, frame: ArticleFrame, c: CompiledLocale): Deciders {
  const body = f.bodies.filter((b) => b.end <= x.hit.start).pop() ?? f.bodies.find((b) => b.start >= x.hit.end);
  const owner = lift ? liftOwner(lift, f, c) : [];
  const city = owner.length ? null : localBodyCity(body, f);
  if (city) return { places: [city.place], source: "sentence", why: fired(city.rule, c.locale.code, city.place.text), body };
  const named = owner.length ? owner : nationwide(sentencePlaces(x, f, c), x, f, c);
  if (named.length) {
    const why = { rule: ruleId(owner.length ? "actor.lift-owner" : "actor.sentence", c.locale.code), text: named.map((p) => p.text).join(", ") };
    return { places: named, source: "sentence", why, body };
  }
  if (frame.defaultPlace) {
    // A national body ("das Bundesinnenministerium") in a region's story decides for the region's country.
    // A regional or local body ("Der Stadtrat", "el Consell de Govern") in a story filed from a city decides for that city's region.
    const regional = (body?.body.level === "subnational" || body?.body.level === "local") && frame.defaultPlace.filedIn;
    const place = body?.body.level === "national" ? countryPlace(frame.defaultPlace)
      : regional ? { ...frame.defaultPlace, code: regional, level: levelOf(regional), kind: "subdivision" as const } : frame.defaultPlace;
    return { places: [place], source: "article", why: fired("actor.article-default", c.locale.code, frame.defaultPlace.text || frame.defaultPlace.code), body };
  }
  return { places: [], source: "none", why: null, body };
}

/**
 * "Several other countries have already banned the app", "dozens of cities": plural places or
 * bodies as the subject, with no place named, are deciders the model cannot name; the article's
 * own jurisdiction is not theirs. A body named in the clause decides instead ("The government,
 * like many other countries, banned ..."); after a locative they say where, not who.
 */
export function pluralSubject(x: Candidate, f: SentenceFacts, c: CompiledLocale): Fired | null {
  const hit = c.pluralDeciders?.exec(x.before);
  if (!hit) return null;
  // Part of a name ("EU-Staaten"), or where rather than who ("in allen Staaten", "in several countries").
  const lead = x.before.slice(0, hit.index);
  if (/-$/u.test(lead)) return null;
  const words = lead.trimEnd().split(/\s+/u);
  for (let drop = 0; drop <= 2 && drop < words.length; drop++) if (c.grammar.locativeEnd.test(words.slice(0, words.length - drop).join(" "))) return null;
  // Where something comes from, not who decides: "Apps van bedrijven uit landen met ...", "goods from other countries".
  if (c.fromPlace?.test(` ${words[words.length - 1]} `)) return null;
  const from = x.hit.start - x.before.length;
  if (f.bodies.some((b) => b.start >= from && b.end <= x.hit.start)) return null;
  return fired("cue.plural-deciders", c.locale.code, hit.text);
}

// Finds the places and institutions a sentence names: country names (gazetteer, in the
// locale's language and English), subdivisions, EU institutions, and the locale's
// demonyms and aliases. A demonym counts as an actor only before an actor noun
// ("Belgian government"), not as a description ("Chinese app").
import type { Level } from "../types.js";
import type { Locale } from "../locales/types.js";
import { countryNames, levelOf, countryOf } from "../gazetteer/jurisdictions.js";
import { SUBDIVISIONS, SUBDIVISION_ADJECTIVES } from "../gazetteer/subdivisions.js";
import { CITIES } from "../gazetteer/cities.js";
import { INSTITUTIONS, NATIONAL_BODIES } from "../gazetteer/institutions.js";
import { DEMONYMS } from "../gazetteer/demonyms.js";
import { compileKeyedMatcher } from "./patterns.js";
import { PhraseTrie, findInTries } from "./phrase-trie.js";
import { compileGrammar } from "./grammar.js";
import { NAME_NUMBER } from "./words.js";

export interface PlaceHit {
  start: number;
  end: number;
  text: string;
  code: string;
  level: Level;
  name: string | null; // institution name, when the hit is one
  kind: "country" | "demonym" | "institution" | "subdivision" | "city";
  /** Read from a dateline: the code of the city the story was filed from (its region's: "DE-BY" for MÜNCHEN), when known. */
  filedIn?: string;
}

/** The country of a region's place ("DE-NW" -> "DE"), at the national level; a country's place as it is. */
export function countryPlace(p: PlaceHit): PlaceHit {
  const code = countryOf(p.code);
  return code === p.code ? p : { ...p, code, level: "national", name: null, kind: "country" };
}

interface Entry {
  code: string;
  name: string | null;
  kind: PlaceHit["kind"];
  /** An inflected (genitive) country name, "Brasiliens": like "Brazil's", a decider only before an actor noun. */
  genitive?: boolean;
}

export interface PlaceMatcher {
  find(text: string, offset?: number): PlaceHit[];
  /** Whether a whole text is a place's name in any form, a genitive too ("Maltas"), decider or not. */
  names(text: string): boolean;
  /** The country a whole word names as its adjective ("ukraińskiego", "brasileira"), or null. */
  demonym(word: string): string | null;
}

// Short or all-capital forms ("US", "VS", "EU") must match case: "us" is a pronoun.
const caseSensitive = (f: string) => f.length <= 3 || /\p{Lu}.*\p{Lu}/u.test(f.replace(/\*$/, "")) || /^\p{Lu}/u.test(f) && !/\s/.test(f) && f.length <= 4;


/**
 * Nouns that make a place before them a decider, found through the first-word index (a regexp of
 * hundreds of forms ending in "$" tries every position): actor nouns, and ban nouns, which take a
 * place as their owner ("Spain's ban on vapes", "the Belgian ban").
 */
function ownerNouns(locale: Locale) {
  const banNouns = locale.triggers.filter((t) => t.kind === "noun").flatMap((t) => t.forms).filter((f) => !/[\s.]/.test(f));
  return compileKeyedMatcher([{ key: "actor", forms: [...locale.actorNouns, ...banNouns] }]);
}

/** "the first EU country to ban", "le premier pays de l'UE": the place qualifies another country. */
function qualifiesMembers(text: string, m: { start: number; end: number }, memberNoun: RegExp, memberOfEnd: RegExp): boolean {
  return memberNoun.test(text.slice(m.end, m.end + 40)) || memberOfEnd.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** A short number right after a country's name: a channel's name ("France 24"), not the place. */
const NUMBER_AFTER = new RegExp(`^ ${NAME_NUMBER}`, "u");

type Add = (form: string, entry: Entry, forceCase?: boolean) => void;

/** A trie filled by `fill` through an `add` that sets case-sensitivity as the gazetteer's forms need. */
function trieOf(fill: (add: Add) => void): PhraseTrie<Entry> {
  const trie = new PhraseTrie<Entry>();
  fill((form, entry, forceCase = false) => {
    if (form) trie.add(form, entry, forceCase || caseSensitive(form));
  });
  return trie;
}

/**
 * The names every locale holds, in three tries built once and shared (each locale's own copy
 * of them took about 2 MB of a worker's heap): institutions, subdivisions and cities; country
 * names in English; the world's demonyms.
 */
let shared: { bodies: PhraseTrie<Entry>; english: PhraseTrie<Entry>; demonyms: PhraseTrie<Entry> } | null = null;
function sharedTries(): NonNullable<typeof shared> {
  shared ??= {
    bodies: trieOf((add) => {
      for (const inst of INSTITUTIONS) for (const a of inst.aliases) add(a, { code: inst.jurisdiction, name: inst.name, kind: "institution" });
      for (const inst of NATIONAL_BODIES) for (const a of inst.aliases) add(a, { code: inst.jurisdiction, name: inst.name, kind: "institution" }, true);
      for (const [code, names] of Object.entries(SUBDIVISIONS)) for (const n of names) add(n, { code, name: null, kind: "subdivision" }, true);
      // A city, by its region's code at the local level (src/gazetteer/cities.ts).
      for (const [code, names] of Object.entries(CITIES)) for (const n of names) add(n, { code, name: null, kind: "city" }, true);
      for (const [code, adjs] of Object.entries(SUBDIVISION_ADJECTIVES)) for (const a of adjs) add(a, { code, name: null, kind: "demonym" });
    }),
    english: trieOf((add) => {
      for (const [n, code] of countryNames("en")) add(n, { code, name: null, kind: "country" }, true);
    }),
    demonyms: trieOf((add) => {
      for (const [code, forms] of Object.entries(DEMONYMS)) for (const f of forms) add(f, { code, name: null, kind: "demonym" });
    }),
  };
  return shared;
}

/**
 * The locale's own place names, in the order a name found in two tables is read: institutions and
 * subdivisions first (shared), then the locale's aliases and country names, English country names
 * (shared), the locale's genitives and demonyms, and the world's demonyms (shared).
 */
function placeTries(locale: Locale): PhraseTrie<Entry>[] {
  const s = sharedTries();
  const names = trieOf((add) => {
    for (const [code, forms] of Object.entries(locale.placeAliases)) for (const f of forms) add(f, { code, name: null, kind: "country" }, true);
    for (const [n, code] of countryNames(locale.code)) add(n, { code, name: null, kind: "country" }, true);
  });
  const forms = trieOf((add) => {
    // "Brasiliens Oberstes Gericht": the genitive endings a language puts on country names.
    for (const [n, code] of countryNames(locale.code)) {
      if (n.length < 5 || /\s/.test(n)) continue;
      for (const e of locale.placeInflections ?? []) add(n + e, { code, name: null, kind: "country", genitive: true }, true);
    }
    for (const [code, demonyms] of Object.entries(locale.demonyms)) for (const f of demonyms) add(f, { code, name: null, kind: "demonym" });
  });
  return [s.bodies, names, s.english, forms, s.demonyms];
}

/** A bracketed acronym right before a word: an institution's short name ("(Consob) ", "(AMF) "). */
const BRACKETED_ACRONYM_END = /\(\p{Lu}[\p{Lu}\p{Ll}\p{N}]{1,9}\)\s+$/u;

export function buildPlaceMatcher(locale: Locale): PlaceMatcher {
  const tries = placeTries(locale);

  // Prepositions, articles and conjunctions end the words a demonym may describe ("state-owned Chinese company in ...").
  const { windowStop, memberNoun, memberOfEnd } = compileGrammar(locale);
  const actorNouns = ownerNouns(locale);
  const endsInActorNoun = (text: string) => {
    const hits = actorNouns.find(text);
    return hits.length > 0 && !text.slice(hits[hits.length - 1].end).trim();
  };

  return {
    names: (text) => findInTries(tries, text).some((m) => m.start === 0 && m.end === text.length && m.value.kind !== "demonym"),
    demonym: (word) => findInTries(tries, word).find((m) => m.start === 0 && m.end === word.length && m.value.kind === "demonym" && !m.value.code.includes("-"))?.value.code ?? null,
    find(text: string, offset = 0): PlaceHit[] {
      const hits: PlaceHit[] = [];
      {
        for (const m of findInTries(tries, text)) {
          const e = m.value;
          const after = text.slice(m.end, m.end + 60);
          if (qualifiesMembers(text, m, memberNoun, memberOfEnd)) continue;
          // "France 24", "Russia 1": a place name with a short number after it names a channel, not the place.
          if (e.kind === "country" && NUMBER_AFTER.test(after)) continue;
          // "Belgium's northern region": a possessive before a non-actor noun is a location, not a decider.
          const poss = e.kind === "country" && (e.genitive || /^['’]s\s/.test(after));
          if (e.kind === "demonym" || poss) {
            if (/^[-‑]/.test(after)) continue; // "Chinese-owned"
            // An actor noun within the next four words ("Belgian federal government", "South Korea's Personal
            // Information Protection Commission").
            // The window ends at a function word: "chinesisches Unternehmen im Staatsbesitz" describes a company.
            const next = ((poss && !e.genitive ? after.slice(2) : after).match(/^(?:\s*[\p{L}'’-]+){1,4}/u)?.[0] ?? "").split(windowStop)[0];
            // Romance order puts the adjective after the noun: "gouvernement canadien", "governo italiano"; a
            // genitive may follow its noun: "der Oberste Gerichtshof Brasiliens".
            const prev = e.kind === "demonym" || e.genitive ? text.slice(Math.max(0, m.start - 30), m.start).match(/(?:[\p{L}'’-]+\s*){1,2}$/u)?.[0] ?? "" : "";
            // ...or after a body's bracketed acronym: "la Commissione Nazionale per le Società e la Borsa (Consob) italiana".
            const acronym = e.kind === "demonym" && BRACKETED_ACRONYM_END.test(text.slice(Math.max(0, m.start - 14), m.start));
            if (!actorNouns.test(next) && !(prev && endsInActorNoun(prev)) && !acronym) continue;
          }
          hits.push({ start: offset + m.start, end: offset + m.end, text: m.text, code: e.code, level: e.kind === "city" ? "local" : levelOf(e.code), name: e.name, kind: e.kind });
        }
      }
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      // Drop hits nested inside a longer one ("EU" inside "EU institutions").
      return hits.filter((h, i) => !hits.some((o, j) => j !== i && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    },
  };
}

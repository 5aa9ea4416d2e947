// Finds what a sentence says is banned: known targets from the gazetteer, plus a
// capitalised name right after a locale's target cue ("the app Threads").
import type { Locale } from "../locales/types.js";
import { KNOWN_TARGETS } from "../gazetteer/targets.js";
import { compileKeyedMatcher, formsSource } from "./patterns.js";
import { PhraseTrie } from "./phrase-trie.js";
import { escapeRegExp, NAME_NUMBER, weekdayForms } from "./words.js";
import { buildCategoryFinder } from "./categories.js";
import { quotedTitle } from "./titles.js";
import { compileExports } from "./exports.js";

export interface TargetHit {
  start: number;
  end: number;
  name: string;
  /** The words as the text has them. */
  text: string;
  rule: string;
  /** A demonym that shares the category after or before it with another ("Russian and Belarusian oil"): the hit spans the demonym alone. */
  coordinated?: boolean;
}

/** A category of the lexicon ("disposable vapes"), not a name: read in object positions only. */
export const isCategory = (x: { rule: string }): boolean => x.rule.endsWith(".target.category");

/** A capitalised name read after a locale's target cue ("the app Threads"). */
export const isCued = (x: { rule: string }): boolean => x.rule.endsWith(".target.cued");

// Names that are also common words: only taken after a target cue.
const AMBIGUOUS = new Set(["RT", "Signal", "Zoom", "Meta", "X", "VK", "QQ", "Google", "Uber", "BBC", "Sputnik"]);

/** A store of apps, after an app cue ("App Store"). */
const STORE_WORD = /^Stores?$/u;

/** A name that is also a common word ("X", "Signal"): taken only after a target cue. */
export const isAmbiguousName = (name: string): boolean => AMBIGUOUS.has(name);

const aliasToName = new Map<string, string>();
const plain: string[] = [];
const ambiguous: string[] = [];
for (const [name, aliases] of Object.entries(KNOWN_TARGETS)) {
  for (const a of aliases) {
    aliasToName.set(a.toLowerCase(), name);
    (AMBIGUOUS.has(a) ? ambiguous : plain).push(a);
  }
}
/** The ambiguous names as written, where a list may hold them. */
const AMBIGUOUS_AS_WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ambiguous.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
// Names that are also common words in some language, taken only as written: "Discord", not "discord"; "Parler", not "parler".
const CASED = new Set(["Discord", "Threads", "Rumble", "Clubhouse", "Parler", "Twitch", "Signal", "Meduza"]);
// Short names must match case ("ZTE", not "zte"); longer ones may not ("Tiktok", "TIKTOK").
const matchCase = (a: string) => a.length <= 4 || CASED.has(a);
const knownTrie = new PhraseTrie<string>();
for (const a of plain) knownTrie.add(a, aliasToName.get(a.toLowerCase())!, matchCase(a));

/** The gazetteer's name for an alias ("Tiktok" -> "TikTok"), or undefined. */
export const knownName = (alias: string): string | undefined => aliasToName.get(alias.toLowerCase());

export interface TargetFinder {
  find(text: string, offset?: number): TargetHit[];
}

/** Known names with a language's case endings ("Instagrama"), one trie per set of endings. */
const inflected = new Map<string, PhraseTrie<string>>();
function inflectedTrie(endings: string[]): PhraseTrie<string> {
  const k = endings.join("|");
  let t = inflected.get(k);
  if (t) return t;
  t = new PhraseTrie<string>();
  for (const a of plain) {
    const name = aliasToName.get(a.toLowerCase())!;
    t.add(a, name, matchCase(a));
    // Only single-word Latin names ending in a consonant or vowel take endings; short ones stay exact.
    if (a.length > 4 && !/\s/.test(a) && /\p{Script=Latin}$/u.test(a)) for (const e of endings) t.add(a + e, name, false);
  }
  inflected.set(k, t);
  return t;
}

/**
 * What a cue noun may carry before its name: a genitive and one or two bare lowercase words
 * ("la aplicación de citas Tinder", "il servizio di messaggistica Viber", "o aplicativo de
 * mensagens Zangi"). A determiner after the genitive opens an owner, not a modifier.
 */
function cueModifier(locale: Locale): string {
  // The bare genitive only (listed first): a contraction with an article ("del settore") opens an owner.
  const links = (locale.frames?.genitives ?? []).slice(0, 1);
  if (!links.length) return "";
  const g = locale.grammar;
  const closed = [...(g?.articles ?? []), ...(g?.determiners ?? []), ...(g?.prepositions ?? []), ...(g?.conjunctions ?? [])];
  const notClosed = closed.length ? `(?!(?:${closed.map(escapeRegExp).join("|")})(?![\\p{L}'’]))` : "";
  const word = `${notClosed}\\p{Ll}[\\p{Ll}-]*`;
  return `(?:\\s+(?:${links.map(escapeRegExp).join("|")})\\s+${word}(?:\\s+${word})?)?`;
}

/** One capitalised word of a name after a cue ("Zongda", "TV5"). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}.&+-]*";
/** A name's second word: capitalised, or a short number ("France 24"). */
const NAME_NEXT = `(?:${NAME_WORD}|${NAME_NUMBER})`;

export function buildTargetFinder(locale: Locale): TargetFinder {
  const categories = buildCategoryFinder(locale);
  const exported = compileExports(locale);
  const known = locale.targetInflections?.length ? inflectedTrie(locale.targetInflections) : knownTrie;
  // Cue words found through the first-word index, then a capitalised name right after each.
  const cues = compileKeyedMatcher([{ key: "cue", forms: locale.targetCues }]);
  // Case-sensitive, stems included: "мессенджер*" matches "мессенджеру" but "app" not "App".
  const cueAsWritten = new RegExp(`^(?:${formsSource(locale.targetCues)})$`, "u");
  const conj = (locale.grammar?.conjunctions ?? []).map(escapeRegExp).join("|");
  // After a quoted title, more quoted titles of the list: "los productos \"Artri King\" y \"Ortiga Omega 3\"".
  const listQuoted = new RegExp(`^[»"”’']?\\s*(?:,\\s*${conj ? `(?:(?:${conj})\\s+)?` : ""}${conj ? `|\\s*(?:${conj})\\s+` : ""})(?=[«"“„‘'])`, "u");
  // Between two items of a list: a comma (and a conjunction), or a conjunction.
  const listSeparator = `(?:\\s*,\\s*${conj ? `(?:(?:${conj})\\s+)?` : ""}${conj ? `|\\s+(?:${conj})\\s+` : ""})`;
  // Between two items of a list: "WhatsApp, Signal oder Telegram"; each item may keep its preposition and
  // article ("de la BBC et de Voice of America").
  const listGap = new RegExp(`^${listSeparator}(?:\\p{Ll}{1,3}(?:\\s+|['’]))*$`, "u");
  const listNext = new RegExp(`^${listSeparator}[«"“'‘]?(${NAME_WORD}(?:\\s${NAME_NEXT})?)`, "u");
  // Two capitalised words, or two joined by one of the locale's name connectors ("the game Rise of Kingdoms").
  const connectors = (locale.frames?.nameConnectors ?? []).map(escapeRegExp).join("|");
  const joined = connectors ? `(?:\\s(?:${connectors}))?` : "";
  // "platforma Çarşamba günü": a weekday after a cue noun dates the clause, it names nothing.
  const weekdays = new Set(weekdayForms(locale.dates.weekdays).flat());
  // A number may end it ("France 24", "Red No. 3").
  const nameAfter = new RegExp(`${cueModifier(locale)}\\s+[«"“'‘]?(${NAME_WORD}(?:(?:${joined}\\s${NAME_WORD}){0,2}\\s${NAME_NUMBER}|(?:${joined}\\s${NAME_WORD}){1,3})?)`, "uy");
  // A compound whose last part is a cue head ("Messengerdienst", "Neonazi-Gruppe"); the head alone is a plain cue.
  const heads = locale.targetCueHeads ?? [];
  // Tried at word starts only: a lazy run of letters from every position costs a scan per character.
  const compound = heads.length ? new RegExp(`(?<![\\p{L}\\p{N}-])[\\p{L}-]+?-?(?:${heads.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu") : null;
  const compoundCues = (text: string) => (compound ? [...text.matchAll(compound)].map((m) => ({ text: m[0], end: m.index + m[0].length, compound: true })) : []);
  return {
    find(text: string, offset = 0): TargetHit[] {
      const hits: TargetHit[] = [];
      {
        for (const m of known.find(text, offset)) {
          const name = m.value;
          if (name && !hits.some((h) => h.start <= m.start && h.end >= m.end)) hits.push({ start: m.start, end: m.end, name, text: m.text, rule: "target.known" });
        }
      }
      hits.push(...listedAmbiguous(text, offset, hits, listGap));
      // Categories of things ("wegwerpvapes" -> disposable vapes), where no name stands.
      for (const m of categories.find(text, offset)) {
        if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
        hits.push({ start: m.start, end: m.end, name: m.name, text: m.text, rule: `${locale.code}.target.category` });
      }
      exported?.qualify(text, offset, hits, isCategory);
      for (const cue of [...cues.find(text).map((c) => ({ text: c.text, end: c.end, compound: false })), ...compoundCues(text)]) {
        // Cue words match as written: "the app X", not a title's "App Store".
        if (!cue.compound && !cueAsWritten.test(cue.text)) continue;
        hits.push(...namesAfterCue(text, offset, cue.end, hits, { nameAfter, listNext, listQuoted }, locale.code).filter((h) => !weekdays.has(h.name.toLowerCase())));
      }
      // Longer names win ("TikTok Shop" over "TikTok").
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      return hits.filter((h, i) => !hits.some((o, j) => j !== i && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    },
  };
}

/**
 * A name that is also a common word ("Signal", "X") listed next to a known name, unambiguous or taken so
 * before it: "WhatsApp, Signal oder Telegram", "Facebook, X and Instagram".
 */
function listedAmbiguous(text: string, offset: number, known: TargetHit[], listGap: RegExp): TargetHit[] {
  const out: TargetHit[] = [];
  // Only a known name opens such a list: most sentences have none, and need no scan.
  if (!known.length) return out;
  // "Google Play": an ambiguous word before another capitalised one is the start of a longer name.
  const found = [...text.matchAll(AMBIGUOUS_AS_WRITTEN)].filter((m) => !/^\s+\p{Lu}/u.test(text.slice(m.index! + m[0].length))).map((m) => ({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] }));
  const gap = (a: { end: number }, b: { start: number }) => a.end <= b.start && listGap.test(text.slice(a.end - offset, b.start - offset));
  // Twice, so that one taken from a known name lends its place in the list to the next ("Signal, X und Telegram").
  for (let pass = 0; pass < 2; pass++) {
    for (const m of found) {
      const items = [...known, ...out];
      if (items.some((h) => h.start < m.end && m.start < h.end)) continue;
      if (!items.some((h) => gap(h, m) || gap(m, h))) continue;
      out.push({ start: m.start, end: m.end, name: aliasToName.get(m.text.toLowerCase())!, text: m.text, rule: "target.known" });
    }
  }
  return out;
}

/**
 * The names a target cue introduces: a quoted title ("the novel "The Last Monsoon House""), else one to four
 * capitalised words ("the film The Kashmir Files"), and the list items that follow ("die Plattformen Qintel und Zongda Live").
 * Names overlapping `hits` are left out.
 */
function namesAfterCue(text: string, offset: number, cueEnd: number, hits: TargetHit[], re: { nameAfter: RegExp; listNext: RegExp; listQuoted: RegExp }, code: string): TargetHit[] {
  const { nameAfter, listNext } = re;
  const out: TargetHit[] = [];
  const taken = (s0: number) => [...hits, ...out].some((h) => h.start <= s0 && h.end > s0);
  const space = /^\s+/.exec(text.slice(cueEnd));
  const first = space ? quotedTitle(text.slice(cueEnd + space[0].length)) : null;
  if (first) {
    // A quoted title, then the quoted titles listed after it.
    for (let at = cueEnd + space![0].length, title: typeof first | null = first; title; ) {
      const s0 = at + title.start;
      if (!taken(offset + s0)) out.push({ start: offset + s0, end: offset + s0 + title.text.length, name: title.text, text: title.text, rule: `${code}.target.cued` });
      at = s0 + title.text.length;
      const more = re.listQuoted.exec(text.slice(at));
      title = more ? quotedTitle(text.slice((at += more[0].length))) : null;
    }
    return out;
  }
  nameAfter.lastIndex = cueEnd;
  const m = nameAfter.exec(text);
  if (!m) return out;
  // A sentence's full stop is no part of the name ("het tijdschrift Compact.").
  const raw = m[1].replace(/\.+$/, "");
  const end = offset + cueEnd + m[0].length - (m[1].length - raw.length);
  const start = end - raw.length;
  // "App Store", "App-Store": the store an app cue opens is where apps are, no app.
  if (taken(start) || STORE_WORD.test(raw)) return out;
  out.push({ start, end, name: aliasToName.get(raw.toLowerCase()) ?? raw, text: raw, rule: `${code}.target.cued` });
  // A cue before a list covers every item, of one or two words as the first.
  for (let at = end - offset, more = listNext.exec(text.slice(at)); more; at += more[0].length, more = listNext.exec(text.slice(at))) {
    const item = more[1].replace(/\.+$/, "");
    const s0 = offset + at + more[0].indexOf(more[1]);
    if (taken(s0)) continue;
    out.push({ start: s0, end: s0 + item.length, name: aliasToName.get(item.toLowerCase()) ?? item, text: item, rule: `${code}.target.cued` });
  }
  return out;
}

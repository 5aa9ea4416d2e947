// Builds a country's subdivision forms (../subdivisions-more.ts) from its pattern words and each
// subdivision's names: the patterns repeat for every subdivision, so only the names are data. A code's
// forms come in pattern order, not as once written out: the place matcher puts them all in one trie under
// the code, where their order makes no difference.

/**
 * One kind of subdivision's patterns by slot: a language ("fr"), or a spelling, case or body in it ("Pl"
 * the capitalised Polish adjective, "esGov" the Spanish regional government). "{}" takes each of the
 * subdivision's names in the slot.
 */
export type Patterns = Record<string, string[]>;

/** A subdivision: its names by slot (one or several), its kind if not the country's first, and forms of no pattern, as written. */
export interface Sub {
  kind?: string;
  more?: string[];
  [slot: string]: string | string[] | undefined;
}

export interface Country {
  /** Each kind's patterns ("oblast", "krai"); a subdivision is of the first kind unless it says. */
  kinds?: Record<string, Patterns>;
  /** Where a subdivision gives a slot no names, another slot's, maybe respelled; an empty list gives none. */
  defaults?: Record<string, [from: string, respell?: (names: string[]) => string[]]>;
  /** Each subdivision's names, or its forms as written where it fits no pattern. */
  subs: Record<string, Sub | string[]>;
}

/** Each word capitalised, after a hyphen too ("kujawsko-pomorsk" -> "Kujawsko-Pomorsk"). */
export const title = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
/** Without diacritics ("Łódź" -> "Lodz"): news often drop them. */
export const ascii = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[łđ]/g, (c) => (c === "ł" ? "l" : "d")).replace(/[ŁĐ]/g, (c) => (c === "Ł" ? "L" : "D"));
/** Names respelled one by one, for a slot's default. */
export const each = (respell: (name: string) => string | string[]) => (names: string[]) => names.flatMap(respell);
/** Names and their spellings without diacritics. */
export const withAscii = each((n) => [n, ascii(n)]);
/** The first name only (the others are spellings of another language). */
export const first = (names: string[]) => names.slice(0, 1);
/** Names without the article a name takes after "de" ("el Chaco" for "provincia del Chaco"). */
export const noArticle = (names: string[]) => [...new Set(names.map((n) => n.replace(/^(?:(?:el|la|los|las|le|les|il|lo|o|a|os|as) |l')/, "")))];

// "de"/"di" before an article contract with it ("de le" -> "du"); French "de" is elided before a vowel.
const CONTRACTIONS: Record<string, [RegExp, string][]> = {
  fr: [[/^de le /, "du "], [/^de les /, "des "], [/^de (?=[AEIOUÀ-ÆÈ-ÏÒ-ÖØ-ÜĀĒĪŌŪaeiouà-æè-ïò-öø-üāēīōū])/, "d'"]],
  it: [[/^di il /, "del "], [/^di lo /, "dello "], [/^di la /, "della "], [/^di l'/, "dell'"], [/^di i /, "dei "], [/^di gli /, "degli "], [/^di le /, "delle "]],
  es: [[/^de el /, "del "]],
  pt: [[/^de o /, "do "], [/^de a /, "da "], [/^de os /, "dos "], [/^de as /, "das "]],
};

/** A pattern with a name for "{}", "de" or "di" before it contracted as the slot's language (its first two letters: "esGov") does. */
export function fill(slot: string, pattern: string, name: string): string {
  const [before, after] = pattern.split("{}");
  const prep = /\b(de|di) $/.exec(before);
  if (!prep) return before + name + after;
  const joined = (CONTRACTIONS[slot.slice(0, 2)] ?? []).reduce((s, [re, by]) => s.replace(re, by), prep[0] + name);
  return before.slice(0, prep.index) + joined + after;
}

/** A subdivision's names in a slot: its own, or the default slot's respelled. */
export function namesIn(country: Country, sub: Sub, slot: string): string[] {
  const own = sub[slot];
  if (own !== undefined) return typeof own === "string" ? [own] : own;
  const d = country.defaults?.[slot];
  return d ? (d[1] ?? ((n) => n))(namesIn(country, sub, d[0])) : [];
}

/** Every form of a subdivision: each slot's patterns with each of its names, then the forms of no pattern. */
function forms(country: Country, sub: Sub): string[] {
  const kinds = country.kinds ?? {};
  const built = Object.entries(kinds[sub.kind ?? Object.keys(kinds)[0]] ?? {}).flatMap(([slot, patterns]) =>
    namesIn(country, sub, slot).flatMap((n) => patterns.map((p) => fill(slot, p, n))));
  return [...new Set([...built, ...(sub.more ?? [])])];
}

/** Each of a country's subdivisions with its forms. */
export const build = (country: Country): [string, string[]][] =>
  Object.entries(country.subs).map(([code, sub]) => [code, Array.isArray(sub) ? sub : forms(country, sub)]);

// Finds categories of banned things in text ("wegwerpvapes", "les puffs",
// "teléfonos móviles") and names them by their canonical English name
// (src/gazetteer/categories.ts), so that reports in different languages name the
// same target alike. Data: a locale's `categories` (src/locales/<lang>/categories.ts).
//
// Two passes, both a few steps per word whatever the number of forms:
// - a phrase trie of the plain forms (and "stem*" forms): the longest phrase at each
//   word start, case-insensitive;
// - for locales with compound forms ("*zigaretten"), a reversed trie of those suffixes
//   walked back from the end of each compound word (letters, digits, inner hyphens and
//   apostrophes): the longest suffix names the whole word ("Einweg-E-Zigaretten").
//   A compound that ends in one of the locale's ban nouns ("Handyverbot",
//   "vuurwerkverbod", "E-Zigaretten-Verbot") is read without it: its first part is
//   looked up as a suffix or as a whole one-word form, and the hit covers that part.
// Hits do not overlap: the longest span wins; at equal length a plain form beats a
// compound suffix.
import type { Locale } from "../locales/types.js";
import { PhraseTrie } from "./phrase-trie.js";
import { escapeRegExp } from "../util/regexp.js";

export interface CategoryHit {
  start: number;
  end: number;
  /** Canonical English name of the category ("disposable vapes"). */
  name: string;
  /** The locale form that matched, as written in the locale data ("*einweg-e-zigaretten", "puffs"). */
  form: string;
  /** The matched text as it stands in the input. */
  text: string;
}

export interface CategoryFinder {
  find(text: string, offset?: number): CategoryHit[];
}

interface Entry {
  name: string;
  form: string;
}
interface RNode {
  next: Map<string, RNode>;
  entry?: Entry;
}

/** A compound word: letters and digits, with inner hyphens and apostrophes ("Einweg-E-Zigaretten", "SUV's"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Case folded, typographic apostrophes straightened, runs of whitespace one space. */
const fold = (s: string) => s.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " ");

const cache = new WeakMap<Locale, CategoryFinder>();

/** The finder for a locale's categories, built once per locale. A locale without categories finds nothing. */
export function buildCategoryFinder(locale: Locale): CategoryFinder {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = compileCategoryFinder(declined(locale.categories ?? {}, locale.categoryAdjectiveEndings), banHeads(locale), locale.categoryEndings, locale.grammar?.conjunctions)));
  return f;
}

/** Each form with its adjectives in every declined ending ("soziale Medien" -> "sozialer Medien"), where the locale declines them. */
export function declined(categories: Record<string, string[]>, endings: string[] = []): Record<string, string[]> {
  if (!endings.length) return categories;
  const byLength = [...endings].sort((a, b) => b.length - a.length);
  const stem = (w: string) => {
    const e = byLength.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    return e === undefined ? null : w.slice(0, -e.length);
  };
  const out: Record<string, string[]> = {};
  for (const [name, forms] of Object.entries(categories)) {
    const all = new Set(forms);
    for (const form of forms) {
      const words = form.split(" ");
      // Lowercase words before the last: adjectives, declined alike ("elektrische Einweg-Roller" -> "elektrischer Einweg-Roller").
      const adjectives = words.slice(0, -1).map((w, i) => (/^\p{Ll}+$/u.test(w) && stem(w) !== null ? i : -1)).filter((i) => i >= 0);
      if (!adjectives.length || form.includes("*")) continue;
      for (const e of endings) all.add(words.map((w, i) => (adjectives.includes(i) ? stem(w)! + e : w)).join(" "));
    }
    out[name] = [...all];
  }
  return out;
}

/** One-word ban nouns of a locale ("Verbot", "*verbote", "verbod"): the heads of "Handyverbot". */
function banHeads(locale: Locale): string[] {
  const heads = new Set<string>();
  for (const t of locale.triggers) {
    if (t.kind !== "noun") continue;
    for (const raw of t.forms) {
      const f = raw.trim().replace(/^\*/, "");
      if (/\s|\*|\.\.\./.test(f) || f.length < 4) continue;
      heads.add(fold(f));
    }
  }
  return [...heads].sort((a, b) => b.length - a.length);
}

interface Index {
  trie: PhraseTrie<Entry>;
  suffixRoot: RNode;
  /** Whole one-word forms, for the first part of "Handyverbot". */
  oneWord: Map<string, Entry>;
  compounds: number;
}

/** A form and the forms its case endings make ("*symbole" -> "*symbolen"); a form open at its end ("x*") takes none. */
function withEndings(form: string, endings: [string, string][]): string[] {
  if (form.endsWith("*")) return [form];
  return [form, ...endings.filter(([end]) => form.toLowerCase().endsWith(end)).map(([, add]) => form + add)];
}

function buildIndex(categories: Record<string, string[]>, endings: [string, string][]): Index {
  const ix: Index = { trie: new PhraseTrie<Entry>(), suffixRoot: { next: new Map() }, oneWord: new Map(), compounds: 0 };
  for (const [name, forms] of Object.entries(categories)) {
    for (const raw of forms) {
      const entry = { name, form: raw.trim() };
      for (const form of entry.form ? withEndings(entry.form, endings) : []) addForm(ix, form, entry);
    }
  }
  return ix;
}

function addForm(ix: Index, form: string, entry: Entry): void {
  if (form.startsWith("*")) {
    const body = fold(form.slice(1));
    let n = ix.suffixRoot;
    for (let i = body.length - 1; i >= 0; i--) {
      let nx = n.next.get(body[i]);
      if (!nx) n.next.set(body[i], (nx = { next: new Map() }));
      n = nx;
    }
    n.entry ??= entry;
    ix.compounds++;
  } else {
    ix.trie.add(form, entry, false);
    if (!/\s|\*/.test(form)) ix.oneWord.set(fold(form), entry);
  }
}

/** The longest suffix form of word[0, to) (folded), or null. */
function suffixOf(root: RNode, word: string, to: number): Entry | null {
  let n: RNode | undefined = root;
  let best: Entry | null = null;
  for (let k = to - 1; k >= 0 && n; k--) {
    n = n.next.get(word[k]);
    if (n?.entry) best = n.entry;
  }
  return best;
}

/** Compound words ending in a suffix form, or in a ban noun after a category ("Handyverbot"). */
function compoundHits(ix: Index, heads: string[], text: string): (Entry & { start: number; end: number })[] {
  const out: (Entry & { start: number; end: number })[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const s = m.index;
    const lower = m[0].toLowerCase();
    const word = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
    const whole = suffixOf(ix.suffixRoot, word, word.length);
    if (whole) {
      out.push({ ...whole, start: s, end: s + m[0].length });
      continue;
    }
    for (const h of heads) {
      if (word.length <= h.length + 1 || !word.endsWith(h)) continue;
      let to = word.length - h.length;
      if (word[to - 1] === "-") to--;
      // ...or without a linking "s" ("Alkoholverkaufsverbot": "Alkoholverkauf").
      const look = (n: number) => suffixOf(ix.suffixRoot, word, n) ?? ix.oneWord.get(word.slice(0, n)) ?? null;
      let first = look(to);
      if (!first && word[to - 1] === "s" && to > 4) first = look(--to);
      if (first) out.push({ ...first, start: s, end: s + to });
      break;
    }
  }
  return out;
}

/** A word left open by a hyphen, then a comma or one of the language's conjunctions and the compound that completes it ("Öl- und Gasheizungen"). */
function suspendedPattern(conjunctions: string[]): RegExp | null {
  if (!conjunctions.length) return null;
  const conj = conjunctions.map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}-])([\\p{L}\\p{N}]+)-\\s*(?:,\\s*|\\s+(?:${conj})\\s+)([\\p{L}\\p{N}]+)`, "giu");
}

/**
 * Suspended hyphens (German, Dutch, the Nordic and West Slavic languages): "Öl- und Gasheizungen" is
 * "Ölheizungen und Gasheizungen", "bensin- och dieselbilar" petrol and diesel cars. The open word takes
 * the longest ending of the compound after it that makes a category with it.
 */
function suspended(ix: Index, open: RegExp | null, text: string, kept: { start: number; end: number }[]): (Entry & { start: number; end: number; plain: boolean })[] {
  const out: (Entry & { start: number; end: number; plain: boolean })[] = [];
  if (!open || !text.includes("-")) return out;
  for (const m of text.matchAll(open)) {
    const start = m.index!, first = m[1].toLowerCase(), next = m[2].toLowerCase();
    // The open word alone may be a category too ("Öl"): left open by its hyphen, it is never one by itself.
    const bare = kept.findIndex((k) => k.start === start && k.end === start + m[1].length);
    if (kept.some((k, j) => j !== bare && k.start <= start && start < k.end)) continue;
    for (let i = 1; i < next.length - 2; i++) {
      const word = first + next.slice(i);
      const e = suffixOf(ix.suffixRoot, word, word.length) ?? ix.oneWord.get(word) ?? ix.trie.find(word).find((h) => h.start === 0 && h.end === word.length)?.value ?? null;
      if (!e) continue;
      if (bare >= 0) kept.splice(bare, 1);
      out.push({ ...e, start, end: start + m[1].length, plain: false });
      break;
    }
  }
  return out;
}

/** A list's gap: a comma or a conjunction ("plastic plates and straws"). */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)/iu;
const NEXT_WORD = /^[\p{Ll}][\p{L}-]*/u;

/**
 * A modifier distributes over a list (English): in "plastic plates and straws" the straws are
 * plastic too. A bare word listed after a two-word category whose modifier makes a category
 * with it ("plastic" + "straws") is that category; the list goes on while the words do.
 */
function distributed(ix: Index, text: string, kept: { name: string; form: string; start: number; end: number; plain: boolean }[]) {
  const out: typeof kept = [];
  for (const hit of kept) {
    const words = text.slice(hit.start, hit.end).split(/\s+/);
    if (words.length !== 2) continue;
    let at = hit.end;
    for (;;) {
      const gap = LIST_GAP.exec(text.slice(at));
      const word = gap && NEXT_WORD.exec(text.slice(at + gap[0].length));
      if (!gap || !word) break;
      const start = at + gap[0].length;
      if (kept.some((k) => k.start <= start && start < k.end)) { at = kept.find((k) => k.start <= start && start < k.end)!.end; continue; }
      const whole = `${words[0]} ${word[0]}`;
      const m = ix.trie.find(whole).find((h) => h.start === 0 && h.end === whole.length);
      if (!m) break;
      out.push({ ...m.value, start, end: start + word[0].length, plain: true });
      at = start + word[0].length;
    }
  }
  return out;
}

/**
 * "propaganda de cigarros eletrônicos": an advertising form that ends inside a longer category reaching
 * further right ("propaganda de cigarros" | "cigarros eletrônicos") advertises that category, not its
 * own; the category it runs into is what is banned. (Not for other heads: in "pajitas de plástico de un
 * solo uso" the words it runs into describe the straws.)
 */
/** How far past an advertising form the category it runs into may reach. */
const ADVERTISED_REACH = 80;
function objectsOverHeads(ix: Index, text: string, kept: (Entry & { start: number; end: number; plain: boolean })[]): void {
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i];
    if (!k.plain || !k.name.endsWith(" advertising")) continue;
    for (const m of text.slice(k.start, k.end).matchAll(/\s+(?=\S)/gu)) {
      const at = k.start + m.index! + m[0].length;
      const h = ix.trie.find(text.slice(at, k.end + ADVERTISED_REACH))[0];
      if (!h || h.start !== 0 || at + h.end <= k.end) continue;
      const c = { ...h.value, start: at, end: at + h.end, plain: true };
      if (!kept.some((o, j) => j !== i && c.start < o.end && o.start < c.end)) kept[i] = c;
      break;
    }
  }
}

export function compileCategoryFinder(categories: Record<string, string[]>, heads: string[] = [], endings: [string, string][] = [], conjunctions: string[] = []): CategoryFinder {
  const ix = buildIndex(categories, endings);
  const open = suspendedPattern(conjunctions);
  return {
    find(text: string, offset = 0): CategoryHit[] {
      const cands: (Entry & { start: number; end: number; plain: boolean })[] = ix.trie
        .find(text)
        .map((h) => ({ ...h.value, start: h.start, end: h.end, plain: true }));
      if (ix.compounds) for (const h of compoundHits(ix, heads, text)) cands.push({ ...h, plain: false });
      if (!cands.length) return [];
      cands.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.plain) - Number(a.plain) || a.start - b.start);
      const kept: typeof cands = [];
      for (const c of cands) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      objectsOverHeads(ix, text, kept);
      kept.push(...distributed(ix, text, kept), ...suspended(ix, open, text, kept));
      kept.sort((a, b) => a.start - b.start);
      return kept.map((c) => ({ start: offset + c.start, end: offset + c.end, name: c.name, form: c.form, text: text.slice(c.start, c.end) }));
    },
  };
}

const formWordsCache = new WeakMap<Locale, Map<string, Set<string>>>();

/** A plural's stem, as the anaphors of objects.ts compare words ("kiosks", "kiosk"). */
export const wordStem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/u, "");

/**
 * The categories each word of a locale's forms may stand for ("kiosks" -> crypto ATMs, from "crypto kiosks"):
 * a definite noun that repeats a word of a category's form refers back to that category.
 */
export function categoryWords(locale: Locale): Map<string, Set<string>> {
  let m = formWordsCache.get(locale);
  if (m) return m;
  m = new Map();
  for (const [name, forms] of Object.entries(locale.categories ?? {})) {
    for (const form of forms) {
      for (const w of form.replace(/\*/g, "").split(/[\s-]+/u)) {
        if (w.length < 3) continue;
        const s = wordStem(w);
        let set = m.get(s);
        if (!set) m.set(s, (set = new Set()));
        set.add(name);
      }
    }
  }
  formWordsCache.set(locale, m);
  return m;
}

// Turns a locale's word forms into regular expressions, once per locale.
import { PhraseTrie } from "./phrase-trie.js";
// "ban*" -> ban\p{L}*; "order* ... to remove" -> up to four words in between; "hob … auf" -> any
// words of the clause in between, the last form closing it;
// spaces -> any whitespace; word boundaries are Unicode-aware.
import { escapeRegExp as esc, isUnspaced } from "./words.js";
const L = "[\\p{L}\\p{N}]";

export function formSource(form: string): string {
  const { pre, body, post } = formParts(form);
  return pre + body + post;
}

/** A form's regexp source in three parts: the boundary before it, its words, the boundary after. */
function formParts(form: string): { pre: string; body: string; post: string } {
  let f = form.trim();
  // A leading "*" matches the start of a compound: "*verbot" = TikTok-Verbot, Nutzungsverbot.
  const compound = f.startsWith("*");
  if (compound) f = f.slice(1);
  // In scripts without spaces, "..." spans a few characters rather than words.
  const unspacedForm = isUnspaced(f);
  // "hob … auf": a separable particle closing its clause, however many words stand between ("hob das Gericht
  // in Luxemburg das Verbot nach einer Klage jedoch wieder auf.").
  const closing = /\s…\s/u.test(f);
  const word = (p: string) => p.split(/\s+/).map((w) => (w.endsWith("*") ? esc(w.slice(0, -1)) + "[\\p{L}\\p{N}'’-]*" : esc(w).replace(/'/g, "['’]"))).join("\\s+");
  const gapped = (p: string) => p.split(/\s*\.\.\.\s*/).map(word).join(unspacedForm ? "[^\\s.!?;:。！？；：]{0,12}?" : "(?:\\s+[^\\s.!?;:]+){0,4}?\\s+");
  const body = f.split(/\s+…\s+/u).map(gapped).join("(?:\\s+[^\\s.!?;:,]+){0,20}?\\s+") + (closing ? "(?=\\s*(?:[.!?;:,]|$))" : "");
  const first = f[0];
  const bare = f.replace(/\*$/, "");
  const last = bare[bare.length - 1];
  // Scripts written without spaces have no letter boundaries to assert: the phrase trie
  // starts such forms at segmenter word boundaries.
  const pre = compound ? `(?<!${L})[\\p{L}\\p{N}-]*` : /[\p{L}\p{N}]/u.test(first) && !unspacedForm ? `(?<!${L})` : "";
  const post = f.endsWith("*") || unspacedForm || !/[\p{L}\p{N}]/u.test(last) ? "" : `(?!${L})`;
  return { pre, body, post };
}

/** The word boundaries a run of alternatives may share (a compound's leading letters may not: see below). */
const SHAREABLE_PRE = new Set(["", `(?<!${L})`]);

/**
 * Alternatives (each a form's parts, its body perhaps wrapped in a group) joined in their
 * order, with the boundaries that consecutive alternatives share written once:
 * `(?<!L)(?:(?:a|b)(?!L)|c*)` for `(?:(?<!L)a(?!L))|(?:(?<!L)b(?!L))|(?:(?<!L)c*)`. Both try
 * a, then b, then c at a position, so they match the same text; but V8 builds the Unicode
 * letter class anew at every occurrence (about half a millisecond each), which made compiling
 * a locale's cue lists most of the cost of a one-file extract. A compound's leading
 * `(?<!L)[\p{L}\p{N}-]*` is not shared: with it in front, the order in which prefixes and
 * forms are tried would change.
 */
function joinAlternatives(alts: { pre: string; body: string; post: string }[]): string {
  const out: string[] = [];
  for (let i = 0; i < alts.length; ) {
    const { pre } = alts[i];
    let j = i + 1;
    if (SHAREABLE_PRE.has(pre)) while (j < alts.length && alts[j].pre === pre) j++;
    const rest = joinByPost(alts.slice(i, j));
    if (pre && rest.length > 1) out.push(`(?:${pre}(?:${rest.join("|")}))`);
    else out.push(...rest.map((r) => `(?:${pre}${r})`));
    i = j;
  }
  return out.join("|");
}

/** Bodies and their boundaries after, a run of the same boundary written once: `(?:a|b)(?!L)`. */
function joinByPost(alts: { body: string; post: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < alts.length; ) {
    const { post } = alts[i];
    let j = i + 1;
    if (post) while (j < alts.length && alts[j].post === post) j++;
    out.push(j - i === 1 ? alts[i].body + post : `(?:${alts.slice(i, j).map((a) => a.body).join("|")})${post}`);
    i = j;
  }
  return out;
}

/** One alternation of many forms, longest first so that "lift the ban" wins over "ban". */
export function compileForms(forms: string[], flags = "giu"): RegExp {
  return new RegExp(formsAlternation(forms), flags);
}

function formsAlternation(forms: string[]): string {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return joinAlternatives(sorted.map((f) => { const p = formParts(f); return { ...p, body: `(?:${p.body})` }; }));
}

/**
 * compileForms(forms).source, for a larger pattern, without building that regexp (V8 parses each
 * Unicode letter class of it, in every worker, for nothing): no forms is the empty pattern "(?:)",
 * as the source of an empty regexp reads; a "/" stays as written, where the source escapes it (the
 * same pattern either way).
 */
export function formsSource(forms: string[]): string {
  return formsAlternation(forms) || "(?:)";
}

/**
 * A regexp with one named group per form, longest form first across all keys, so that
 * "bloqu* l'interdiction" (a lift) wins over "bloqu*" (a ban) at the same position.
 */
export function compileKeyed(lists: { key: string; forms: string[] }[], flags = "giu"): { re: RegExp; keys: string[]; lengths: number[] } {
  const { alts, keys, lengths } = keyedAlternatives(lists);
  return { re: new RegExp(joinAlternatives(alts) || "(?!)", flags), keys, lengths };
}

/** compileKeyed's alternatives (one named group per form, longest form first) with their keys and form lengths. */
function keyedAlternatives(lists: { key: string; forms: string[] }[]) {
  const pairs: { key: string; form: string }[] = [];
  const seen = new Set<string>();
  for (const l of lists) for (const form of l.forms) {
    if (seen.has(form)) continue;
    seen.add(form);
    pairs.push({ key: l.key, form });
  }
  pairs.sort((a, b) => b.form.replace(/\*/g, "").length - a.form.replace(/\*/g, "").length);
  const keys = pairs.map((p) => p.key);
  const lengths = pairs.map((p) => p.form.replace(/\*/g, "").length);
  const parts = pairs.map((p) => formParts(p.form));
  const alts = parts.map((f, i) => ({ ...f, body: `(?<k${i}>${f.body})` }));
  return { alts, parts, keys, lengths };
}

/** Which alternative of a keyed regexp matched. */
function indexOfMatch(m: RegExpMatchArray, n: number): number {
  const g = m.groups ?? {};
  for (let i = 0; i < n; i++) if (g[`k${i}`] !== undefined) return i;
  return -1;
}

export interface Span {
  start: number;
  end: number;
  text: string;
  m?: RegExpMatchArray;
}

export function findAll(re: RegExp, text: string, offset = 0): (Span & { m: RegExpMatchArray })[] {
  const out: (Span & { m: RegExpMatchArray })[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0], m });
  }
  return out;
}

/**
 * A keyed pattern list run only where it can match (compromise's rule index is the model):
 * the forms are grouped by their first word, a phrase trie of those first words finds the
 * candidate starts in one pass, and at each start only the group of the word found there is
 * tried. One regexp with hundreds of alternatives and lookbehinds tried at every common word
 * ("the", "in") costs far more than the words of a sentence do.
 */
export interface KeyedHit extends Span {
  key: string;
}
export interface KeyedMatcher {
  find(text: string, offset?: number): KeyedHit[];
  test(text: string): boolean;
}

export interface Group {
  keys: string[];
  /** The length of each alternative's form: the longest form wins, as in one alternation. */
  lengths: number[];
  /** The match of the group's alternation at a position (sticky), or null. */
  at(text: string, at: number): RegExpExecArray | null;
}

const WORD_START = `(?<!${L})`;
const WORD_END = `(?!${L})`;
const STAR = "[\\p{L}\\p{N}'’-]*";
/**
 * A form's boundaries and the rest of a word after a trailing "*", each tested at one position by
 * one regexp of the same class and flags as the group regexps hold them: V8 builds a Unicode
 * letter class anew, and case-folds it, in every case-insensitive regexp it compiles (about half
 * a millisecond each, in every worker), while a regexp of plain words compiles in a few
 * microseconds.
 */
const AT_WORD_START = new RegExp(WORD_START, "yiu");
const AT_WORD_END = new RegExp(WORD_END, "yiu");
const REST_OF_WORD = new RegExp(STAR, "yiu");
const holds = (re: RegExp, text: string, at: number) => ((re.lastIndex = at), re.test(text));

/**
 * A keyed group's regexp, sticky. Where every form is plain words (and perhaps a trailing "*")
 * between word boundaries, the words alone are tried first, as one alternation in the same
 * order: an alternative whose words do not match here cannot match with its boundaries either,
 * so the first one whose words match is the alternation's answer when its boundaries hold there
 * (tested apart) — the same text, the same alternative. Where they do not, the whole regexp,
 * boundaries and all, is built then and decides.
 */
export function compileGroup(lists: { key: string; forms: string[] }[]): Group {
  const { alts, parts, keys, lengths } = keyedAlternatives(lists);
  let whole: RegExp | null = null;
  const wholeAt = (text: string, at: number) => {
    whole ??= new RegExp(joinAlternatives(alts) || "(?!)", "yiu");
    whole.lastIndex = at;
    return whole.exec(text);
  };
  const starred = parts.map((p) => p.post === "" && p.body.endsWith(STAR));
  const words = parts.map((p, i) => (starred[i] ? p.body.slice(0, -STAR.length) : p.body));
  const plain = parts.length > 0 && parts.every((p, i) => (p.pre === "" || p.pre === WORD_START) && (p.post === "" || p.post === WORD_END) && !words[i].includes("\\p{"));
  if (!plain) return { keys, lengths, at: wholeAt };
  const bare = new RegExp(words.map((w, i) => `(?<k${i}>${w})`).join("|"), "yiu");
  const at = (text: string, at: number): RegExpExecArray | null => {
    bare.lastIndex = at;
    const m = bare.exec(text);
    if (!m) return null;
    const i = indexOfMatch(m, keys.length);
    const p = parts[i];
    if (p.pre && !holds(AT_WORD_START, text, at)) return wholeAt(text, at);
    if (!starred[i]) return p.post && !holds(AT_WORD_END, text, at + m[0].length) ? wholeAt(text, at) : m;
    // The rest of the word after a trailing "*", as the whole regexp's greedy class takes it (nothing follows it there).
    REST_OF_WORD.lastIndex = at + m[0].length;
    const rest = REST_OF_WORD.exec(text)![0];
    if (!rest) return m;
    const full = m[0] + rest;
    m[0] = full;
    m[i + 1] = full;
    m.groups![`k${i}`] = full;
    return m;
  };
  return { keys, lengths, at };
}

/** The first word of a form, as the trie folds it; "*" kept for prefix forms. */
const firstWord = (form: string) => form.trim().split(/\s+|\.\.\./)[0].toLowerCase().replace(/’/g, "'");

export function compileKeyedMatcher(lists: { key: string; forms: string[] }[]): KeyedMatcher {
  const byWord = new Map<string, { key: string; forms: string[] }[]>();
  for (const l of lists) for (const f of l.forms) {
    const w = f.trim().startsWith("*") ? "*" : firstWord(f);
    const g = byWord.get(w) ?? [];
    g.push({ key: l.key, forms: [f] });
    byWord.set(w, g);
  }
  // Each group's regexp is built the first time its word is found (most never are in one article).
  const compiled = new Map<string, Group>();
  const group = (w: string): Group => {
    let g = compiled.get(w);
    if (!g) compiled.set(w, (g = compileGroup(byWord.get(w)!)));
    return g;
  };
  const trie = new PhraseTrie<string>();
  for (const w of byWord.keys()) if (w !== "*") trie.add(w, w, false);
  const hasCompoundGroup = byWord.has("*");
  const suffixes = lists.flatMap((l) => l.forms.filter((f) => f.trim().startsWith("*")).map((f) => esc(f.trim().slice(1).split(/\s+/)[0].replace(/\*$/, ""))));
  const compound = suffixes.length ? new RegExp(suffixes.join("|"), "giu") : null;
  /** Candidate starts, in order, with the groups to try there. */
  const starts = (text: string): { at: number; groups: Group[] }[] => {
    const out = trie.findAllAt(text).map((h) => ({ at: h.start, groups: h.values.map(group) }));
    if (!compound || !hasCompoundGroup) return out;
    const compoundGroup = group("*");
    compound.lastIndex = 0;
    for (const m of text.matchAll(compound)) {
      let at = m.index!;
      while (at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1])) at--;
      const same = out.find((o) => o.at === at);
      if (same) same.groups.push(compoundGroup);
      else out.push({ at, groups: [compoundGroup] });
    }
    return out.sort((a, b) => a.at - b.at);
  };
  const find = (text: string, offset = 0) => {
    const out: KeyedHit[] = [];
    let after = 0;
    for (const { at, groups: gs } of starts(text)) {
      if (at < after) continue;
      // The longest form wins across the groups tried here, as it would in one alternation.
      let best: { m: RegExpExecArray; g: Group; i: number } | null = null;
      for (const g of gs) {
        const m = g.at(text, at);
        if (!m || !m[0].length) continue;
        const i = indexOfMatch(m, g.keys.length);
        if (!best || g.lengths[i] > best.g.lengths[best.i]) best = { m, g, i };
      }
      if (!best) continue;
      const len = best.m[0].length;
      out.push({ start: offset + at, end: offset + at + len, text: best.m[0], m: best.m, key: best.g.keys[best.i] });
      after = at + len;
    }
    return out;
  };
  return { find, test: (text) => find(text).length > 0 };
}

/** A list of cue forms, found where its first words stand (see compileKeyedMatcher): the first match and where it starts. */
export interface CueMatcher {
  exec(text: string): { index: number; text: string } | null;
  test(text: string): boolean;
}

export function compileCues(forms: string[]): CueMatcher {
  const m = compileKeyedMatcher([{ key: "cue", forms }]);
  const exec = (text: string) => {
    const h = m.find(text)[0];
    return h ? { index: h.start, text: h.text } : null;
  };
  return { exec, test: (text) => exec(text) !== null };
}

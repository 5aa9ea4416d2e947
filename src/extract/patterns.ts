// Turns a locale's word forms into regular expressions, once per locale.
import { PhraseTrie } from "./phrase-trie.js";
// "ban*" -> ban\p{L}*; "order* ... to remove" -> up to four words in between;
// spaces -> any whitespace; word boundaries are Unicode-aware.
import { escapeRegExp as esc, isUnspaced } from "./words.js";
const L = "[\\p{L}\\p{N}]";

export function formSource(form: string): string {
  let f = form.trim();
  // A leading "*" matches the start of a compound: "*verbot" = TikTok-Verbot, Nutzungsverbot.
  const compound = f.startsWith("*");
  if (compound) f = f.slice(1);
  // In scripts without spaces, "..." spans a few characters rather than words.
  const unspacedForm = isUnspaced(f);
  const parts = f.split(/\s*\.\.\.\s*/);
  const body = parts
    .map((p) =>
      p
        .split(/\s+/)
        .map((w) => (w.endsWith("*") ? esc(w.slice(0, -1)) + "[\\p{L}\\p{N}'’-]*" : esc(w).replace(/'/g, "['’]")))
        .join("\\s+"),
    )
    .join(unspacedForm ? "[^\\s.!?;:。！？；：]{0,12}?" : "(?:\\s+[^\\s.!?;:]+){0,4}?\\s+");
  const first = f[0];
  const bare = f.replace(/\*$/, "");
  const last = bare[bare.length - 1];
  // Scripts written without spaces have no letter boundaries to assert: the phrase trie
  // starts such forms at segmenter word boundaries.
  const pre = compound ? `(?<!${L})[\\p{L}\\p{N}-]*` : /[\p{L}\p{N}]/u.test(first) && !unspacedForm ? `(?<!${L})` : "";
  const post = f.endsWith("*") || unspacedForm || !/[\p{L}\p{N}]/u.test(last) ? "" : `(?!${L})`;
  return pre + body + post;
}

/** One alternation of many forms, longest first so that "lift the ban" wins over "ban". */
export function compileForms(forms: string[], flags = "giu"): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((f) => `(?:${formSource(f)})`).join("|"), flags);
}

/**
 * A regexp with one named group per form, longest form first across all keys, so that
 * "bloqu* l'interdiction" (a lift) wins over "bloqu*" (a ban) at the same position.
 */
export function compileKeyed(lists: { key: string; forms: string[] }[], flags = "giu"): { re: RegExp; keys: string[] } {
  const pairs: { key: string; form: string }[] = [];
  const seen = new Set<string>();
  for (const l of lists) for (const form of l.forms) {
    if (seen.has(form)) continue;
    seen.add(form);
    pairs.push({ key: l.key, form });
  }
  pairs.sort((a, b) => b.form.replace(/\*/g, "").length - a.form.replace(/\*/g, "").length);
  const keys = pairs.map((p) => p.key);
  const alts = pairs.map((p, i) => `(?<k${i}>${formSource(p.form)})`);
  return { re: new RegExp(alts.join("|") || "(?!)", flags), keys };
}

export function keyOfMatch(m: RegExpMatchArray, keys: string[]): string | null {
  const g = m.groups ?? {};
  for (let i = 0; i < keys.length; i++) if (g[`k${i}`] !== undefined) return keys[i];
  return null;
}

export interface Span {
  start: number;
  end: number;
  text: string;
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
 * A keyed pattern list run only where it can match: a phrase trie of each form's first
 * word finds candidate starts in one pass, and the sticky regexp is tried at those
 * starts alone. Scanning every position with hundreds of alternatives and lookbehinds
 * costs far more than the words of a sentence do.
 */
export interface KeyedMatcher {
  keys: string[];
  find(text: string, offset?: number): (Span & { m: RegExpMatchArray })[];
  test(text: string): boolean;
}

export function compileKeyedMatcher(lists: { key: string; forms: string[] }[]): KeyedMatcher {
  const { re, keys } = compileKeyed(lists, "yiu");
  const trie = new PhraseTrie<true>();
  const suffixes: string[] = [];
  for (const l of lists) for (const f of l.forms) {
    const t = f.trim();
    if (t.startsWith("*")) suffixes.push(esc(t.slice(1).split(/\s+/)[0].replace(/\*$/, "")));
    else trie.add(t.split(/\s+|\.\.\./)[0], true, false);
  }
  const compound = suffixes.length ? new RegExp(suffixes.join("|"), "giu") : null;
  const starts = (text: string): number[] => {
    const out = trie.find(text).map((h) => h.start);
    if (compound) {
      compound.lastIndex = 0;
      for (const m of text.matchAll(compound)) {
        let s = m.index!;
        while (s > 0 && /[\p{L}\p{N}-]/u.test(text[s - 1])) s--;
        out.push(s);
      }
    }
    return [...new Set(out)].sort((a, b) => a - b);
  };
  const find = (text: string, offset = 0) => {
    const out: (Span & { m: RegExpMatchArray })[] = [];
    let after = 0;
    for (const s of starts(text)) {
      if (s < after) continue;
      re.lastIndex = s;
      const m = re.exec(text);
      if (!m || !m[0].length) continue;
      out.push({ start: offset + s, end: offset + s + m[0].length, text: m[0], m });
      after = s + m[0].length;
    }
    return out;
  };
  return { keys, find, test: (text) => find(text).length > 0 };
}

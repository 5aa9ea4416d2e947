// Turns a locale's word forms into regular expressions, once per locale.
// "ban*" -> ban\p{L}*; "order* ... to remove" -> up to four words in between;
// spaces -> any whitespace; word boundaries are Unicode-aware.
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const L = "[\\p{L}\\p{N}]";

export function formSource(form: string): string {
  const parts = form.trim().split(/\s*\.\.\.\s*/);
  const body = parts
    .map((p) =>
      p
        .split(/\s+/)
        .map((w) => (w.endsWith("*") ? esc(w.slice(0, -1)) + "[\\p{L}\\p{N}'’-]*" : esc(w).replace(/'/g, "['’]")))
        .join("\\s+"),
    )
    .join("(?:\\s+[^\\s.!?;:]+){0,4}?\\s+");
  const first = form.trim()[0];
  const last = form.trim().replace(/\*$/, "")[form.trim().replace(/\*$/, "").length - 1];
  const pre = /[\p{L}\p{N}]/u.test(first) ? `(?<!${L})` : "";
  const post = form.trim().endsWith("*") || !/[\p{L}\p{N}]/u.test(last) ? "" : `(?!${L})`;
  return pre + body + post;
}

/** One alternation of many forms, longest first so that "lift the ban" wins over "ban". */
export function compileForms(forms: string[], flags = "giu"): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((f) => `(?:${formSource(f)})`).join("|"), flags);
}

/** A regexp with one named group per key, to learn which list matched. */
export function compileKeyed(lists: { key: string; forms: string[] }[], flags = "giu"): { re: RegExp; keys: string[] } {
  const keys: string[] = [];
  const alts: string[] = [];
  lists.forEach((l, i) => {
    if (!l.forms.length) return;
    keys.push(l.key);
    const sorted = [...new Set(l.forms)].sort((a, b) => b.length - a.length);
    alts.push(`(?<k${keys.length - 1}>${sorted.map((f) => `(?:${formSource(f)})`).join("|")})`);
    void i;
  });
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

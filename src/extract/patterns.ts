// Turns a locale's word forms into regular expressions, once per locale.
// "ban*" -> ban\p{L}*; "order* ... to remove" -> up to four words in between;
// spaces -> any whitespace; word boundaries are Unicode-aware.
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const L = "[\\p{L}\\p{N}]";

export function formSource(form: string): string {
  let f = form.trim();
  // A leading "*" matches the start of a compound: "*verbot" = TikTok-Verbot, Nutzungsverbot.
  const compound = f.startsWith("*");
  if (compound) f = f.slice(1);
  const parts = f.split(/\s*\.\.\.\s*/);
  const body = parts
    .map((p) =>
      p
        .split(/\s+/)
        .map((w) => (w.endsWith("*") ? esc(w.slice(0, -1)) + "[\\p{L}\\p{N}'’-]*" : esc(w).replace(/'/g, "['’]")))
        .join("\\s+"),
    )
    .join("(?:\\s+[^\\s.!?;:]+){0,4}?\\s+");
  const first = f[0];
  const bare = f.replace(/\*$/, "");
  const last = bare[bare.length - 1];
  const pre = compound ? `(?<!${L})[\\p{L}\\p{N}-]*` : /[\p{L}\p{N}]/u.test(first) ? `(?<!${L})` : "";
  const post = f.endsWith("*") || !/[\p{L}\p{N}]/u.test(last) ? "" : `(?!${L})`;
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

// A ban on a thing's exports names the exports, not the thing: "India banned wheat exports",
// "l'interdiction des exportations de blé", "ein Exportverbot für Weizen" are all "wheat exports";
// the thing stays legal at home. An import ban keeps the thing out of the country, so it bans the
// thing itself ("a ban on imports of disposable vapes" is "disposable vapes").
// Data: a locale's `frames.exportWords` (before the thing) and `frames.exportWordsAfter` (after it,
// where modifiers precede their noun: "rice exports").
import type { Locale } from "../locales/types.js";
import type { TargetHit } from "./targets.js";
import { formsSource } from "./patterns.js";
import { escapeRegExp } from "./words.js";
import { exportsName } from "../gazetteer/english-plurals.js";

export interface ExportsReader {
  /** Renames the category hits of one text that name exports ("wheat" -> "wheat exports"); a list's later items share the first's. */
  qualify<T extends TargetHit>(text: string, offset: number, hits: T[], isCategory: (h: T) => boolean): void;
}

/** Small words between an export word and its thing: articles, prepositions, links and one-word ban nouns ("export ban on"). */
function linkWords(locale: Locale): string[] {
  const g = locale.grammar;
  const fr = locale.frames;
  const banNouns = locale.triggers.filter((t) => t.kind === "noun").flatMap((t) => t.forms).filter((f) => !/[\s*.]/.test(f));
  const all = [...(g?.articles ?? []), ...(g?.prepositions ?? []), ...(g?.determiners ?? []), ...Object.values(g?.contractions ?? {}).flat(),
    ...(fr?.nounLinks ?? []), ...(fr?.genitives ?? []), ...banNouns];
  return [...new Set(all.map((w) => w.replace(/['’]$/, "")).filter(Boolean))].sort((a, b) => b.length - a.length);
}

const cache = new WeakMap<Locale, ExportsReader | null>();

/** The exports reader of a locale, built once; null where the locale names no export words. */
export function compileExports(locale: Locale): ExportsReader | null {
  if (!cache.has(locale)) cache.set(locale, buildExports(locale));
  return cache.get(locale)!;
}

function buildExports(locale: Locale): ExportsReader | null {
  const before = locale.frames?.exportWords;
  if (!before?.length) return null;
  const after = locale.frames?.exportWordsAfter ?? [];
  const links = linkWords(locale).map(escapeRegExp).join("|");
  const word = (forms: string[]) => `(?<![\\p{L}\\p{N}])(?:${formsSource(forms)})(?![\\p{L}\\p{N}])`;
  // The export word, then small words and at most one other (an adjective: "exports of Indian wheat").
  const small = `(?:[\\s'’]+(?:${links})(?![\\p{L}\\p{N}]))*`;
  const lead = new RegExp(`${word(before)}${small}(?:[\\s'’]+[\\p{L}-]+)?${small}[\\s'’]+$`, "iu");
  const trail = after.length ? new RegExp(`^[\\s-]+(?:${formsSource(after)})(?![\\p{L}\\p{N}])`, "iu") : null;
  const inside = new RegExp(word([...before, ...after]), "iu");
  const anyBefore = new RegExp(word(before), "iu");
  const conj = (locale.grammar?.conjunctions ?? []).map(escapeRegExp).join("|") || "(?!)";
  const listGap = new RegExp(`^\\s*(?:,\\s*)?(?:(?:${conj})\\s+)?(?:(?:${links})[\\s'’]+)*$`, "iu");
  return {
    qualify(text, offset, hits, isCategory) {
      let last: TargetHit | null = null;
      for (const h of [...hits].sort((a, b) => a.start - b.start)) {
        if (!isCategory(h)) { last = null; continue; }
        const from = h.start - offset;
        const post = trail?.exec(text.slice(h.end - offset));
        // "exports of wheat, rice and sugar": the list's later items share the exports.
        const listed: boolean = !!last && listGap.test(text.slice(last.end - offset, from));
        const window = text.slice(Math.max(0, from - 80), from);
        // The export word alone first: most hits have none before them, and the full pattern backtracks.
        const own = inside.test(h.text);
        const exported: boolean = own || (anyBefore.test(window) && lead.test(window)) || !!post || listed;
        if (post && !own) {
          h.end += post[0].length;
          h.text = text.slice(from, h.end - offset);
        }
        if (exported && !/\bexports$/.test(h.name)) h.name = exportsName(h.name);
        last = exported ? h : null;
      }
    },
  };
}

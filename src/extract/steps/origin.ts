// A category named by where it comes from is that trade, whatever the language: "ukraińskiego
// zboża", "carne bovina brasileira", "Ukrainian grain" are all "Ukrainian grain", so that an
// import ban reads alike in every report of it (English frames already keep their demonym).
import type { CompiledLocale } from "../compile.js";
import type { PlaceHit } from "../places.js";
import type { Sentence } from "../sentences.js";
import type { TargetHit } from "../targets.js";
import { isCategory } from "../targets.js";
import { englishDemonym } from "../../gazetteer/demonyms.js";
import { VENDOR_NAMED_HEADS } from "../../gazetteer/categories.js";

// The word right before a hit, or right after it: adjectives stand before the noun in some languages, after it in others.
const WORD_BEFORE = /([\p{L}'’-]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}'’-]+)/u;

/**
 * A category hit with a demonym next to it, renamed "<Demonym> <category>" and widened over the demonym.
 * Not when that country decides in the sentence ("Russia bans Russian ..."): then the adjective says nothing of origin.
 */
export function withOrigin(x: TargetHit, s: Sentence, places: PlaceHit[], c: CompiledLocale): TargetHit[] {
  if (!isCategory(x) || VENDOR_NAMED_HEADS.has(x.name.split(" ").pop()!)) return [x];
  const from = x.start - s.start, to = x.end - s.start;
  const before = WORD_BEFORE.exec(s.text.slice(Math.max(0, from - 40), from));
  const after = WORD_AFTER.exec(s.text.slice(to, to + 40));
  for (const [m, side] of [[before, "before"], [after, "after"]] as const) {
    const demonym = m ? originOf(m[1], places, c) : null;
    if (!m || !demonym || x.name.startsWith(`${demonym} `)) continue;
    const start = side === "before" ? x.start - m[0].length : x.start;
    const end = side === "before" ? x.end : x.end + m[0].length;
    const others = coordinated(x, side === "before" ? start : end, side, s, places, c);
    // The category's own hit spans the demonyms it shares: the list a frame reads ("Russian, Belarusian and Iranian oil").
    const first = others.length ? others[others.length - 1] : null;
    return [renamed(x, side === "before" && first ? first.start : start, side === "after" && first ? first.end : end, s, demonym), ...others];
  }
  return [fromCountry(x, s, places, c) ?? x];
}

/** The English demonym of a word naming an origin: a demonym of a country the sentence does not name as a place. */
function originOf(word: string, places: PlaceHit[], c: CompiledLocale): string | null {
  const code = c.places.demonym(word);
  return code && !namedAsPlace(code, places) ? englishDemonym(code) : null;
}

/**
 * "Russian and Belarusian oil", "le pétrole russe et biélorusse", "russisches und belarussisches Öl": demonyms
 * coordinated with the one next to the category share it; each names a trade of its own.
 */
function coordinated(x: TargetHit, at: number, side: "before" | "after", s: Sentence, places: PlaceHit[], c: CompiledLocale): TargetHit[] {
  const out: TargetHit[] = [];
  for (let rel = at - s.start; ;) {
    const near = side === "before" ? s.text.slice(Math.max(0, rel - 60), rel) : s.text.slice(rel, rel + 60);
    // The gap must be one of the locale's list gaps.
    const found = (side === "before" ? COORDINATED_BEFORE : COORDINATED_AFTER).map((re) => re.exec(near)?.groups)
      .map((g) => g && c.grammar.listGap.test(g.gap) ? { length: g.gap.length + g.word.length, word: g.word, demonym: originOf(g.word, places, c) } : null)
      .find((h) => h?.demonym);
    if (!found) return out;
    rel = side === "before" ? rel - found.length : rel + found.length;
    // The hit spans the demonym alone: no hit holds another, and the demonym is read as no name of its own.
    const start = s.start + (side === "before" ? rel : rel - found.word.length);
    out.push({ ...x, start, end: start + found.word.length, text: found.word, name: `${found.demonym} ${x.name}`, coordinated: true });
  }
}
// A comma alone first, then a conjunction word: a word (the demonym) and the gap between it and the last one.
const COORDINATED_BEFORE = [/(?<word>[\p{L}'’-]+)(?<gap>\s*,\s*)$/u, /(?<word>[\p{L}'’-]+)(?<gap>(?:\s*,\s*|\s+)[\p{L}&]+\s+)$/u];
const COORDINATED_AFTER = [/^(?<gap>\s*,\s*)(?<word>[\p{L}'’-]+)/u, /^(?<gap>(?:\s*,\s*|\s+)[\p{L}&]+\s+)(?<word>[\p{L}'’-]+)/u];

/** "grain from Ukraine", "zboża z Ukrainy": a country after the locale's origin words, unless it decides elsewhere in the sentence. */
function fromCountry(x: TargetHit, s: Sentence, places: PlaceHit[], c: CompiledLocale): TargetHit | null {
  if (!c.fromPlace) return null;
  const p = places.find((p) => p.kind === "country" && p.start >= x.end && c.fromPlace!.test(s.text.slice(x.end - s.start, p.start - s.start)));
  const demonym = p ? englishDemonym(p.code) : null;
  if (!p || !demonym || namedAsPlace(p.code, places, p)) return null;
  return renamed(x, x.start, p.end, s, demonym);
}

/** Whether the sentence names the country as a place (not by its demonym) elsewhere than `except`: then it decides, it is no origin. */
const namedAsPlace = (code: string, places: PlaceHit[], except?: PlaceHit) => places.some((p) => p !== except && p.code === code && p.kind !== "demonym");

const renamed = (x: TargetHit, start: number, end: number, s: Sentence, demonym: string): TargetHit =>
  ({ ...x, start, end, text: s.text.slice(start - s.start, end - s.start), name: `${demonym} ${x.name}` });

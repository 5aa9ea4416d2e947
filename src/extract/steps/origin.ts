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
export function withOrigin(x: TargetHit, s: Sentence, places: PlaceHit[], c: CompiledLocale): TargetHit {
  if (!isCategory(x) || VENDOR_NAMED_HEADS.has(x.name.split(" ").pop()!)) return x;
  const from = x.start - s.start, to = x.end - s.start;
  const before = WORD_BEFORE.exec(s.text.slice(Math.max(0, from - 40), from));
  const after = WORD_AFTER.exec(s.text.slice(to, to + 40));
  for (const [m, side] of [[before, "before"], [after, "after"]] as const) {
    const code = m ? c.places.demonym(m[1]) : null;
    const demonym = code ? englishDemonym(code) : null;
    if (!m || !demonym || x.name.startsWith(`${demonym} `) || namedAsPlace(code!, places)) continue;
    const start = side === "before" ? x.start - m[0].length : x.start;
    const end = side === "before" ? x.end : x.end + m[0].length;
    return renamed(x, start, end, s, demonym);
  }
  return fromCountry(x, s, places, c) ?? x;
}

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

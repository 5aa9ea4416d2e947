// Gapping: "Western Australia banned it in 1990, New South Wales in 1995 and Queensland in 2005".
// After a dated ban, a list of place-and-date pairs repeats the verb and its object for each
// place, so each pair is the same decision taken there, at its own date.
import type { Mention } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { SentenceFacts } from "./facts.js";
import type { DateHit } from "../dates.js";
import type { PlaceHit } from "../places.js";

/** Between a listed pair and the one before it: a list separator, or "followed by" ("seguida da Bélgica, em 2011"). */
const isGap = (gap: string, c: CompiledLocale) => c.grammar.listGap.test(gap) || !!c.followedByGap?.test(gap);

/** Between a place and its date: nothing, or one short function word ("in", "nel", "en", "im"). */
const PLACE_DATE_GAP = /^[\s,]*(?:\p{Ll}{1,4}\s+)?$/u;

/** The place standing right before a date, or null. */
function placeBefore(d: DateHit, places: PlaceHit[], text: string, base: number): PlaceHit | null {
  let best: PlaceHit | null = null;
  for (const p of places) if (p.end <= d.start && (!best || p.end > best.end)) best = p;
  return best && PLACE_DATE_GAP.test(text.slice(best.end - base, d.start - base)) ? best : null;
}

/**
 * The pairs that follow each dated mention whose decider the sentence names: one mention per
 * pair, with the pair's place and date and the mention's action and target. The list ends at
 * the first gap that is no list separator (", ", " and ", ", the ").
 */
export function gappedMentions(ms: Mention[], f: SentenceFacts, c: CompiledLocale, background: (m: Mention) => boolean): Mention[] {
  const out: Mention[] = [];
  const s = f.s;
  const dates = [...f.dates].sort((a, b) => a.start - b.start);
  for (const m of ms) {
    if (m.actorSource !== "sentence" || !m.announced || !m.actor.jurisdiction) continue;
    const own = dates.find((d) => d.value === m.announced && d.text === m.why.announced?.text);
    if (!own) continue;
    let end = own.end;
    const seen = new Set([m.actor.jurisdiction]);
    for (const d of dates) {
      if (d.start < end) continue;
      const p = placeBefore(d, f.places, s.text, s.start);
      if (!p || p.start < end || !isGap(s.text.slice(end - s.start, p.start - s.start), c)) break;
      end = d.end;
      if (seen.has(p.code)) continue;
      seen.add(p.code);
      const rule = "actor.gapped";
      // The pair gives a place and a date, nothing of the first decision's other dates.
      const { effective: _e, deadline: _d, expires: _x, duration: _u, ...why } = m.why;
      const g: Mention = {
        ...m, actor: { jurisdiction: p.code, level: p.level, name: p.name }, announced: d.value, effective: null, deadline: null, expires: null,
        duration: null, rules: [...m.rules, rule], why: { ...why, actor: { rule, text: p.text }, announced: { rule: d.rule, text: d.text } },
      };
      g.background = background(g);
      out.push(g);
    }
  }
  return out;
}

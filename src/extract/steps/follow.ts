// Places a sentence names as models or as where it was filed: they decided before, or
// decided nothing. "follows similar moves by the US, Canada and the EU" gives each listed
// place a background ban of the same target; a dateline ("BRUSSELS (Reuters) -") is no decider.
import type { Mention } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Sentence } from "../sentences.js";
import type { PlaceHit } from "../places.js";
import type { CompiledGrammar } from "../grammar.js";
import { ruleId } from "../rules.js";
import { AGAINST_CHARS, FOLLOW_CHARS, SUBJECT_VERB_WORDS } from "../constants.js";
import { countWords } from "../words.js";

/** "sanctions against Russia", "embargo contre la Russie": a place a measure is aimed at decides nothing. */
export const aimedAt = (p: PlaceHit, s: Sentence, c: CompiledLocale): boolean =>
  !!c.against?.test(s.text.slice(Math.max(0, p.start - s.start - AGAINST_CHARS), p.start - s.start));

/** The places next to each other in a list ("the US and Canadian authorities and the European Commission"). */
export function groupAround(places: PlaceHit[], idx: number, text: string, base: number, g: CompiledGrammar): PlaceHit[] {
  const joined = (a: PlaceHit, b: PlaceHit) => g.listGap.test(text.slice(a.end - base, b.start - base).replace(g.collectiveActor, ""));
  const group = [places[idx]];
  for (let i = idx - 1; i >= 0 && joined(places[i], group[0]); i--) group.unshift(places[i]);
  for (let i = idx + 1; i < places.length && joined(group[group.length - 1], places[i]); i++) group.push(places[i]);
  return group;
}

/** For each follow cue of the sentence, the list of places right after it. */
function followLists(s: Sentence, c: CompiledLocale, places: PlaceHit[]): { cue: string; places: PlaceHit[] }[] {
  if (!c.follow || !places.length) return [];
  const out: { cue: string; places: PlaceHit[] }[] = [];
  for (const cue of c.follow.find(s.text, s.start)) {
    const idx = places.findIndex((p) => p.start >= cue.end && p.start - cue.end <= FOLLOW_CHARS);
    if (idx >= 0) out.push({ cue: cue.text, places: modelsOnly(groupAround(places, idx, s.text, s.start, c.grammar), s, c) });
  }
  return out;
}

/**
 * A fronted model ends at the comma before the clause's subject: in "Following the example of
 * France, Spain now bans TikTok" Spain, right before the verb, is who decides, not a model.
 */
function modelsOnly(group: PlaceHit[], s: Sentence, c: CompiledLocale): PlaceHit[] {
  if (group.length < 2) return group;
  const starts = c.triggers.find(s.text, s.start).map((t) => t.start);
  const cut = group.findIndex((p, i) => i > 0 && /,\s*$/.test(s.text.slice(group[i - 1].end - s.start, p.start - s.start))
    && starts.some((t) => t >= p.end && countWords(s.text.slice(p.end - s.start, t - s.start)) <= SUBJECT_VERB_WORDS));
  return cut > 0 ? group.slice(0, cut) : group;
}

/** The places a sentence lists as models: none of them decided the sentence's own ban. */
export function followedPlaces(s: Sentence, c: CompiledLocale, places: PlaceHit[]): Set<PlaceHit> {
  return new Set(followLists(s, c, places).flatMap((l) => l.places));
}

/** A dateline opening a sentence ("TRENTON, Ontario –", "BRUSSELS (Reuters) -"): where the report was filed, not who decided. */
// "MANILA —", "NAIROBI, Kenya (AP) —"; in Spanish agency style a place in title case before ".-" ("Ciudad de México.- ",
// "Ciudad de México, 11 dic (EFE).-").
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\s.'’-]{2,}|\p{Lu}[\p{L}'’]+(?:\s+(?:de|del|do|da|di|\p{Lu}[\p{L}'’]+)){0,3}(?=(?:,\s*[\p{L}\p{N}\s.]{2,30})?(?:\s*\([^)]{1,30}\))?\.[–—-]))(?:,\s*[\p{L}\p{N}\s.'’-]{2,30})?(?:\s*\([^)]{1,30}\))?\.?\s*[–—-]\s/u;
export function datelineEnd(s: Sentence): number {
  const m = DATELINE.exec(s.text);
  return m ? s.start + m[0].length : s.start;
}
/** What follows the city of a dateline after a comma ("Ont." of "KINGSTON, Ont. —"), or null. */
export function datelineRegion(s: Sentence): string | null {
  const m = DATELINE.exec(s.text);
  return m ? /^,\s*([^(–—]+?)\s*(?:\(|[–—-]\s|$)/u.exec(m[0].slice(m[1].length))?.[1] ?? null : null;
}
/** The all-capitals place a dateline opens with ("MANILA" of "MANILA —"), or null. */
export function datelineCity(s: Sentence): string | null {
  return DATELINE.exec(s.text)?.[1].trim() ?? null;
}

/** One background ban per listed place and target (the sentence's targets, or the text's current ones). */
export function followMentions(s: Sentence, si: number, inTitle: boolean, names: string[], c: CompiledLocale): Mention[] {
  if (!names.length || !c.follow) return [];
  const out: Mention[] = [];
  const done = new Set<string>();
  for (const list of followLists(s, c, c.places.find(s.text, s.start))) {
    for (const place of list.places) {
      if (done.has(place.code)) continue;
      done.add(place.code);
      const cue = { rule: ruleId("cue.follow", c.locale.code), text: list.cue };
      for (const target of names) {
        out.push({
          action: "ban", target, actor: { jurisdiction: place.code, level: place.level, name: place.name },
          actorSource: "sentence", scope: null, audience: null, announced: null, effective: null, deadline: null,
          expires: null, duration: null, background: true, inTitle, paragraph: s.paragraph, sentence: si,
          evidence: { text: s.text, start: s.start, end: s.end }, triggerKind: "follow", targetSource: "previous", knownTarget: false,
          rules: [cue.rule, "target.previous-sentence"],
          why: { action: cue, background: cue, actor: { rule: cue.rule, text: place.text }, target: { rule: "target.previous-sentence", text: target } },
        });
      }
    }
  }
  return out;
}

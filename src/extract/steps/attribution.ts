// A sentence with no ban word that says who took the decision just reported, and when:
// "Dat heeft Vlaams onderwijsminister Zuhal Demir beslist.", "Das hat das bayerische Kabinett am
// Dienstag beschlossen.", "Así lo anunció el Ministerio de Salud de Chile el lunes." Its place
// decides the decision's mentions that named none, and its date dates those that had none.
import type { Mention, PartialDate } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Sentence } from "../sentences.js";
import type { PlaceHit } from "../places.js";
import { findDates } from "../dates.js";
import { ruleId } from "../rules.js";

/** How far back the decision may stand: the sentence right before. */
const ATTRIBUTION_SENTENCES = 1;

/** The first place the sentence names that can decide: no city (a city decides only as a subject right before a trigger). */
const decidingPlace = (s: Sentence, c: CompiledLocale): PlaceHit | undefined =>
  c.places.find(s.text, s.start).find((p) => p.kind !== "city");

/**
 * Completes the mentions of the sentence before `s` when `s` attributes that decision: the place it names for
 * those whose actor came from the article (or nowhere), its announced date for those with no date.
 * `earlier` tells a date that makes the decision an earlier one (background).
 */
export function attributeDecision(s: Sentence, si: number, last: Mention[], published: PartialDate | null, c: CompiledLocale,
  earlier: (d: PartialDate) => boolean): void {
  // The cue opens the sentence (after an opening quote at most).
  const cue = c.attribution?.exec(s.text);
  if (!cue || /[^\s"“„«]/u.test(s.text.slice(0, cue.index)) || !last.length || si - last[0].sentence > ATTRIBUTION_SENTENCES || last[0].paragraph !== s.paragraph) return;
  const place = decidingPlace(s, c);
  const date = findDates(s.text, s.start, c.locale, { published }).find((d) => d.role === "announced");
  const rule = ruleId("cue.attribution", c.locale.code);
  for (const m of last) {
    if (place && m.actorSource !== "sentence") {
      m.actor = { ...m.actor, jurisdiction: place.code, level: place.level };
      m.actorSource = "sentence";
      m.why.actor = { rule, text: place.text };
      m.rules.push(rule);
    }
    if (date && !m.announced) {
      m.announced = date.value;
      m.why.announced = { rule, text: date.text };
      m.rules.push(rule);
      if (!m.background && earlier(date.value)) {
        m.background = true;
        m.why.background = { rule, text: date.text };
      }
    }
  }
}

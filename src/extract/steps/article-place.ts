// The article's own jurisdiction, for sentences naming only "the government": the first
// place named in the headline or lead; else the place its dateline names (a story filed from
// Manila is the Philippines' however often it names China); else the place the article names
// most often; else a city its headline or lead names outside the locale's home country (any city, in a
// language with no home); else the locale's home country (a Dutch article naming no country is about
// the Netherlands).
import type { CompiledLocale } from "../compile.js";
import type { Sentence } from "../sentences.js";
import { countryPlace, type PlaceHit } from "../places.js";
import type { TargetHit } from "../targets.js";
import type { Span } from "../patterns.js";
import { describesObject } from "./facts.js";
import { levelOf } from "../../gazetteer/jurisdictions.js";
import { TARGET_ORIGINS } from "../../gazetteer/targets.js";
import { aimedAt, followedPlaces, datelineEnd, datelineCity, datelineRegion } from "./follow.js";
import { DATELINE_CAPITALS } from "../../gazetteer/world-capitals.js";
import { CAPITAL_DISTRICTS } from "../../gazetteer/capital-cities.js";
import { DATELINE_REGIONS } from "../../gazetteer/dateline-regions.js";
import { datelineCountry, datelineRegionOf } from "../../gazetteer/dateline-cities.js";
import { countryOf } from "../../gazetteer/jurisdictions.js";
import { MIN_PLACE_MENTIONS } from "../constants.js";

/** Places a sentence names as its own: not models ("follows the US and Canada"), not where it was filed (a dateline), not what a measure is aimed at. */
function ownPlaces(s: Sentence, c: CompiledLocale): PlaceHit[] {
  const hits = c.places.find(s.text, s.start);
  const followed = followedPlaces(s, c, hits);
  const dateline = datelineEnd(s);
  // A city is never the article's place: a story told from a city is not the city's unless it decides.
  // Nor a demonym describing a target ("de Chinese app WeChat"): where it comes from.
  let read: { targets: TargetHit[]; triggers: Span[] } | null = null;
  const readOnce = () => (read ??= { targets: c.targets.find(s.text, s.start), triggers: c.triggers.find(s.text, s.start) });
  const describes = (h: PlaceHit) => h.kind === "demonym" && describesObject(h, readOnce().targets, readOnce().triggers, s, c);
  // Nor a place opening or inside a name ("France 24", "Radio France Internationale"): the brand's, not the story's.
  // A place closing a name is a branch in that country ("Samidoun Deutschland", "Greenpeace France"): it stays.
  const inName = (h: PlaceHit) => readOnce().targets.some((t) => t.start <= h.start && h.end < t.end);
  return hits.filter((h) => !followed.has(h) && h.start >= dateline && h.kind !== "city" && !aimedAt(h, s, c) && !describes(h) && !inName(h)).map((h) => filedFrom(h, s));
}

/** A capital district standing alone as a dateline line ("Ciudad de México."): where a story was filed, its country. */
function filedFrom(h: PlaceHit, s: Sentence): PlaceHit {
  if (!CAPITAL_DISTRICTS.has(h.code) || s.text.replace(/[\s.:,–—-]+$/u, "").trim() !== h.text) return h;
  return countryPlace(h);
}

function leadPlace(c: CompiledLocale, lead: Sentence[], all: Sentence[]): PlaceHit | null {
  // A place a lead sentence without a decision names once, after a preposition, is where something happened
  // ("capsized in a typhoon off Japan"), not whose the story is: it counts when the article names it again.
  // A subject ("Nun hat Österreich nachgezogen") or a named institution ("Die Bundesnetzagentur") still counts.
  let named: Map<string, { n: number }> | null = null;
  const namedAgain = (h: PlaceHit) => ((named ??= placeCounts(c, all)).get(h.code)?.n ?? 0) >= MIN_PLACE_MENTIONS;
  const passing = (h: PlaceHit, s: Sentence) => h.kind !== "institution" && c.grammar.prepositionEnd.test(s.text.slice(0, h.start - s.start)) && !namedAgain(h);
  for (const s of lead) {
    const triggers = c.triggers.find(s.text, s.start);
    // A lead sentence about earlier decisions ("... have already taken this step") does not say whose the story is.
    if (c.background.test(s.text) && !triggers.length) continue;
    // Nor does one that imagines a decision ("Stell dir vor, die deutsche Regierung würde TikTok verbieten").
    if (c.hypothetical.test(triggers.length ? s.text.slice(0, triggers[0].start - s.start) : s.text)) continue;
    const hits = triggers.length ? ownPlaces(s, c) : ownPlaces(s, c).filter((h) => !passing(h, s));
    // "De vier Nederlandse kolencentrales ...": the home country's demonym before any place names the story's country.
    const homeAt = homeDemonymAt(c, s);
    if (homeAt >= 0 && (!hits.length || homeAt < hits[0].start)) return homePlace(c.locale.home!);
    // The place deciding the lead's first ban, the nearest before it ("Après le Pakistan, c'est au tour de l'Inde de bannir ...").
    const decider = triggers.length ? hits.filter((h) => h.end <= triggers[0].start).pop() : undefined;
    if (hits.length) return decider ?? hits[0];
  }
  return null;
}

/** How many times the article names each place as its own, with the first naming; `skip`: codes not counted. */
function placeCounts(c: CompiledLocale, sentences: Sentence[], skip: Set<string> = new Set()): Map<string, { n: number; hit: PlaceHit }> {
  const counts = new Map<string, { n: number; hit: PlaceHit }>();
  for (const s of sentences) {
    for (const h of ownPlaces(s, c)) {
      if (skip.has(h.code)) continue;
      const e = counts.get(h.code);
      if (e) e.n++;
      else counts.set(h.code, { n: 1, hit: h });
    }
  }
  return counts;
}

/** The place the body names most often, never the origin of a target ("data sent to China"). */
function frequentPlace(c: CompiledLocale, sentences: Sentence[]): PlaceHit | null {
  const origins = new Set<string>();
  for (const s of sentences) for (const t of c.targets.find(s.text, s.start)) if (TARGET_ORIGINS[t.name]) origins.add(TARGET_ORIGINS[t.name]);
  const best = [...placeCounts(c, sentences, origins).values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= MIN_PLACE_MENTIONS ? best.hit : null;
}

/** The home country as the article's place, named nowhere in particular. */
const homePlace = (code: string): PlaceHit => ({ start: -1, end: -1, text: "", code, level: levelOf(code), name: null, kind: "country" });

/** Where a sentence first names the language's home country by its demonym ("Nederlandse", "französische"), or -1. */
function homeDemonymAt(c: CompiledLocale, s: Sentence): number {
  if (!c.locale.home) return -1;
  for (const m of s.text.matchAll(/\p{L}+/gu)) if (c.places.demonym(m[0]) === c.locale.home) return s.start + m.index!;
  return -1;
}


/**
 * Where the story was filed ("MANILA —", "NAIROBI, Kenya (AP) —"), when the headline and lead name no place:
 * a regulator named without its country decides where its reporter stands more often than not.
 */
function datelinePlace(c: CompiledLocale, lead: Sentence[]): PlaceHit | null {
  for (const s of lead) {
    const end = datelineEnd(s);
    if (end === s.start) continue;
    const city = datelineCity(s)!;
    const code = DATELINE_CAPITALS[city];
    if (code) {
      const start = s.start + s.text.indexOf(city);
      return { start, end: start + city.length, text: city, code, level: levelOf(code), name: null, kind: "country" };
    }
    const hit = c.places.find(s.text, s.start).find((h) => h.end <= end && (h.kind === "country" || h.kind === "subdivision"));
    // "Ciudad de México.- ": a capital district filing a story places it in the country
    if (hit && CAPITAL_DISTRICTS.has(hit.code)) return countryPlace(hit);
    if (hit) return hit;
    // "KINGSTON, Ont. —": a state or province in agency style after the city.
    const region = datelineRegion(s);
    const regionCode = region ? DATELINE_REGIONS[region] : undefined;
    if (regionCode) {
      const start = s.start + s.text.indexOf(region!, city.length);
      return { start, end: start + region!.length, text: region!, code: regionCode, level: levelOf(regionCode), name: null, kind: "subdivision" };
    }
    // "LISBOA —", "ROMA (ANSA) -": the capital as the language names it, written in capitals as datelines are.
    // ...or a capital named with its country ("SANTIAGO DE CHILE", "CIUDAD DE GUATEMALA").
    const titled = c.places.find(city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, l: string) => b + l.toUpperCase())).find((h) => h.kind === "country" && (h.end - h.start === city.length || h.end === city.length));
    if (titled) {
      const start = s.start + s.text.indexOf(city);
      return { ...titled, start, end: start + city.length, text: city };
    }
    // "JOHANNESBURG, July 12 (Reuters) -", "KATMANDÚ (EFE) -": any city the gazetteer knows, in any spelling, is its country's.
    const country = datelineCountry(city);
    if (country) {
      const start = s.start + s.text.indexOf(city);
      return { start, end: start + city.length, text: city, code: country, level: levelOf(country), name: null, kind: "country" };
    }
  }
  return null;
}

/** The dateline's place with the code of the city it names, for a regional or local body deciding there ("MÜNCHEN - Der Stadtrat ..."). */
function withCity(place: PlaceHit | null, lead: Sentence[]): PlaceHit | null {
  if (!place) return null;
  const city = lead.map(datelineCity).find(Boolean);
  const region = city ? datelineRegionOf(city) : undefined;
  return region && countryOf(region) === countryOf(place.code) ? { ...place, filedIn: region } : place;
}

/** The first city the headline or lead names, past any dateline. */
function leadCity(c: CompiledLocale, lead: Sentence[]): PlaceHit | null {
  for (const s of lead) {
    const dateline = datelineEnd(s);
    const hit = c.places.find(s.text, s.start).find((h) => h.kind === "city" && h.start >= dateline);
    if (hit) return hit;
  }
  return null;
}

/** The country whose variety of the language the article writes in, when its markers point to one alone. */
function markedHome(c: CompiledLocale, sentences: Sentence[]): string | null {
  if (!c.homeMarkers) return null;
  const counts = new Map<string, number>();
  for (const s of sentences) for (const h of c.homeMarkers.find(s.text)) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** The article's place; `leadParagraphs`: how many opening paragraphs its lead holds. */
export function articlePlace(c: CompiledLocale, title: Sentence | undefined, sentences: Sentence[], leadParagraphs: number): PlaceHit | null {
  const leadSentences = [...(title ? [title] : []), ...sentences.filter((s) => s.paragraph < leadParagraphs)];
  const all = [...(title ? [title] : []), ...sentences];
  // A story filed from a city is its country's unless the headline, the dateline's own sentence or a later lead
  // sentence saying who took the decision ("Dat heeft de Vlaamse regering beslist") names a place: what the rest
  // of the lead names is what the story tells about ("BERN - Die Armee untersagt ... wegen ... amerikanischen Behörden").
  const filedAt = leadSentences.findIndex((s) => datelineEnd(s) > s.start);
  const filed = filedAt >= 0 ? withCity(datelinePlace(c, leadSentences.slice(filedAt)), leadSentences.slice(filedAt)) : null;
  const deciding = (s: Sentence, i: number) => i <= filedAt || !!c.attribution?.test(s.text);
  const found = (filed ? leadPlace(c, leadSentences.filter(deciding), all) ?? filed : leadPlace(c, leadSentences, all)) ?? frequentPlace(c, sentences);
  if (found) return found;
  const home = markedHome(c, all) ?? c.locale.home;
  // "Les poêles à bois non certifiés désormais interdits à Montréal": a headline or lead naming only a city
  // abroad is that city's story, not the home country's (a city at home stays where home is).
  const city = leadCity(c, leadSentences);
  if (city && city.code.split("-")[0] !== home) return city;
  return home ? homePlace(home) : null;
}

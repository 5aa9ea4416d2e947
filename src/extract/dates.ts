// Dates in a sentence, resolved against the publication date: chrono-node's locale
// parsers find the absolute ones ("March 10", "24 mars 2023") and weekdays; the locale's
// own word lists give relative days and months ("gisteren", "el mes pasado"), weekday
// compounds ("donderdagochtend"), periods kept at month precision ("end of February"),
// durations and the role of each date (announced / effective / deadline / expires).
//
// What the text states is kept apart from what it implies: a weekday or "yesterday"
// needs the publication day, "last month" the publication month, "March 10" the year
// (of publication, or of the other explicit dates of the article). Without them the
// date is not resolved: null, never a guess.
import type { PartialDate, Precision } from "../types.js";
import type { Locale } from "../locales/types.js";
import type { Chrono, ParsedResult } from "chrono-node";
import { compileForms, formsSource } from "./patterns.js";
import { escapeRegExp, weekdayForms } from "./words.js";

export type DateRole = "announced" | "effective" | "deadline" | "expires";

export interface DateHit {
  start: number;
  end: number;
  text: string;
  value: PartialDate;
  precision: Precision;
  role: DateRole;
  rule: string;
  /** After an imposing participle ("the ban imposed in April 2017"): the date of an earlier decision. */
  imposed?: boolean;
  /** A bare year after a link word ("in 2016"): it dates many things, so only its own clause. */
  bareYear?: boolean;
}

export interface Reference {
  /** Publication date as known, or null. */
  published: PartialDate | null;
  /** The year the article's explicit dates share, for "March 10" when the publication date is unknown. */
  year?: number | null;
}

/** How many words before a date a future cue may stand to make a bare weekday look forward. */
const FUTURE_BEFORE = 8;
/** How many words after it ("on Monday the ban takes effect"). */
const FUTURE_AFTER = 5;
/** Any reference instant for parsing when nothing is known (the year is then taken only from the text). */
const NEUTRAL_REF = new Date(Date.UTC(2000, 5, 15, 12));
/** Shift of the reference used to tell a relative chrono result from an absolute one. */
const SHIFT_MS = 400 * 86400000;

type RelUnit = "day" | "month" | "year";
interface Compiled {
  /** A month name and a year: one group per month (January first), then the year. */
  monthYear: RegExp | null;
  /** A month named without its year after a year link ("ab Juni", "depuis juin"), where chrono reads none. */
  bareMonth: RegExp | null;
  /** A bare year after a link word: group 1 is the year. */
  bareYear: RegExp | null;
  chrono: Chrono | null;
  compound: RegExp | null;
  /** A weekday as the locale writes it in full: chrono's abbreviations ("jeu", "mar") are also nouns ("le jeu vidéo"). */
  weekday: RegExp;
  /** The same, every one in a text: where chrono has no locale, bare weekdays are read with these. */
  weekdays: RegExp;
  /** The inflected forms a weekday entry adds after "|" ("fredagen", "fredags"): chrono knows only the base form. */
  inflectedWeekdays: RegExp | null;
  relative: RegExp | null;
  deadline: RegExp;
  effective: RegExp;
  expires: RegExp;
  monthOnly: RegExp;
  monthOnlyStart: RegExp;
  future: RegExp;
  futureBefore: RegExp | null;
  nextBefore: RegExp | null;
  nextAfter: RegExp | null;
  yearNext: RegExp | null;
  yearLast: RegExp | null;
  inForce: RegExp | null;
  effectFromDay: RegExp;
  imposed: RegExp | null;
  past: RegExp;
  /** One of the past words alone ("last", "dernier"): beside a month or day without a year, the last one before publication. */
  pastWord: RegExp;
  immediate: RegExp;
  duration: RegExp;
  /** Words after or before a number of units that make it a distance in time ("two days after", "il y a deux ans"). */
  offsetAfter: RegExp | null;
  offsetBefore: RegExp | null;
}
const cache = new WeakMap<Locale, Compiled>();
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, "\\s+");
/** A cue ends right before the date: at most two plain words in between ("until the end of"), no comma, no number. */
// Up to two words between the cue and the date, and a clock time ("prevista para las 00.01 del domingo", "dès 18h00 samedi").
const cueBefore = (forms: string[]) =>
  new RegExp(`(?:${formsSource(forms)})(?:(?:\\s+[\\p{L}'’]+){0,2}|(?:\\s+[\\p{L}'’]+)?\\s+\\d{1,2}[.:h]\\d{2}(?:\\s+[\\p{L}'’]+)?)\\s*$`, "iu");

/** Ranges ("from 20 September until 15 March") are read as two dates, each with its role. */
function rangesApart(chrono: Chrono): Chrono {
  const ch = chrono.clone();
  ch.refiners = ch.refiners.filter((r) => !/MergeDateRange/.test(r.constructor.name));
  return ch;
}

/** Words after or before a number of units that make it a distance in time ("two days after", "il y a deux ans"). */
function offsetTests(d: Locale["dates"]): Pick<Compiled, "offsetAfter" | "offsetBefore"> {
  return {
    offsetAfter: d.offsets?.after?.length ? new RegExp(`^\\s*,?\\s*(?:${formsSource(d.offsets.after)})(?![\\p{L}])`, "iu") : null,
    offsetBefore: d.offsets?.before?.length ? new RegExp(`(?<![\\p{L}])(?:${formsSource(d.offsets.before)})\\s+$`, "iu") : null,
  };
}

function compiled(l: Locale): Compiled {
  let c = cache.get(l);
  if (c) return c;
  const d = l.dates;
  const num = byLength(Object.keys(d.numbers)).map(escape).join("|");
  const units = byLength(Object.keys(d.durationUnits)).map(escape).join("|");
  const ch = l.chrono ? rangesApart(l.chrono) : null;
  const rel = Object.keys(d.relative ?? {});
  const days = weekdayForms(d.weekdays);
  const dayWords = days.flat().map(escape);
  const weekday = `(?<![\\p{L}])(?:${dayWords.join("|")})(?![\\p{L}])`;
  const inflected = days.flatMap((forms) => forms.slice(1)).map(escape);
  c = {
    monthYear: d.months?.length === 12
      ? new RegExp(`(?<!\\d\\.?\\s?)(?<![\\p{L}])(?:${d.months.map((m) => `(${m})`).join("|")})\\s+(?:${d.monthYearLink ? `${escape(d.monthYearLink)}\\s+` : ""})?((?:19|20)\\d\\d)(?![\\p{N}])`, "giu")
      : null,
    bareMonth: d.months?.length === 12 && d.yearLinks?.length
      ? new RegExp(`(?<![\\p{L}])(?:${linkAlternation(d.yearLinks)})\\s+(?:${d.months.map((m) => `(${m})`).join("|")})(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}{1,3}\\s+)?(?:19|20)\\d\\d)`, "giu")
      : null,
    bareYear: d.yearLinks?.length
      ? new RegExp(`(?<![\\p{L}])(?:${linkAlternation(d.yearLinks)})\\s+((?:19[5-9]|20[0-9])\\d)(?![\\p{L}\\p{N}:/-]|[.,]\\d)`, "giu")
      : null,
    chrono: ch,
    compound: d.dayParts.length
      ? new RegExp(`(?<![\\p{L}])(${dayWords.join("|")})-?(${d.dayParts.join("|")})(?![\\p{L}])`, "giu")
      : null,
    weekday: new RegExp(weekday, "iu"),
    weekdays: new RegExp(weekday, "giu"),
    inflectedWeekdays: inflected.length ? new RegExp(`(?<![\\p{L}])(?:${inflected.join("|")})(?![\\p{L}])`, "giu") : null,
    relative: rel.length ? new RegExp(`(?<![\\p{L}])(?:${byLength(rel).map((k) => escape(k).replace(/'/g, "['’]")).join("|")})(?![\\p{L}])`, "giu") : null,
    deadline: cueBefore(d.deadline),
    effective: cueBefore(d.effective),
    expires: cueBefore(d.expires),
    monthOnly: new RegExp(`(?:${formsSource(d.monthOnly)})\\s*${d.periodLinks?.length ? `(?:(?:${d.periodLinks.map(escape).join("|")})\\s+)?` : ""}$`, "iu"),
    monthOnlyStart: new RegExp(`^(?:${formsSource(d.monthOnly)})`, "iu"),
    future: compileForms(d.future, "iu"),
    futureBefore: d.futureBefore?.length ? new RegExp(`(?:${formsSource(d.futureBefore)})(?:\\s+[\\p{L}'’]+)?\\s*$`, "iu") : null,
    nextBefore: d.nextOccurrence?.before?.length ? new RegExp(`(?:${formsSource(d.nextOccurrence.before)})\\s*$`, "iu") : null,
    nextAfter: d.nextOccurrence?.after?.length ? new RegExp(`^[\\s,]*(?:${formsSource(d.nextOccurrence.after)})`, "iu") : null,
    yearNext: d.yearAfter?.next.length ? new RegExp(`^[\\s,]*(?:${formsSource(d.yearAfter.next)})`, "iu") : null,
    yearLast: d.yearAfter?.last.length ? new RegExp(`^[\\s,]*(?:${formsSource(d.yearAfter.last)})`, "iu") : null,
    inForce: d.inForce?.length ? compileForms(d.inForce, "iu") : null,
    imposed: d.imposedBefore?.length ? cueBefore(d.imposedBefore) : null,
    // "à compter de ce samedi", "from Monday": a start day, read or not (a weekday against a month-only date).
    effectFromDay: new RegExp(`(?:${formsSource(d.effective)})(?:\\s+[\\p{L}'’]+){0,2}?\\s+(?:${[...dayWords, ...Object.keys(d.relative ?? {}).filter((k) => d.relative![k][0] === "day").map(escape)].join("|")})(?![\\p{L}])`, "iu"),
    past: d.past?.length ? compileForms(d.past, "iu") : /(?!)/,
    pastWord: d.past?.length ? new RegExp(`^(?:${formsSource(d.past)})$`, "iu") : /(?!)/,
    immediate: compileForms(d.immediate, "iu"),
    // Up to three digits: a year before a unit word is a date ("7 августа 2014 года", "2014 roku"), no length.
    duration: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${num})(?:\\s|-)+(?:\\p{L}+\\s+)?(${units})(?![\\p{L}])`, "giu"),
    ...offsetTests(d),
  };
  cache.set(l, c);
  return c;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Reference instant for chrono: the publication date at noon UTC (mid-month when only the month is known). */
export function refDate(published: PartialDate | null): Date | null {
  if (!published) return null;
  const [y, m = 6, d = 15] = published.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The weekday (0 = Sunday) on or before the reference day, or on or after it. */
export function resolveWeekday(ref: Date, weekday: number, forward: boolean): string {
  const cur = ref.getUTCDay();
  const delta = forward ? (weekday - cur + 7) % 7 : -((cur - weekday + 7) % 7);
  const d = new Date(ref.getTime() + delta * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The publication date moved by n days, months or years, at that unit's precision. */
function shiftRef(pub: PartialDate, unit: RelUnit, n: number): string | null {
  const [y, m, d] = pub.split("-").map(Number);
  if (unit === "year") return String(y + n);
  if (unit === "month") {
    if (!m) return null;
    const t = new Date(Date.UTC(y, m - 1 + n, 1));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
  }
  if (!m || !d) return null;
  const t = new Date(Date.UTC(y, m - 1, d + n, 12));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const relCache = new WeakMap<Locale, Map<string, [RelUnit, number]>>();
function relativeSpec(l: Locale, text: string): [RelUnit, number] | undefined {
  let m = relCache.get(l);
  if (!m) {
    m = new Map(Object.entries(l.dates.relative ?? {}).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, " "), v]));
    relCache.set(l, m);
  }
  return m.get(text.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'"));
}

function roleOf(before: string, clause: string, c: Compiled): DateRole {
  if (c.expires.test(before)) return "expires";
  if (c.deadline.test(before)) return "deadline";
  if (c.effective.test(before)) return "effective";
  // "Mit 20. Mai tritt das Verbot in Kraft": the day it takes effect, whatever stands before it.
  if (c.inForce?.test(clause)) return "effective";
  return "announced";
}

/** The words of the date's own clause around it: a future cue there makes a weekday look forward. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start).split(/[,;:()—–]|\s-\s/).pop()!.split(/\s+/).slice(-FUTURE_BEFORE).join(" ");
  const after = sentence.slice(end).split(/[,;:()—–]|\s-\s/)[0].split(/\s+/).slice(0, FUTURE_AFTER + 1).join(" ");
  return `${before} ${after}`;
}

/** A date read at s in the sentence, with its role and whether it dates an earlier decision ("imposed in"). */
function dateHit(sentence: string, offset: number, s: number, d: Pick<DateHit, "text" | "value" | "precision" | "rule">, c: Compiled): DateHit {
  const before = sentence.slice(0, s);
  const hit: DateHit = { start: offset + s, end: offset + s + d.text.length, ...d, role: roleOf(before, clauseAround(sentence, s, s + d.text.length), c) };
  if (c.imposed?.test(before)) hit.imposed = true;
  return hit;
}

export function findDates(sentence: string, offset: number, locale: Locale, ref: Reference): DateHit[] {
  const c = compiled(locale);
  const pub = ref.published;
  const refD = refDate(pub);
  const dayKnown = !!pub && pub.length >= 10;
  const year = pub ? Number(pub.slice(0, 4)) : ref.year ?? null;
  const out: DateHit[] = [];
  const taken = (s: number, e: number) => out.some((o) => o.start - offset < e && o.end - offset > s);
  const push = (s: number, text: string, value: string, precision: Precision, rule: string) =>
    out.push(dateHit(sentence, offset, s, { text, value, precision, rule }, c));
  const forward = (s: number, e: number, text: string) => {
    const t = text.replace(/[\s,.;:]+$/u, "");
    return !c.past.test(t) && (c.future.test(t) || c.future.test(clauseAround(sentence, s, s + t.length)) || !!c.futureBefore?.test(sentence.slice(0, s)));
  };

  // Relative days and months from the locale's list ("gisteren", "el mes pasado", "l'an dernier").
  for (const r of relativeDates(sentence, c, locale, pub)) push(r.at, r.text, r.value, r.unit, `${locale.code}.date.relative-${r.unit}`);
  if (refD && dayKnown) {
    for (const w of weekdayDates(sentence, c, locale, refD, forward)) if (!taken(w.at, w.at + w.text.length)) push(w.at, w.text, w.value, "day", w.rule);
  }
  if (c.chrono) {
    for (const r of c.chrono.parse(sentence, { instant: refD ?? (year ? new Date(Date.UTC(year, 5, 15, 12)) : NEUTRAL_REF), timezone: 0 })) {
      if (taken(r.index, r.index + r.text.length)) continue;
      // "MOSKAU, 18. Juni 2020 (dpa) -": a dateline's date is the publication's, no decision's.
      if (DATELINE_AFTER.test(sentence.slice(r.index + r.text.length))) continue;
      // "für sechs Monate" is a duration, not a date six months on.
      c.duration.lastIndex = 0;
      if (c.duration.test(r.text)) continue;
      const before = sentence.slice(0, r.index);
      // "end of February", "begin maart": a period, kept at month precision.
      const period = (c.monthOnly.test(before) || c.monthOnlyStart.test(r.text)) && !/\d/.test(r.text.replace(/\d{4}/, ""));
      const hit = resolve(r, c, locale, { pub, refD, dayKnown, year }, forward, period);
      if (!hit) continue;
      let { value, precision, rule } = hit;
      if (precision === "day" && period) {
        value = value.slice(0, 7);
        precision = "month";
        rule = `${locale.code}.date.month-period`;
      }
      const after = sentence.slice(r.index + r.text.length);
      const shift = r.start.isCertain("month") && !r.start.isCertain("year") && pub ? yearShift(c, before, after, value, pub) : null;
      if (shift) {
        value = inYear(value, pub!, shift.years);
        rule = `${locale.code}.date.${shift.rule}`;
      }
      const dated = r.start.isCertain("year") ? null : yearOf(out, sentence, offset, r, value, pub, c, locale.code);
      push(r.index, dated?.text ?? r.text, dated?.value ?? value, precision, dated?.rule ?? rule);
    }
  }
  for (const m of monthYears(sentence, c)) if (!taken(m.at, m.at + m.text.length)) push(m.at, m.text, m.value, "month", `${locale.code}.date.month-year`);
  for (const m of bareMonths(sentence, c, pub)) if (!taken(m.at, m.at + m.text.length)) push(m.at, m.text, m.value, "month", `${locale.code}.date.${m.rule}`);
  for (const at of bareYears(sentence, c, year)) {
    if (taken(at, at + 4)) continue;
    push(at, sentence.slice(at, at + 4), sentence.slice(at, at + 4), "year", `${locale.code}.date.bare-year`);
    out[out.length - 1].bareYear = true;
  }
  return restated(out.sort((a, b) => a.start - b.start), sentence, offset);
}

/**
 * The year of a month or day named without one, where words around it say: "July next year" (the
 * year after publication's), "in July last year"; "next March", "mars prochain" (the next March
 * to come: next year's if this year's is past). Null where nothing says.
 */
function yearShift(c: Compiled, before: string, after: string, value: string, pub: string): { years: number; rule: string } | null {
  if (c.yearNext?.test(after)) return { years: 1, rule: "next-year" };
  if (c.yearLast?.test(after)) return { years: -1, rule: "last-year" };
  const coming = !!c.nextBefore?.test(before) || !!c.nextAfter?.test(after);
  return coming && value < pub.slice(0, value.length) ? { years: 1, rule: "next-occurrence" } : null;
}

/**
 * Weekday compounds chrono misses ("donderdagochtend", "Donnerstagmorgen"), inflected forms it
 * does not know ("fredagen"); and where chrono has no locale (tr, ru, ar, ...), bare weekdays
 * ("Çarşamba günü"), read as chrono reads them: the one on or before the reference day, or after
 * it in a future clause.
 */
function weekdayDates(sentence: string, c: Compiled, locale: Locale, refD: Date, forward: (s: number, e: number, text: string) => boolean) {
  const days = weekdayForms(locale.dates.weekdays);
  const index = (w: string) => (days.findIndex((forms) => forms.includes(w.toLowerCase())) + 1) % 7;
  const out: { at: number; text: string; value: string; rule: string }[] = [];
  for (const m of c.compound ? sentence.matchAll(c.compound) : []) {
    const fwd = forward(m.index!, m.index! + m[0].length, m[0]);
    out.push({ at: m.index!, text: m[0], value: resolveWeekday(refD, index(m[1]), fwd), rule: `${locale.code}.date.weekday-compound` });
  }
  // With chrono, only the inflected forms it does not know ("på fredagen", "i fredags").
  const bare = c.chrono ? c.inflectedWeekdays : c.weekdays;
  for (const m of bare ? sentence.matchAll(bare) : []) {
    if (out.some((o) => o.at <= m.index! && o.at + o.text.length > m.index!)) continue;
    const fwd = forward(m.index!, m.index! + m[0].length, m[0]);
    out.push({ at: m.index!, text: m[0], value: resolveWeekday(refD, index(m[0]), fwd), rule: `${locale.code}.date.weekday-${fwd ? "forward" : "past"}` });
  }
  return out;
}

/** "today, Saturday, July 3": a date restated right after another, with only a comma or an opening bracket between, keeps the first one's role. */
function restated(hits: DateHit[], sentence: string, offset: number): DateHit[] {
  for (let i = 1; i < hits.length; i++) {
    const [a, b] = [hits[i - 1], hits[i]];
    const same = a.value.startsWith(b.value) || b.value.startsWith(a.value);
    if (!same || !/^\s*[,(]\s*$/u.test(sentence.slice(a.end - offset, b.start - offset))) continue;
    b.role = a.role;
    if (a.imposed) b.imposed = true;
  }
  return hits;
}

/** After a dateline's date: the agency in brackets and a dash ("(Reuters) -", "(EFE).-"). */
const DATELINE_AFTER = /^\s*\([^()]{1,30}\)\s*\.?\s*[-–—]/u;

/** Between a date without its year and a relative year: a space, a comma, a short link ("of", "del", "do"). */
const YEAR_GAP = /^[\s,]*(?:\p{Ll}{1,3}\s+)?$/u;

/**
 * The year of a date chrono read without one, where the text says it: "June 4 last year", "en noviembre
 * del año pasado" (a relative year right after), "last December" in April (the last one before publication).
 */
function yearOf(out: DateHit[], sentence: string, offset: number, r: ParsedResult, value: string, pub: PartialDate | null, c: Compiled, lang: string) {
  const end = r.index + r.text.length;
  const y = yearAfter(out, sentence, offset, end);
  if (y) return { text: sentence.slice(r.index, y.end - offset), value: y.value + value.slice(4), rule: `${lang}.date.relative-year` };
  if (pub && value.slice(0, 7) > pub.slice(0, 7) && lastOne(sentence, r.index, end, c))
    return { text: r.text, value: String(Number(value.slice(0, 4)) - 1) + value.slice(4), rule: `${lang}.date.past-month` };
  return null;
}

/** "last December", "en décembre dernier", "lo scorso dicembre": a past word right before or after the date. */
function lastOne(sentence: string, start: number, end: number, c: Compiled): boolean {
  const before = /(\S+)\s+$/u.exec(sentence.slice(0, start))?.[1] ?? "";
  const after = /^\s+([\p{L}.]+)/u.exec(sentence.slice(end))?.[1] ?? "";
  return c.pastWord.test(before) || c.pastWord.test(after.replace(/\.$/u, ""));
}

/** The relative year right after a date without its year ("June 4 last year"), taken out of the hits, or null. */
function yearAfter(out: DateHit[], sentence: string, offset: number, end: number): DateHit | null {
  const i = out.findIndex((o) => o.precision === "year" && o.start - offset >= end && YEAR_GAP.test(sentence.slice(end, o.start - offset)));
  return i >= 0 ? out.splice(i, 1)[0] : null;
}

/** Relative days, months and years resolved against the publication date (a day needs its day, a month its month). */
function relativeDates(sentence: string, c: Compiled, locale: Locale, pub: PartialDate | null) {
  if (!c.relative || !pub) return [];
  const out: { at: number; text: string; value: string; unit: RelUnit }[] = [];
  for (const m of sentence.matchAll(c.relative)) {
    const spec = relativeSpec(locale, m[0]);
    if (!spec) continue;
    const [unit, n] = spec;
    if ((unit === "day" && pub.length < 10) || (unit === "month" && pub.length < 7)) continue;
    const value = shiftRef(pub, unit, n);
    if (value) out.push({ at: m.index!, text: m[0], value, unit });
  }
  return out;
}

/** Month and year without a day ("en mars 2022"), where chrono reads none: "2022-03". */
function monthYears(sentence: string, c: Compiled): { at: number; text: string; value: string }[] {
  if (!c.monthYear) return [];
  return [...sentence.matchAll(c.monthYear)].map((m) => {
    const month = m.slice(1, 13).findIndex((g) => g !== undefined) + 1;
    return { at: m.index!, text: m[0], value: `${m[13]}-${pad(month)}` };
  });
}

/** Links before a year or a month without one ("in 2022", "ab Juni"), longest first, as one alternation. */
const linkAlternation = (links: string[]) => byLength(links).map((k) => escape(k).replace(/'/g, "['’]")).join("|");

/** A month or day moved to the year `years` after publication's ("2023-06" in a 2023 story, one year on: "2024-06"). */
const inYear = (value: string, pub: string, years: number) => `${Number(pub.slice(0, 4)) + years}${value.slice(4)}`;

/**
 * A month without its year after a year link ("ab Juni", "depuis juin", "a partir de junho"), where chrono
 * reads none: the publication's year, as for a day without one, or the next or last year where words say.
 */
function bareMonths(sentence: string, c: Compiled, pub: PartialDate | null): { at: number; text: string; value: string; rule: string }[] {
  if (!c.bareMonth || !pub) return [];
  return [...sentence.matchAll(c.bareMonth)].map((m) => {
    const month = m.slice(1, 13).findIndex((g) => g !== undefined) + 1;
    const text = m[month]!;
    const at = m.index! + m[0].length - text.length;
    const value = `${pub.slice(0, 4)}-${pad(month)}`;
    const shift = yearShift(c, sentence.slice(0, at), sentence.slice(at + text.length), value, pub);
    return shift ? { at, text, value: inYear(value, pub, shift.years), rule: shift.rule } : { at, text, value, rule: "bare-month" };
  });
}

/** Where bare years stand after a link ("in 2022", "seit 2017"), which chrono leaves alone; none far beyond the publication's. */
function bareYears(sentence: string, c: Compiled, year: number | null): number[] {
  if (!c.bareYear) return [];
  return [...sentence.matchAll(c.bareYear)].filter((m) => !year || Number(m[1]) <= year + 10).map((m) => m.index! + m[0].length - m[1].length);
}

interface Ctx {
  pub: PartialDate | null;
  refD: Date | null;
  dayKnown: boolean;
  year: number | null;
}

/** How far past the publication day a date without a year may fall before it is read as last year's. */
const HALF_YEAR_MS = 183 * 86400000;

/**
 * The year of a day or month written without one: the publication's, unless that puts it more
 * than half a year after publication in a sentence not about the future ("Abbott's Dec. 7
 * directive" in a January report is last December's), or more than half a year before it in a
 * sentence about the future ("From 1 February it will be illegal" in a December report is next year's).
 */
function yearWithout(x: Ctx, month: number, day: number | undefined, future: () => boolean): number | null {
  if (!x.year) return null;
  if (!x.refD || !x.dayKnown) return x.year;
  const ahead = Date.UTC(x.year, month - 1, day ?? 1, 12) - x.refD.getTime();
  if (ahead > HALF_YEAR_MS) return future() ? x.year : x.year - 1;
  return ahead < -HALF_YEAR_MS && future() ? x.year + 1 : x.year;
}

function resolve(
  r: ParsedResult, c: Compiled, locale: Locale, x: Ctx,
  forward: (s: number, e: number, text: string) => boolean, period = false,
): { value: string; precision: Precision; rule: string } | null {
  const s = r.start;
  const known = (k: "day" | "month" | "year" | "weekday") => s.isCertain(k);
  if (known("weekday") && !known("day") && !known("month")) {
    if (!x.refD || !x.dayKnown) return null; // "Friday" against a month-only date cannot be resolved
    if (!c.weekday.test(r.text)) return null;
    const fwd = forward(r.index, r.index + r.text.length, r.text);
    return { value: resolveWeekday(x.refD, s.get("weekday")!, fwd), precision: "day", rule: `${locale.code}.date.weekday-${fwd ? "forward" : "past"}` };
  }
  // Relative expressions chrono reads ("in a few days", "vorige week") move with the
  // reference; the locale's own list reads the ones we trust. Keep only absolute dates.
  if (c.chrono) {
    const again = c.chrono.parse(r.text, { instant: new Date((x.refD ?? NEUTRAL_REF).getTime() + SHIFT_MS), timezone: 0 })[0];
    const a = again?.start;
    // The last day of a period ("end of February") may move with the year; the month may not.
    if (!a || (["year", "month", "day"] as const).some((k) => known(k) && !(period && k === "day") && a.get(k) !== s.get(k))) return null;
  }
  const rule = `${locale.code}.date.chrono`;
  const yearFor = (day?: number) => known("year") ? s.get("year")! : yearWithout(x, s.get("month")!, day, () => forward(r.index, r.index + r.text.length, r.text));
  if (known("day") && known("month")) {
    const y = yearFor(s.get("day")!);
    if (!y) return null;
    return { value: iso(y, s.get("month")!, s.get("day")!), precision: "day", rule };
  }
  if (known("month")) {
    const y = yearFor();
    if (!y) return null;
    return { value: `${y}-${pad(s.get("month")!)}`, precision: "month", rule };
  }
  if (known("year")) return { value: String(s.get("year")), precision: "year", rule };
  return null;
}

/** "for six months", "zes maanden" -> "P6M". */
export function findDuration(sentence: string, locale: Locale): string | null {
  const c = compiled(locale);
  c.duration.lastIndex = 0;
  let m = c.duration.exec(sentence);
  // "в апреле 2018 года", "2018 yılı": a year named with its unit is no length of time; nor is a
  // distance in time ("two days after", "il y a deux ans").
  while (m && (/^(?:1[89]|20)\d\d$/.test(m[1]) || c.offsetAfter?.test(sentence.slice(m.index + m[0].length)) || c.offsetBefore?.test(sentence.slice(0, m.index)))) {
    m = c.duration.exec(sentence);
  }
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : locale.dates.numbers[m[1].toLowerCase()];
  const unit = locale.dates.durationUnits[m[2].toLowerCase()];
  if (!n || !unit) return null;
  return unit === "H" ? `PT${n}H` : `P${n}${unit}`;
}

/** "comes into force", "tritt in Kraft": the sentence reports a ban taking effect. */
export function saysInForce(sentence: string, locale: Locale): boolean {
  return !!compiled(locale).inForce?.test(sentence);
}

/** The sentence names the day a ban starts after a start cue ("à compter de ce samedi", "from today"). */
export function saysEffectFromDay(sentence: string, locale: Locale): boolean {
  return compiled(locale).effectFromDay.test(sentence);
}

/** "with immediate effect", "per direct". */
export function saysImmediate(sentence: string, locale: Locale): boolean {
  return compiled(locale).immediate.test(sentence);
}

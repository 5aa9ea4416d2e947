// Publication dates written in the text: the crawler's first line " date 2023-03-10",
// a dateline near the top ("Опубликовано: Friday, 10 March 2023 12:20", "21 jan, 2025 -
// 02:09 • Ricardo Vieira"), a date opening the first paragraph ("19-01-25.-La red social",
// "PARIS (AFP) - 21 mars 2023 - ..."), a broadcaster's note ("Diese Nachricht wurde am
// 30.08.2021 ... gesendet") and "today, March 16". Each reads only what the text states.
import type { ParsedResult } from "chrono-node";
import { chronoLocale } from "../language/chrono.js";
import type { PartialDate } from "../types.js";
import { AGENCIES } from "./words/agencies.js";
import { CHRONO_LOCALES, DAY_FIRST_LABEL, DAY_MONTH_JOINERS, PUBLISHED_LABEL, TIME_SUFFIXES, TODAY_WORDS, UPDATED_LABEL } from "./words/index.js";
import { escapeRegExp } from "../util/regexp.js";

const FIRST_LINE = /^\s?date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)/;

/** Splits " date 2023-02 De IT-afdeling ..." into the date and the rest of the line. */
export function firstLineDate(line: string): { date: PartialDate; rest: string } | null {
  const m = line.match(FIRST_LINE);
  return m ? { date: m[1], rest: line.slice(m[0].length) } : null;
}

/**
 * One chrono-node parser per language that has one (src/content/words/), in that order,
 * each loaded the first time a line gets that far: most lines are read (or ruled out) by
 * the first ones, and a one-file extract need not load seven languages.
 */
const loadedParsers: { parse: (typeof import("chrono-node"))["parse"] }[] = [];
function* parsers() {
  for (let i = 0; i < CHRONO_LOCALES.length; i++) {
    loadedParsers[i] ??= chronoLocale(CHRONO_LOCALES[i]);
    yield loadedParsers[i];
  }
}
const pad = (n: number) => String(n).padStart(2, "0");
/** A dateline is short and mostly date: a label, the date, perhaps a time and a byline. */
const MAX_DATELINE = 90;
/** Share of the line the date must cover ("Published: Friday, 10 March 2023 12:20"). */
const MIN_DATE_SHARE = 0.35;
/** Cheap test before running seven parsers: a dateline names its year. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** After a date that opens the line: a time, then a byline separator ("- 02:09 • Ricardo Vieira"). */
const BYLINE_AFTER = new RegExp(`^[\\s,]*(?:[-–—|•·]\\s*)?(?:\\d{1,2}[:h.]\\d{2}(?:\\s*(?:${TIME_SUFFIXES}))?\\s*)?(?:$|[-–—|•·])`, "iu");

type Parsed = { value: PartialDate; index: number; length: number };

function valueOf(r: ParsedResult): PartialDate | null {
  const s = r.start;
  if (!s.isCertain("year")) return null;
  if (s.isCertain("day") && s.isCertain("month")) return `${s.get("year")}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
  if (s.isCertain("month")) return `${s.get("year")}-${pad(s.get("month")!)}`;
  return null;
}

/** An all-numeric date with its year last ("11.07.2024", "12/04/2025"). */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/;

/**
 * The one reading of an all-numeric date, null when two remain, undefined when the text holds
 * none. chrono's English parser, tried first, reads the month first as the US does; dots are
 * written day first wherever they are used, and so is any date after a label of a language
 * that never puts the month first ("Publié le 12/04/2025").
 */
function numericDate(t: string, maxIndex: number): Parsed | null | undefined {
  const m = NUMERIC_DATE.exec(t);
  if (!m || m.index > maxIndex) return undefined;
  const a = Number(m[1]), b = Number(m[3]);
  const orders = m[2] === "." || DAY_FIRST_LABEL.test(t) ? [[a, b]] : [[a, b], [b, a]];
  const readings = new Set<string>();
  for (const [d, mo] of orders) {
    if (mo < 1 || mo > 12 || d < 1) continue;
    const v = `${m[4]}-${pad(mo)}-${pad(d)}`;
    if (new Date(`${v}T12:00:00Z`).getUTCDate() === d) readings.add(v);
  }
  return readings.size === 1 ? { value: [...readings][0], index: m.index, length: m[0].length } : null;
}

/** The first full date (with its year) a parser of the seven languages finds in the text. */
function firstDate(t: string, maxIndex: number): Parsed | null {
  const numeric = numericDate(t, maxIndex);
  if (numeric !== undefined) return numeric;
  for (const p of parsers()) {
    const r = p.parse(t)[0];
    if (!r || r.index > maxIndex) continue;
    if (r.text.replace(/\D/g, "").length < 4) continue;
    const v = valueOf(r);
    if (v) return { value: v, index: r.index, length: r.text.length };
  }
  return null;
}

export function parseDateline(line: string): PartialDate | null {
  const t = line.trim();
  if (t.length > MAX_DATELINE || t.length < 6 || !YEAR.test(t)) return null;
  const d = firstDate(t, 25);
  if (!d) return null;
  // A sentence that mentions a date is not a dateline; a date opening the line and
  // followed only by a time and a byline is.
  const opens = d.index <= 1 && BYLINE_AFTER.test(t.slice(d.index + d.length));
  if (!opens && d.length / t.length < MIN_DATE_SHARE) return null;
  return d.value;
}

const NUMERIC_LEAD = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})(?=[\s.,:;–—-]|$)[\s.,:;–—-]*/u;

/**
 * A numeric date opening the article ("19-01-25.-La red social ..."): day-month-year or
 * month-day-year, kept only when one reading remains (the other impossible, or ruled out
 * by the month the export's first line gives).
 */
export function numericLead(text: string, known: PartialDate | null): { date: PartialDate; rest: string } | null {
  const m = text.match(NUMERIC_LEAD);
  if (!m) return null;
  const a = Number(m[1]), b = Number(m[2]);
  const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const readings = new Set<string>();
  for (const [d, mo] of [[a, b], [b, a]]) {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const v = `${y}-${pad(mo)}-${pad(d)}`;
    if (new Date(`${v}T12:00:00Z`).getUTCDate() !== d) continue;
    if (known && !v.startsWith(known) && !known.startsWith(v)) continue;
    readings.add(v);
  }
  return readings.size === 1 ? { date: [...readings][0], rest: text.slice(m[0].length) } : null;
}

/** "PARIS (AFP) - 21 mars 2023 -", "Bruxelles (Belga) – 24/03/2023", "MOSKAU, 18. Juni 2020 (dpa) -": an agency dateline opening a paragraph. */
const AGENCY = new RegExp(`^[^\\n()]{0,60}\\((?:${AGENCIES.map(escapeRegExp).join("|")})\\)\\s*[-–—:]?\\s*`, "u");
export function agencyLead(text: string): PartialDate | null {
  const m = text.match(AGENCY);
  if (!m) return null;
  // "MOSKAU, 18. Juni 2020 (dpa) -": the date may stand with the place, before the agency.
  const withPlace = firstDate(m[0].slice(0, m[0].lastIndexOf("(")), 60);
  if (withPlace) return withPlace.value;
  const rest = text.slice(m[0].length, m[0].length + 60);
  const d = firstDate(rest, 0);
  if (d) return d.value;
  const n = numericLead(rest, null);
  return n?.date ?? null;
}

/** A note that says when the piece was published or broadcast, with a full date. */
const PUBLISHED_NOTE = PUBLISHED_LABEL;
const MAX_NOTE = 200;
export function publicationNote(line: string): PartialDate | null {
  const t = line.trim();
  if (t.length > MAX_NOTE || !PUBLISHED_NOTE.test(t) || !YEAR.test(t)) return null;
  const d = firstDate(t, MAX_NOTE);
  return d && d.value.length === 10 ? d.value : null;
}

/** "today, March 16", "aujourd'hui 21 mars": the day of publication, its year from what is known. */
const TODAY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TODAY_WORDS})(?![\\p{L}\\p{N}])[\\s,(]+((?:\\p{L}+\\s+)?\\d{1,2}\\.?\\s*(?:(?:${DAY_MONTH_JOINERS})\\s+)?\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})`, "iu");
export function todayDate(text: string, known: PartialDate | null): PartialDate | null {
  const m = text.match(TODAY);
  if (!m) return null;
  const year = known ? Number(known.slice(0, 4)) : null;
  if (!year) return null;
  for (const p of parsers()) {
    const r = p.parse(m[1], new Date(Date.UTC(year, 5, 15, 12)))[0];
    if (!r || !r.start.isCertain("day") || !r.start.isCertain("month")) continue;
    const y = r.start.isCertain("year") ? r.start.get("year")! : year;
    const v = `${y}-${pad(r.start.get("month")!)}-${pad(r.start.get("day")!)}`;
    if (known && !v.startsWith(known)) return null;
    return v;
  }
  return null;
}

/** What a short publication or update note states: "Publié le 24 mars 2023 à 18h05", "Aktualisiert: 03.04.2020". */
export interface DateNote {
  published: PartialDate | null;
  modified: PartialDate | null;
}

/**
 * Reads a labelled date note (at most MAX_DATELINE characters): the date after a "published"
 * label is the publication date, the one after an "updated" label the modification date.
 * Null when the line has no such label or no full date.
 */
export function labelledDateNote(line: string): DateNote | null {
  const t = line.trim();
  if (t.length > MAX_DATELINE || !YEAR.test(t)) return null;
  const pub = PUBLISHED_LABEL.exec(t);
  const upd = UPDATED_LABEL.exec(t);
  if (!pub && !upd) return null;
  const dateAfter = (m: RegExpExecArray | null, end: number) => {
    if (!m) return null;
    const d = firstDate(t.slice(m.index, end), MAX_DATELINE);
    return d && d.value.length === 10 ? d.value : null;
  };
  // "Published 10 March 2023, updated 11 March 2023": each label reads up to the other one.
  const published = dateAfter(pub, upd && pub && upd.index > pub.index ? upd.index : t.length);
  const modified = dateAfter(upd, pub && upd && pub.index > upd.index ? pub.index : t.length);
  return published || modified ? { published, modified } : null;
}

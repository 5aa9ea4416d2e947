// Publication dates written in the text: the crawler's first line " date 2023-03-10",
// and a dateline near the top ("Опубликовано: Friday, 10 March 2023 12:20").
import * as chrono from "chrono-node";
import type { PartialDate } from "../types.js";

const FIRST_LINE = /^\s?date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)/;

/** Splits " date 2023-02 De IT-afdeling ..." into the date and the rest of the line. */
export function firstLineDate(line: string): { date: PartialDate; rest: string } | null {
  const m = line.match(FIRST_LINE);
  return m ? { date: m[1], rest: line.slice(m[0].length) } : null;
}

const PARSERS = [chrono.en, chrono.nl, chrono.fr, chrono.de, chrono.es, chrono.it, chrono.pt];
const pad = (n: number) => String(n).padStart(2, "0");
/** A dateline is short and mostly date: a label, the date, perhaps a time and a byline. */
const MAX_DATELINE = 90;
/** Share of the line the date must cover ("Published: Friday, 10 March 2023 12:20"). */
const MIN_DATE_SHARE = 0.35;
/** Cheap test before running seven parsers: a dateline names its year. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

export function parseDateline(line: string): PartialDate | null {
  const t = line.trim();
  if (t.length > MAX_DATELINE || t.length < 6 || !YEAR.test(t)) return null;
  for (const p of PARSERS) {
    const r = p.parse(t)[0];
    if (!r || r.index > 25 || !r.start.isCertain("year")) continue;
    if (r.text.replace(/\D/g, "").length < 4) continue;
    if (r.text.length / t.length < MIN_DATE_SHARE) continue; // a sentence that mentions a date is not a dateline
    const s = r.start;
    if (s.isCertain("day") && s.isCertain("month")) return `${s.get("year")}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
    if (s.isCertain("month")) return `${s.get("year")}-${pad(s.get("month")!)}`;
  }
  return null;
}

// What the article as a whole says about time, for resolving dates in its sentences: the
// year its explicit dates share, used for "on March 10" when the publication date is unknown.
import type { Locale } from "../locales/types.js";
import type { Sentence } from "./sentences.js";
import { findDates } from "./dates.js";

/** A sentence can state a year only if it holds four digits that look like one. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The one year named by the article's full dates ("24 March 2023"), or null when none or several. */
export function articleYear(sentences: Sentence[], locale: Locale): number | null {
  const years = new Set<string>();
  for (const s of sentences) {
    if (!YEAR.test(s.text)) continue;
    for (const d of findDates(s.text, s.start, locale, { published: null, year: null })) {
      if (d.precision !== "year") years.add(d.value.slice(0, 4));
    }
  }
  return years.size === 1 ? Number([...years][0]) : null;
}

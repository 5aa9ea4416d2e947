// A news lead says when: "The regulator on Tuesday ordered ...", "Il Garante ha disposto ieri ...".
// A main event whose own sentences give no date takes the first day its lead names in the
// decision's role, when that day lies in the week up to the publication day; only failing
// that the publication day itself (fill.ts).
import type { Locale } from "../locales/types.js";
import type { PartialDate } from "../types.js";
import { dayNumber } from "../util/days.js";
import { findDates } from "./dates.js";
import type { Sentence } from "./sentences.js";
import { LEAD_DATE_DAYS } from "./constants.js";

/** The first announced day of the lead paragraphs within LEAD_DATE_DAYS up to the publication day, or null. */
export function leadDate(sentences: Sentence[], leadParagraphs: number, locale: Locale, published: PartialDate | null): PartialDate | null {
  if (!published || published.length < 10) return null;
  const pub = dayNumber(published);
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    if (s.paragraph >= leadParagraphs) break;
    for (const d of findDates(s.text, s.start, locale, { published })) {
      if (d.role !== "announced" || d.precision !== "day") continue;
      const n = dayNumber(d.value);
      if (n <= pub && pub - n <= LEAD_DATE_DAYS) return d.value;
    }
  }
  return null;
}

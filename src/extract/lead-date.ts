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
  // The paragraph's text before the sentence: a quotation may open sentences before the date.
  let para = -1, before = "";
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    if (s.paragraph >= leadParagraphs) break;
    if (s.paragraph !== para) [para, before] = [s.paragraph, ""];
    for (const d of findDates(s.text, s.start, locale, { published })) {
      if (d.role !== "announced" || d.precision !== "day" || quoted(before + s.text.slice(0, d.start - s.start))) continue;
      const n = dayNumber(d.value);
      if (n <= pub && pub - n <= LEAD_DATE_DAYS) return d.value;
    }
    before += s.text + " ";
  }
  return null;
}

/**
 * Whether a text ends inside a quotation ("Totes les normes de Twitter, avui coneguda com a X"): a
 * day a speaker names is no date the report gives.
 */
function quoted(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“«„]/g) ?? []).length, close = (before.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

// Dates in a sentence, resolved against the publication date: chrono-node's locale
// parsers find them; our rules add what news needs (past-leaning weekdays, compounds such
// as "donderdagochtend", month precision for "end of February", durations, roles).
import type { PartialDate, Precision } from "../types.js";
import type { Locale } from "../locales/types.js";
import { compileForms } from "./patterns.js";

export type DateRole = "announced" | "effective" | "deadline" | "expires";

export interface DateHit {
  start: number;
  end: number;
  text: string;
  value: PartialDate;
  precision: Precision;
  role: DateRole;
  rule: string;
}

export interface Reference {
  /** Publication date as known, or null. */
  published: PartialDate | null;
}

interface Compiled {
  compound: RegExp;
  deadline: RegExp;
  effective: RegExp;
  expires: RegExp;
  monthOnly: RegExp;
  future: RegExp;
  immediate: RegExp;
  duration: RegExp;
}
const cache = new WeakMap<Locale, Compiled>();
function compiled(l: Locale): Compiled {
  let c = cache.get(l);
  if (c) return c;
  const d = l.dates;
  const num = Object.keys(d.numbers).sort((a, b) => b.length - a.length).join("|");
  const units = Object.keys(d.durationUnits).sort((a, b) => b.length - a.length).join("|");
  c = {
    compound: new RegExp(`(?<![\\p{L}])(${d.weekdays.join("|")})(${d.dayParts.join("|")})(?![\\p{L}])`, "giu"),
    // The cue must end right before the date (a few words at most in between).
    deadline: new RegExp(`(?:${compileForms(d.deadline).source})(?:\\s+\\S+){0,2}\\s*$`, "iu"),
    effective: new RegExp(`(?:${compileForms(d.effective).source})(?:\\s+\\S+){0,2}\\s*$`, "iu"),
    expires: new RegExp(`(?:${compileForms(d.expires).source})(?:\\s+\\S+){0,2}\\s*$`, "iu"),
    monthOnly: new RegExp(`(?:${compileForms(d.monthOnly).source})\\s*(?:of\\s+|de\\s+|van\\s+|di\\s+)?$`, "iu"),
    future: compileForms(d.future, "iu"),
    immediate: compileForms(d.immediate, "iu"),
    duration: new RegExp(`(?<![\\p{L}])(\\d+|${num})(?:\\s|-)+(?:\\p{L}+\\s+)?(${units})(?![\\p{L}])`, "giu"),
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
function resolveWeekday(ref: Date, weekday: number, forward: boolean): string {
  const cur = ref.getUTCDay();
  const delta = forward ? (weekday - cur + 7) % 7 : -((cur - weekday + 7) % 7);
  const d = new Date(ref.getTime() + delta * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function roleOf(before: string, c: Compiled): DateRole {
  if (c.expires.test(before)) return "expires";
  if (c.deadline.test(before)) return "deadline";
  if (c.effective.test(before)) return "effective";
  return "announced";
}

export function findDates(sentence: string, offset: number, locale: Locale, ref: Reference): DateHit[] {
  const c = compiled(locale);
  const pub = ref.published;
  const refD = refDate(pub);
  const dayKnown = !!pub && pub.length >= 10;
  const out: DateHit[] = [];
  const future = c.future.test(sentence);
  const weekdayIndex = (w: string) => (locale.dates.weekdays.indexOf(w.toLowerCase()) + 1) % 7;

  // Weekday compounds chrono misses ("donderdagochtend", "Donnerstagmorgen").
  for (const m of sentence.matchAll(c.compound)) {
    if (!refD || !dayKnown) continue;
    out.push({
      start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0],
      value: resolveWeekday(refD, weekdayIndex(m[1]), future), precision: "day",
      role: roleOf(sentence.slice(0, m.index!), c), rule: `${locale.code}.date.weekday-compound`,
    });
  }
  if (locale.chrono && refD) {
    for (const r of locale.chrono.parse(sentence, { instant: refD, timezone: 0 })) {
      if (out.some((o) => o.start - offset <= r.index && o.end - offset > r.index)) continue;
      // "für sechs Monate" is a duration, not a date six months on.
      c.duration.lastIndex = 0;
      if (c.duration.test(r.text)) continue;
      const s = r.start;
      const before = sentence.slice(0, r.index);
      let value: string | null = null;
      let precision: Precision | null = null;
      let rule = `${locale.code}.date.chrono`;
      const known = (k: "day" | "month" | "year" | "weekday") => s.isCertain(k);
      if (known("weekday") && !known("day") && !known("month")) {
        if (!dayKnown) continue; // "Friday" against a month-only date cannot be resolved
        value = resolveWeekday(refD, s.get("weekday")!, future && !/\blast\b|vorige|dernier|letzten|pasado|scorso|passad/i.test(r.text));
        precision = "day";
        rule = `${locale.code}.date.weekday-${future ? "forward" : "past"}`;
      } else if (known("day") && known("month")) {
        const y = known("year") ? s.get("year")! : refD.getUTCFullYear();
        value = iso(y, s.get("month")!, s.get("day")!);
        precision = "day";
      } else if (known("month")) {
        const y = known("year") ? s.get("year")! : refD.getUTCFullYear();
        value = `${y}-${pad(s.get("month")!)}`;
        precision = "month";
      } else if (known("year")) {
        value = String(s.get("year"));
        precision = "year";
      } else {
        // Relative day words ("today", "yesterday") are certain only against a known day.
        if (!dayKnown || r.tags().size === 0 && !/\d/.test(r.text)) {
          if (!dayKnown) continue;
        }
        const d = s.date();
        value = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
        precision = "day";
        rule = `${locale.code}.date.relative`;
      }
      // "end of February", "begin maart": a period, kept at month precision.
      if (precision === "day" && value && (c.monthOnly.test(before) || c.monthOnly.test(r.text.split(/\s+/)[0] + " ")) && !/\d/.test(r.text.replace(/\d{4}/, ""))) {
        value = value.slice(0, 7);
        precision = "month";
        rule = `${locale.code}.date.month-period`;
      } else if (precision === "day" && value && known("day") && /\b(end|eind|fin|Ende|finales?|fine|final)\b/i.test(r.text)) {
        value = value.slice(0, 7);
        precision = "month";
        rule = `${locale.code}.date.month-period`;
      }
      if (!value || !precision) continue;
      out.push({ start: offset + r.index, end: offset + r.index + r.text.length, text: r.text, value, precision, role: roleOf(before, c), rule });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "for six months", "zes maanden" -> "P6M". */
export function findDuration(sentence: string, locale: Locale): string | null {
  const c = compiled(locale);
  c.duration.lastIndex = 0;
  const m = c.duration.exec(sentence);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : locale.dates.numbers[m[1].toLowerCase()];
  const unit = locale.dates.durationUnits[m[2].toLowerCase()];
  if (!n || !unit) return null;
  return unit === "H" ? `PT${n}H` : `P${n}${unit}`;
}

/** "with immediate effect", "per direct". */
export function saysImmediate(sentence: string, locale: Locale): boolean {
  return compiled(locale).immediate.test(sentence);
}

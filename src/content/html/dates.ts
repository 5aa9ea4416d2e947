// Dates as partial ISO strings, only as precise as the source states them.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_RE = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1990 || y > 2100) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return true;
}

function make(y: number, m?: number, d?: number): string | null {
  if (!valid(y, m, d)) return null;
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A machine-readable date (ISO 8601, RFC 2822, compact 20230310) to a partial date.
 * The calendar date is taken as written (publisher's local date), not shifted to UTC.
 */
export function parseMachineDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|\d|$)/.exec(t);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return make(+m[1], +m[2]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(t);
  if (m) return make(+m[1], +m[2], +m[3]);
  return parseTextDate(t);
}

/** A human date in running text ("March 10, 2023", "10 Mar 2023", "2023-03-10"). English month names. */
export function parseTextDate(s: string): string | null {
  let m = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i").exec(s);
  if (m) return make(+m[3], MONTHS[m[1].toLowerCase().replace(".", "")], +m[2]);
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, "i").exec(s);
  if (m) return make(+m[3], MONTHS[m[2].toLowerCase().replace(".", "")], +m[1]);
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s); // 10.03.2023, day first (European)
  if (m) return make(+m[3], +m[2], +m[1]);
  m = new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`, "i").exec(s);
  if (m) return make(+m[2], MONTHS[m[1].toLowerCase().replace(".", "")]);
  return null;
}

/**
 * Date in a URL path: /2023/03/10/, /2023-03-10/, /20230310/, /2023/sep/01/ (English month
 * abbreviations, as news sites write them), /2023/03/, /2023-03/.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try { path = new URL(url).pathname; } catch { path = url; }
  let m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)/.exec(path);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/._-]|$)/.exec(path);
  if (m) return make(+m[1], +m[2], +m[3]);
  m = new RegExp(`(?:^|/)((?:19|20)\\d{2})/${MONTH_RE}/(\\d{1,2})(?:[/._-]|$)`, "i").exec(path);
  if (m) return make(+m[1], MONTHS[m[2].toLowerCase().replace(".", "")], +m[3]);
  m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})\//.exec(path);
  if (m) return make(+m[1], +m[2]);
  return null;
}

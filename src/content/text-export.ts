// A crawler's text export (.txt) -> title, date and body paragraphs. The first line
// may carry " date YYYY-MM[-DD]"; otherwise a short opening line is the headline; a
// dateline near the top gives the date when nothing better does; page furniture
// after the article is cut. A line at the head or tail that gives the page's address
// ("URL: https://...", "Bron: https://...", or the URL alone) is the article's URL.
import type { PartialDate } from "../types.js";
import { firstLineDate, parseDateline, numericLead, agencyLead, publicationNote, todayDate } from "./dateline.js";
import { END_MARKERS, DROP_LINES, MIN_PARAGRAPHS_BEFORE_END, TEASER_RUN, TEASER_MAX_CHARS } from "./furniture.js";
import { SOURCE_URL_LINE } from "./words/index.js";

export interface TextExport {
  title: string | null;
  published: PartialDate | null;
  publishedSource: string | null;
  /** The page's address as the export gives it, or null. */
  url: string | null;
  paragraphs: string[];
}

/** Longest headline we accept; a longer opening line is body text. */
const MAX_TITLE = 200;
const MIN_TITLE = 20;
/** How many lines from the top may hold a dateline. */
const DATELINE_WINDOW = 6;
/** How many lines at the head and at the tail may give the page's address after a label ("URL:", "Bron:"). */
const SOURCE_WINDOW = 3;

const clean = (s: string) => s.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[ \t]+/g, " ").trim();
const looksLikeHeadline = (l: string) => l.length >= MIN_TITLE && l.length <= MAX_TITLE && !/[.!?:;,]["'”’»]?$/.test(l);

export function parseTextExport(raw: string): TextExport {
  const source = sourceUrl(raw.replace(/\r\n?/g, "\n").split("\n"));
  let lines = source.lines;
  let published: PartialDate | null = null;
  let publishedSource: string | null = null;
  const first = firstLineDate(lines[0] ?? "");
  if (first) {
    published = first.date;
    publishedSource = "export-first-line";
    lines[0] = first.rest;
  }
  lines = lines.map(clean);

  let title: string | null = null;
  let body = lines.filter((l) => l.length > 0);
  if (!first && body.length) {
    // A dateline as the very first line ("21 jan, 2025 - 02:09 • Ricardo Vieira") is not the headline.
    const d = parseDateline(body[0]);
    if (d) {
      published = d;
      publishedSource = "dateline";
      body = body.slice(1);
    }
  }
  if (first && body.length > 1 && looksLikeHeadline(body[0])) {
    // " date 2024-11-29 Australia passes world-first ban on social media for children": the date line's rest is the headline.
    title = body[0];
    body = body.slice(1);
  } else if (!first) {
    // The headline: the first line that reads like one, after at most one short kicker.
    const idx = body.slice(0, 2).findIndex(looksLikeHeadline);
    if (idx >= 0 && (idx === 0 || body[0].length < MIN_TITLE)) {
      title = body[idx];
      body = body.slice(idx + 1);
    }
  }
  if (title) {
    // Exports often repeat the headline (or the part after a "Topic:" prefix).
    // Letters of any script: with ASCII-only \W a Cyrillic headline and its body both folded to "tiktok".
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const t = norm(title);
    body = body.filter((l, i) => i > 3 || !(norm(l) === t || (t.endsWith(norm(l)) && norm(l).length > 15)));
  }

  // Dateline near the top.
  for (let i = 0; i < Math.min(DATELINE_WINDOW, body.length); i++) {
    const d = parseDateline(body[i]);
    if (!d) continue;
    if (!published || refines(published, d)) {
      published = d;
      publishedSource = "dateline";
    }
    body.splice(i, 1);
    break;
  }

  if (!published || published.length < 10) {
    const found = dayInText(body, published);
    if (found) {
      published = found.date;
      publishedSource = found.source;
      if (found.firstLine !== undefined) body[0] = found.firstLine;
    }
  }

  body = body.filter((l) => !DROP_LINES.some((re) => re.test(l)));
  return { title, published, publishedSource, url: source.url, paragraphs: cutFurniture(body) };
}

/**
 * The page's address where the export gives it, and the lines without the line that gave it:
 * a labelled line ("URL: https://...", "Source: https://...", "Quelle: https://...", the
 * labels of src/content/words/) among the first or last SOURCE_WINDOW lines with text, or a
 * bare URL as the first or last of them (a bare link deeper in is a link of the story).
 * The head is read before the tail.
 */
function sourceUrl(lines: string[]): { url: string | null; lines: string[] } {
  const filled = lines.flatMap((l, i) => (clean(l) ? [i] : []));
  const head = filled.slice(0, SOURCE_WINDOW);
  const tail = filled.slice(Math.max(SOURCE_WINDOW, filled.length - SOURCE_WINDOW)).reverse();
  const ends = new Set([filled[0], filled[filled.length - 1]]);
  let url: string | null = null;
  const drop = new Set<number>();
  for (const i of [...head, ...tail]) {
    const m = SOURCE_URL_LINE.exec(clean(lines[i]));
    if (!m || (!m[1] && !ends.has(i))) continue;
    url ??= m[2];
    drop.add(i);
  }
  return { url, lines: drop.size ? lines.filter((_, i) => !drop.has(i)) : lines };
}

/** A date that says more than the one known and agrees with it ("2023-03-24" for "2023-03"). */
export const refines = (known: PartialDate, d: PartialDate) => d.length > known.length && d.startsWith(known);

/** How many opening lines may state the day of publication in running text ("today, March 16"). */
const TODAY_WINDOW = 3;

/**
 * The day of publication as the text itself states it, when the export gives none or only
 * the month: a date opening the first paragraph, an agency dateline, a broadcaster's note,
 * "today, March 16". A day that contradicts the known month is not taken.
 */
function dayInText(body: string[], known: PartialDate | null): { date: PartialDate; source: string; firstLine?: string } | null {
  const ok = (d: PartialDate | null): d is PartialDate => !!d && (!known || refines(known, d));
  if (body.length) {
    const n = numericLead(body[0], known);
    if (n && ok(n.date)) return { date: n.date, source: "dateline-lead", firstLine: n.rest };
  }
  for (const line of body.slice(0, 2)) {
    const d = agencyLead(line);
    if (ok(d)) return { date: d, source: "dateline-agency" };
  }
  for (const line of body) {
    const d = publicationNote(line);
    if (ok(d)) return { date: d, source: "publication-note" };
  }
  for (const line of body.slice(0, TODAY_WINDOW)) {
    const d = todayDate(line, known);
    if (ok(d)) return { date: d, source: "today" };
  }
  return null;
}

/** Cuts at the first end marker or teaser list once the article has started. */
export function cutFurniture(lines: string[]): string[] {
  for (let i = MIN_PARAGRAPHS_BEFORE_END; i < lines.length; i++) {
    if (END_MARKERS.some((re) => re.test(lines[i]))) return lines.slice(0, i);
    // A run of short lines each followed by a timestamp line: a teaser list.
    let run = 0;
    for (let j = i; j + 1 < lines.length && run < TEASER_RUN; j += 2) {
      if (lines[j].length <= TEASER_MAX_CHARS && parseDateline(lines[j + 1]) && lines[j + 1].length < 40) run++;
      else break;
    }
    if (run >= TEASER_RUN) return lines.slice(0, i);
  }
  return lines;
}

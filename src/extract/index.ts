// Article -> the spec's article object with events. Picks the article's locale, finds
// mentions in the title and body, and assembles them. Languages without a locale
// folder are detected and stored but yield no events.
import type { Article, ArticleResult, BanEvent, PartialDate } from "../types.js";
import type { Locale } from "../locales/types.js";
import { compileLocale, type CompiledLocale } from "./compile.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { findMentions, type ExtractContext as ArticleFrame } from "./engine.js";
import type { PlaceHit } from "./places.js";
import { assembleEvents, eventKey } from "./assemble.js";
import { foldAbbreviations } from "./abbreviations.js";
import { leadDate } from "./lead-date.js";
import { RENAMED } from "../gazetteer/targets.js";
import { articleYear } from "./date-context.js";
import { saysEffectFromDay, saysImmediate, saysInForce } from "./dates.js";
import { articlePlace } from "./steps/article-place.js";
import type { Trace } from "./trace.js";
import { RENAME_NEAR_CHARS, TEASER_CHARS } from "./constants.js";
import { escapeRegExp } from "../util/regexp.js";

/** How many opening paragraphs make the lead (a short first one, such as a teaser, adds the next). */
function leadSize(article: Article): number {
  const p = article.paragraphs;
  return p.length > 1 && p[0].text.length < TEASER_CHARS ? 2 : 1;
}

/**
 * The paragraphs a lead date is read from: past short opening ones (a standfirst, a kicker, a time
 * stamp), the first full paragraph and the one after it, where a wire report says when ("Wie die
 * Behörde am Mittwoch mitteilte", "issued a mandatory direction on Tuesday").
 */
function leadDateSize(article: Article): number {
  const full = article.paragraphs.findIndex((p) => p.text.length >= TEASER_CHARS);
  return Math.max(leadSize(article), full + 2);
}

/** Whether a date, only as precise as known, is surely on or after a day: "2024" is after 2023-07-24, "2023" may not be. */
function after(date: string, day: string): boolean {
  const n = Math.min(date.length, day.length);
  return date.slice(0, n) > day.slice(0, n) || (date.slice(0, n) === day.slice(0, n) && date.length >= day.length);
}

/** The new name, as written, close to the old in one paragraph: "X, formerly Twitter", "Twitter, now X", "X (ex-Twitter)". */
function saysNewName(text: string, name: string, old: string): boolean {
  const spans = (x: string, flags: string) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(x)}(?![\\p{L}\\p{N}])`, flags))].map((m) => [m.index!, m.index! + m[0].length]);
  const olds = spans(old, "giu"); // the new name keeps its case ("X", not "x"); the old may not
  const near = (a: number[], b: number[]) => b[0] >= a[1] && b[0] - a[1] <= RENAME_NEAR_CHARS && !text.slice(a[1], b[0]).includes("\n");
  return spans(name, "gu").some((n) => olds.some((o) => near(n, o) || near(o, n)));
}

/**
 * A target renamed before the article was published goes by its new name ("Twitter" in 2024
 * is X); without a publication date, the one year the article's dates name stands for it, or
 * the new name written in the article ("X, formerly Twitter"). One event per key.
 */
function renamed(events: BanEvent[], published: string | null, text: string): BanEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const r = RENAMED[e.target];
    if (r && ((published && after(published, r.since)) || saysNewName(text, r.name, e.target))) e.target = r.name;
    const k = eventKey(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The locale with its place, target and scope lookups remembered for one article: the article's place and its steps read the same sentences. */
function perArticle(c: CompiledLocale): CompiledLocale {
  const memo = <H>(find: (text: string, offset?: number) => H[]) => {
    const seen = new Map<string, H[]>();
    return (text: string, offset = 0) => {
      const k = `${offset}:${text}`;
      let hits = seen.get(k);
      if (!hits) seen.set(k, (hits = find(text, offset)));
      return hits;
    };
  };
  const scopes = memo(c.scopes.find);
  return { ...c, places: { find: memo(c.places.find), names: c.places.names, demonym: c.places.demonym }, targets: { find: memo(c.targets.find) }, scopes: { find: scopes, test: (t) => scopes(t).length > 0 } };
}

/**
 * What the article as a whole says (its own jurisdiction, the one year its dates name), each
 * read the first time a trigger needs it, never before: most articles, and most sentences of
 * the others, hold no trigger, and reading the place and year scans every sentence (places,
 * targets, chrono's dates). Both are pure functions of the article, so when they are read
 * does not change what they are.
 */
export function articleFrame(published: PartialDate | null, place: () => PlaceHit | null, year: () => number | null): ArticleFrame {
  let p: { v: PlaceHit | null } | null = null;
  let y: { v: number | null } | null = null;
  return {
    published,
    get defaultPlace() {
      return (p ??= { v: place() }).v;
    },
    get year() {
      return published ? null : (y ??= { v: year() }).v;
    },
  };
}

/** A value computed on first use only. */
function once<T>(read: () => T): () => T {
  let v: { v: T } | null = null;
  return () => (v ??= { v: read() }).v;
}

/** Extracts the article's events; with a trace, records every decision taken on the way. */
export function extractEvents(article: Article, locales: Map<string, Locale>, trace?: Trace): ArticleResult {
  const base: ArticleResult = {
    id: article.id, lang: article.lang, published: article.published, title: article.title, url: article.url,
    text: article.text, events: [],
  };
  const locale = locales.get(article.lang);
  if (!locale) return base;
  const c = perArticle(compileLocale(locale));
  const sentences = splitSentences(article.paragraphs, article.lang, c.abbreviationEnd, c.articleStart, c.ordinalPeriods);
  const lead = leadSize(article);
  const title: Sentence | undefined = article.title ? { text: article.title, start: 0, end: 0, paragraph: -1 } : undefined;
  // The article's place is read from its lead past short opening lines (a kicker, a byline, a time stamp), as its lead date is.
  const frame = articleFrame(article.published, () => articlePlace(c, title, sentences, leadDateSize(article)),
    () => articleYear(title ? [title, ...sentences] : sentences, locale));
  const mentions = findMentions(sentences, c, frame, title, trace);
  // Without a mention there is no event, and nothing renames or dates one: the frame stays unread.
  if (!mentions.length) {
    if (trace) trace.events = [];
    return base;
  }
  const year = frame.year;
  const events = renamed(assembleEvents(foldAbbreviations(mentions, article.text), lead, { published: article.published, leadDate: once(() => leadDate(sentences, leadDateSize(article), locale, article.published)), inForce: (s) => saysInForce(s, locale), effectFromDay: (s) => saysEffectFromDay(s, locale), immediate: (s) => saysImmediate(s, locale), homeCountry: () => frame.defaultPlace?.code ?? null }), article.published ?? (year ? String(year) : null), article.text);
  if (trace) trace.events = events;
  return { ...base, events };
}

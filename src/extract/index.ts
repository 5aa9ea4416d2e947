// Article -> the spec's article object with events. Picks the article's locale, finds
// mentions in the title and body, and assembles them. Languages without a locale
// folder are detected and stored but yield no events.
import type { Article, ArticleResult } from "../types.js";
import type { Locale } from "../locales/types.js";
import { compileLocale, type CompiledLocale } from "./compile.js";
import { levelOf } from "../gazetteer/jurisdictions.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { datelineEnd, findMentions, followedPlaces } from "./engine.js";
import { assembleEvents } from "./assemble.js";
import { articleYear } from "./date-context.js";
import type { PlaceHit } from "./places.js";
import { TARGET_ORIGINS } from "../gazetteer/targets.js";

/** How many opening paragraphs make the lead (a short first one, such as a teaser, adds the next). */
function leadSize(article: Article): number {
  const p = article.paragraphs;
  return p.length > 1 && p[0].text.length < 120 ? 2 : 1;
}

/**
 * The article's own jurisdiction, for sentences naming only "the government": the first
 * place named in the headline or lead; else the place the article names most often; else
 * the locale's home country (a Dutch article naming no country is about the Netherlands).
 */
function articlePlace(c: CompiledLocale, title: Sentence | undefined, sentences: Sentence[], lead: number): PlaceHit | null {
  // Places an article names as models ("follows the US and Canada") or where it was filed
  // (a dateline) are not its own.
  const own = (s: Sentence) => {
    const hits = c.places.find(s.text, s.start);
    const followed = followedPlaces(s, c, hits);
    const dateline = datelineEnd(s);
    return hits.filter((h) => !followed.has(h) && h.start >= dateline);
  };
  for (const s of [...(title ? [title] : []), ...sentences.filter((s) => s.paragraph < lead + 1)]) {
    // A lead sentence about earlier decisions ("... have already taken this step") does not say whose the story is.
    if (c.background.test(s.text) && !c.triggers.find(s.text, s.start).length) continue;
    const hits = own(s);
    if (hits.length) return hits[0];
  }
  const counts = new Map<string, { n: number; hit: PlaceHit }>();
  const origins = new Set<string>();
  for (const s of sentences) for (const t of c.targets.find(s.text, s.start)) if (TARGET_ORIGINS[t.name]) origins.add(TARGET_ORIGINS[t.name]);
  for (const s of sentences) {
    for (const h of own(s)) {
      if (origins.has(h.code)) continue;
      const e = counts.get(h.code);
      if (e) e.n++;
      else counts.set(h.code, { n: 1, hit: h });
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (best && best.n >= MIN_PLACE_MENTIONS) return best.hit;
  const home = c.locale.home;
  return home ? { start: -1, end: -1, text: "", code: home, level: levelOf(home), name: null, kind: "country" } : null;
}
/** How often a place must be named in the body to count as the article's own. */
const MIN_PLACE_MENTIONS = 2;

export function extractEvents(article: Article, locales: Map<string, Locale>): ArticleResult {
  const base: ArticleResult = {
    id: article.id, lang: article.lang, published: article.published, title: article.title, url: article.url,
    text: article.text, events: [],
  };
  const locale = locales.get(article.lang);
  if (!locale) return base;
  const c = compileLocale(locale);
  const sentences = splitSentences(article.paragraphs, article.lang);
  const lead = leadSize(article);
  const title: Sentence | undefined = article.title
    ? { text: article.title, start: 0, end: 0, paragraph: -1 }
    : undefined;

  const defaultPlace = articlePlace(c, title, sentences, lead);
  const year = article.published ? null : articleYear(title ? [title, ...sentences] : sentences, locale);
  const mentions = findMentions(sentences, c, { published: article.published, year, defaultPlace }, title);
  return { ...base, events: assembleEvents(mentions, lead, { published: article.published }) };
}

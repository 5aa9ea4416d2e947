// Article -> the spec's article object with events. Picks the article's locale, finds
// mentions in the title and body, and assembles them. Languages without a locale
// folder are detected and stored but yield no events.
import type { Article, ArticleResult } from "../types.js";
import type { Locale } from "../locales/types.js";
import { compileLocale } from "./compile.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { findMentions } from "./engine.js";
import { assembleEvents } from "./assemble.js";
import type { PlaceHit } from "./places.js";

/** How many opening paragraphs make the lead (a short first one, such as a teaser, adds the next). */
function leadSize(article: Article): number {
  const p = article.paragraphs;
  return p.length > 1 && p[0].text.length < 120 ? 2 : 1;
}

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

  // The article's own jurisdiction: the first deciding place named in the headline or lead.
  let defaultPlace: PlaceHit | null = null;
  for (const s of [...(title ? [title] : []), ...sentences.filter((s) => s.paragraph < lead + 1)]) {
    const hits = c.places.find(s.text, s.start);
    if (hits.length) {
      defaultPlace = hits[0];
      break;
    }
  }
  const mentions = findMentions(sentences, c, { published: article.published, defaultPlace }, title);
  return { ...base, events: assembleEvents(mentions, lead) };
}

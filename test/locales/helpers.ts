// Builds a plain Article from paragraphs and extracts its events with the real locales,
// so locale tests need nothing but the repository (no gold, no ../shared).
import { layout } from "../../src/content/article.js";
import { extractEvents } from "../../src/extract/index.js";
import { loadLocales } from "../../src/locales/index.js";
import type { Article, BanEvent } from "../../src/types.js";
import type { Trace } from "../../src/extract/trace.js";

export function article(lang: string, title: string | null, paragraphs: string[], published: string | null = "2023-03-10"): Article {
  const { text, paragraphs: ps } = layout(paragraphs);
  return { id: "t", url: null, title, published, publishedSource: null, lang, langHints: [], text, paragraphs: ps };
}

/** The events of a plain article; with a trace, every decision the engine took is recorded in it. */
export async function events(lang: string, title: string | null, paragraphs: string[], published: string | null = "2023-03-10", trace?: Trace): Promise<BanEvent[]> {
  return extractEvents(article(lang, title, paragraphs, published), await loadLocales(), trace).events;
}

/** "BE|TikTok|ban" keys, as the scorer forms them. */
export const keys = (evs: BanEvent[]) => evs.map((e) => `${e.actor.jurisdiction}|${e.target}|${e.action}`).sort();
export const find = (evs: BanEvent[], key: string) => evs.find((e) => `${e.actor.jurisdiction}|${e.target}|${e.action}` === key);

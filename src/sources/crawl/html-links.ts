// What the crawler needs from an HTML page: links to follow, feeds to read
// (<link rel="alternate">), the canonical URL, and the declared language.
import * as cheerio from "cheerio";
import { decodeHtml } from "../../content/html/decode.js";

export interface PageLinks {
  links: string[]; // absolute, as written (normalised by the caller)
  feeds: string[];
  canonical?: string;
  lang?: string;
  nofollow: boolean; // <meta name="robots" content="nofollow">
}

const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/i;
/** Links to these are never pages worth reading. */
const SKIP_EXT = /\.(jpe?g|png|gif|webp|svg|ico|css|js|mjs|json|pdf|zip|gz|mp[34]|m4a|avi|mov|webm|woff2?|ttf|xml)$/i;

export function readPageLinks(bytes: Uint8Array, contentType: string | null, pageUrl: string): PageLinks {
  const { text } = decodeHtml(bytes, contentType);
  const $ = cheerio.load(text);
  const base = (() => {
    const b = $("base[href]").attr("href");
    try {
      return b ? new URL(b, pageUrl).toString() : pageUrl;
    } catch {
      return pageUrl;
    }
  })();
  const abs = (h: string | undefined) => {
    if (!h) return undefined;
    try {
      return new URL(h.trim(), base).toString();
    } catch {
      return undefined;
    }
  };
  const rels = (el: Parameters<typeof $>[0]) => ($(el).attr("rel") ?? "").toLowerCase().split(/\s+/);

  const feeds: string[] = [];
  let canonical: string | undefined;
  $("link[rel][href]").each((_, el) => {
    const r = rels(el);
    if (r.includes("alternate") && FEED_TYPES.test($(el).attr("type") ?? "")) {
      const u = abs($(el).attr("href"));
      if (u) feeds.push(u);
    }
    if (r.includes("canonical") && !canonical) canonical = abs($(el).attr("href"));
  });
  const robots = ($('meta[name="robots" i]').attr("content") ?? "").toLowerCase();
  const nofollow = /\b(nofollow|none)\b/.test(robots);
  const links: string[] = [];
  if (!nofollow) {
    $("a[href]").each((_, el) => {
      if (rels(el).includes("nofollow")) return;
      const u = abs($(el).attr("href"));
      if (u && /^https?:/i.test(u) && !SKIP_EXT.test(new URL(u).pathname)) links.push(u);
    });
  }
  const lang = ($("html").attr("lang") ?? "").trim().toLowerCase().split(/[-_]/)[0] || undefined;
  return { links, feeds, canonical, lang, nofollow };
}

// XML sitemaps: indexes (-> more sitemaps) and url sets, including Google News
// sitemaps (publication date, language and outlet name per URL).
import { isoDate, text } from "./xml.js";

export interface SitemapEntry {
  url: string;
  published?: string; // news:publication_date, else lastmod (ISO)
  lang?: string;
  outlet?: string;
}
export type Sitemap = { kind: "index"; sitemaps: SitemapEntry[] } | { kind: "urlset"; urls: SitemapEntry[] };

type Node = Record<string, unknown>;
const arr = (x: unknown): Node[] => (Array.isArray(x) ? x : x ? [x] : []) as Node[];

/** Reads a parsed XML tree as a sitemap; null when it is not one. */
export function readSitemap(doc: Node, baseUrl: string): Sitemap | null {
  const abs = (u: string | undefined) => {
    try {
      return u ? new URL(u, baseUrl).toString() : undefined;
    } catch {
      return undefined;
    }
  };
  const index = doc.sitemapindex as Node | undefined;
  if (index) {
    const sitemaps = arr(index.sitemap).flatMap((s) => {
      const url = abs(text(s.loc));
      return url ? [{ url, published: isoDate(text(s.lastmod)) }] : [];
    });
    return { kind: "index", sitemaps };
  }
  const set = doc.urlset as Node | undefined;
  if (set) {
    const urls = arr(set.url).flatMap((u) => {
      const url = abs(text(u.loc));
      if (!url) return [];
      const news = (Array.isArray(u.news) ? u.news[0] : u.news) as Node | undefined;
      const pub = news?.publication as Node | undefined;
      const lang = text(pub?.language)?.toLowerCase().split(/[-_]/)[0];
      return [{ url, published: isoDate(text(news?.publication_date) ?? text(u.lastmod)), lang, outlet: text(pub?.name) }];
    });
    return { kind: "urlset", urls };
  }
  return null;
}

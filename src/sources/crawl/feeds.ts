// RSS 2.0, Atom and RDF (RSS 1.0) feeds -> article links with date and language.
import { isoDate, text } from "./xml.js";

export interface FeedItem {
  url: string;
  published?: string; // ISO
  title?: string;
  lang?: string;
}
export interface Feed {
  format: "rss" | "atom" | "rdf";
  lang?: string;
  items: FeedItem[];
}

type Node = Record<string, unknown>;
const arr = (x: unknown): Node[] => (Array.isArray(x) ? x : x ? [x] : []) as Node[];
const lang2 = (s: string | undefined) => s?.trim().toLowerCase().split(/[-_]/)[0] || undefined;

/** Reads a parsed XML tree as a feed; null when it is not one. */
export function readFeed(doc: Node, baseUrl: string): Feed | null {
  const abs = (u: string | undefined) => {
    if (!u) return undefined;
    try {
      return new URL(u, baseUrl).toString();
    } catch {
      return undefined;
    }
  };
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const ch = (rss.channel ?? {}) as Node;
    const lang = lang2(text(ch.language));
    const items = arr(ch.item).flatMap((it) => {
      const guid = it.guid as Node | string | undefined;
      // A guid is a permalink unless it says isPermaLink="false"; only URLs count.
      const g = typeof guid === "object" && guid?.["@_isPermaLink"] === "false" ? undefined : text(guid);
      const permalink = g && /^https?:\/\//i.test(g) ? g : undefined;
      const url = abs(text(it.link) ?? permalink);
      return url ? [{ url, published: isoDate(text(it.pubDate) ?? text(it.date)), title: text(it.title), lang }] : [];
    });
    return { format: "rss", lang, items };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const lang = lang2(feed["@_lang"] as string | undefined);
    const items = arr(feed.entry).flatMap((e) => {
      const links = arr(e.link);
      const pick = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
      const url = abs(pick?.["@_href"] as string | undefined);
      const published = isoDate(text(e.published) ?? text(e.updated));
      return url ? [{ url, published, title: text(e.title), lang: lang2(e["@_lang"] as string | undefined) ?? lang }] : [];
    });
    return { format: "atom", lang, items };
  }
  const rdf = doc.RDF as Node | undefined;
  if (rdf) {
    const ch = (Array.isArray(rdf.channel) ? rdf.channel[0] : rdf.channel) as Node | undefined;
    const lang = lang2(text(ch?.language));
    const items = arr(rdf.item).flatMap((it) => {
      const url = abs(text(it.link) ?? (it["@_about"] as string | undefined));
      return url ? [{ url, published: isoDate(text(it.date)), title: text(it.title), lang }] : [];
    });
    return { format: "rdf", lang, items };
  }
  return null;
}

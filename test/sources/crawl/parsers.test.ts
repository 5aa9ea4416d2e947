import { describe, expect, it } from "vitest";
import { parseXml, looksLikeXml } from "../../../src/sources/crawl/xml.js";
import { readFeed } from "../../../src/sources/crawl/feeds.js";
import { readSitemap } from "../../../src/sources/crawl/sitemap.js";
import { parseSources, SourcesFileError } from "../../../src/sources/crawl/sources-file.js";
import { readPageLinks } from "../../../src/sources/crawl/html-links.js";
import iconv from "iconv-lite";

const enc = (s: string) => new TextEncoder().encode(s);
const BASE = "https://news.example/";

describe("feeds", () => {
  it("reads RSS 2.0 with language and dates", () => {
    const f = readFeed(parseXml(enc(`<?xml version="1.0"?><rss version="2.0"><channel><language>de-AT</language>
      <item><title>A</title><link>/a.html</link><pubDate>Fri, 10 Mar 2023 12:20:00 GMT</pubDate></item>
      <item><guid>https://news.example/b.html</guid></item></channel></rss>`))!, BASE)!;
    expect(f.format).toBe("rss");
    expect(f.items).toEqual([
      { url: "https://news.example/a.html", published: "2023-03-10T12:20:00.000Z", title: "A", lang: "de" },
      { url: "https://news.example/b.html", published: undefined, title: undefined, lang: "de" },
    ]);
  });
  it("reads Atom with the alternate link", () => {
    const f = readFeed(parseXml(enc(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><entry>
      <link rel="self" href="/self"/><link rel="alternate" href="/x.html"/><updated>2023-03-01T00:00:00Z</updated></entry></feed>`))!, BASE)!;
    expect(f.items[0]).toMatchObject({ url: "https://news.example/x.html", lang: "fr", published: "2023-03-01T00:00:00.000Z" });
  });
  it("reads RDF and a feed declared in ISO-8859-1", () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><dc:language>fr</dc:language></channel><item rdf:about="https://news.example/é.html"><title>Été</title><dc:date>2023-03-24</dc:date></item></rdf:RDF>`;
    const f = readFeed(parseXml(iconv.encode(xml, "latin1"))!, BASE)!;
    expect(f.format).toBe("rdf");
    expect(f.items[0]).toMatchObject({ url: "https://news.example/%C3%A9.html", title: "Été", lang: "fr" });
  });
  it("is not fooled by HTML", () => {
    expect(looksLikeXml("text/html", enc("<!doctype html><html></html>"))).toBe(false);
    expect(looksLikeXml(null, enc('<?xml version="1.0"?><rss/>'))).toBe(true);
  });
});

describe("sitemaps", () => {
  it("reads an index and a Google News sitemap", () => {
    const idx = readSitemap(parseXml(enc(`<sitemapindex><sitemap><loc>https://n.example/s1.xml</loc><lastmod>2023-03-01</lastmod></sitemap></sitemapindex>`))!, BASE);
    expect(idx).toEqual({ kind: "index", sitemaps: [{ url: "https://n.example/s1.xml", published: "2023-03-01T00:00:00.000Z" }] });
    const news = readSitemap(parseXml(enc(`<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/a</loc>
      <news:news><news:publication><news:name>N</news:name><news:language>nl</news:language></news:publication><news:publication_date>2023-03-21</news:publication_date></news:news></url></urlset>`))!, BASE);
    expect(news).toEqual({ kind: "urlset", urls: [{ url: "https://n.example/a", published: "2023-03-21T00:00:00.000Z", lang: "nl", outlet: "N" }] });
  });
});

describe("page links", () => {
  it("finds feeds, canonical, language and followable links", () => {
    const html = `<html lang="pt-BR"><head><base href="https://n.example/sec/"><link rel="canonical" href="/a">
      <link rel="alternate" type="application/rss+xml" href="feed.xml"></head><body>
      <a href="x.html">x</a><a href="y.html" rel="nofollow">y</a><a href="pic.jpg">p</a><a href="mailto:a@b">m</a></body></html>`;
    const p = readPageLinks(enc(html), "text/html", "https://n.example/sec/index.html");
    expect(p).toMatchObject({ lang: "pt", canonical: "https://n.example/a", feeds: ["https://n.example/sec/feed.xml"], links: ["https://n.example/sec/x.html"] });
  });
});

describe("sources file", () => {
  it("accepts outlets and reports the faulty field", () => {
    expect(parseSources({ outlets: [{ name: "Le Soir", lang: "FR", feeds: ["https://lesoir.be/rss"], delayMs: 2000 }] })).toEqual([
      { name: "Le Soir", lang: "fr", feeds: ["https://lesoir.be/rss"], sitemaps: [], seeds: [], delayMs: 2000 },
    ]);
    expect(() => parseSources({ outlets: [{ name: "X", feeds: ["ftp://x"] }] })).toThrow(/outlets\[0\]\.feeds\[0\]/);
    expect(() => parseSources({ outlets: [{ name: "X" }] })).toThrow(SourcesFileError);
    expect(() => parseSources({ outlets: [{ name: "X", seeds: ["https://x.org"], delayMs: -1 }] })).toThrow(/delayMs/);
    expect(() => parseSources({})).toThrow(/outlets/);
  });
});

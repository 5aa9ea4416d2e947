// Page metadata from structured sources first (JSON-LD, meta tags), then markup (<time>,
// h1, <title>), then the URL. Dates never come from scripts other than JSON-LD.
import type { CheerioAPI } from "cheerio";
import { dateFromUrl, parseMachineDate } from "./dates.js";

export interface Metadata {
  title: string | null;
  published: string | null;
  publishedSource: string | null;
  modified: string | null;
  authors: string[];
  siteName: string | null;
  url: string | null;
  langHints: string[];
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|Blog)$/;

const clean = (s: string | null | undefined): string | null => {
  if (s == null) return null;
  const t = String(s).replace(/\s+/g, " ").trim();
  return t.length ? t : null;
};

/** All objects in JSON-LD blocks, @graph and arrays flattened (iteratively). */
export function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text();
    let data: unknown;
    try { data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, "")); } catch { return; }
    const stack: unknown[] = [data];
    while (stack.length && out.length < 200) {
      const x = stack.pop();
      if (Array.isArray(x)) { for (const y of x) stack.push(y); continue; }
      if (x && typeof x === "object") {
        const o = x as Json;
        out.push(o);
        if (Array.isArray(o["@graph"])) stack.push(o["@graph"]);
      }
    }
  });
  return out;
}

const typesOf = (o: Json): string[] => {
  const t = o["@type"];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
};

function names(x: unknown): string[] {
  const out: string[] = [];
  const list = Array.isArray(x) ? x : [x];
  for (const a of list) {
    if (typeof a === "string") out.push(a);
    else if (a && typeof a === "object" && typeof (a as Json).name === "string") out.push((a as Json).name as string);
  }
  return out;
}

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr("content");
    const c = clean(v);
    if (c) return c;
  }
  return null;
}

const SEPARATORS = /\s+(?:[|\-–—:·•»«]|::)\s+/;

/** "Headline | Site" -> "Headline": the longest part when the title is split by a site separator. */
export function stripSiteName(title: string, siteName?: string | null): string {
  let t = title;
  if (siteName) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    t = t.replace(new RegExp(`\\s*[|\\-–—:·•»«]\\s*${esc}\\s*$`, "i"), "").replace(new RegExp(`^\\s*${esc}\\s*[|\\-–—:·•»«]\\s*`, "i"), "");
  }
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t.trim();
  let best = parts[0];
  for (const p of parts) if (p.length > best.length) best = p;
  // Only cut when what is dropped looks like a name (short), not half of a headline.
  const dropped = t.length - best.length;
  return best.length >= 15 && dropped < best.length ? best.trim() : t.trim();
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Keep author strings that are names, not URLs or bylines' "By". */
function cleanAuthor(a: string): string | null {
  let t = clean(a);
  if (!t || /^https?:\/\//.test(t) || t.length > 80) return null;
  t = t.replace(/^(by|von|par|por|di|door)\s+/i, "").trim();
  return t || null;
}

export function extractMetadata($: CheerioAPI, givenUrl: string | null): Metadata {
  const ld = jsonLdObjects($);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage" && t !== "Blog"))
    ?? ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));

  // site name
  let siteName = meta($, "og:site_name", "application-name", "twitter:site");
  if (!siteName && article) siteName = clean(names(article.publisher)[0]);
  if (siteName?.startsWith("@")) siteName = siteName.slice(1);

  // canonical URL
  const canonical = clean($('link[rel="canonical"]').first().attr("href")) ?? meta($, "og:url");
  let url: string | null = givenUrl;
  if (canonical) {
    try { url = new URL(canonical, givenUrl ?? undefined).href; } catch { url = /^https?:/.test(canonical) ? canonical : givenUrl; }
  }

  // title
  const docTitle = clean($("title").first().text());
  const ogTitle = meta($, "og:title", "twitter:title");
  const ldTitle = article ? clean(typeof article.headline === "string" ? article.headline : null) : null;
  const h1s = $("h1").slice(0, 5).toArray().map((e) => clean($(e).text())).filter((x): x is string => !!x);
  const ref = ogTitle ?? ldTitle ?? docTitle;
  // The visible headline is the heading that agrees with the declared title once the site
  // name is cut off; a heading that is only the site name (a logo h1) is not it.
  let title: string | null = null;
  if (ref) {
    const r = norm(stripSiteName(ref, siteName));
    const site = siteName ? norm(siteName) : "";
    let bestLen = 0;
    for (const e of $("h1, h2, h3").slice(0, 30).toArray()) {
      const h = clean($(e).text());
      if (!h) continue;
      const n = norm(h);
      if (n.length < 10 || n === site || n.length <= bestLen) continue;
      const agrees = r.includes(n) ? n.length >= 0.6 * r.length : n.includes(r) && r.length >= 0.6 * n.length;
      if (agrees) { title = h; bestLen = n.length; }
    }
  }
  if (!title && ogTitle) title = stripSiteName(ogTitle, siteName);
  if (!title && ldTitle) title = ldTitle;
  if (!title && h1s.length === 1 && h1s[0].length >= 10) title = h1s[0];
  if (!title && docTitle) title = stripSiteName(docTitle, siteName);
  if (!title && h1s.length) title = h1s[0];

  // dates: JSON-LD, metas, <time>/microdata, URL (the dateline comes later, from the text)
  let published: string | null = null;
  let publishedSource: string | null = null;
  if (article) {
    published = parseMachineDate(typeof article.datePublished === "string" ? article.datePublished : null)
      ?? parseMachineDate(typeof article.dateCreated === "string" ? article.dateCreated : null);
    if (published) publishedSource = "json-ld";
  }
  if (!published) {
    published = parseMachineDate(meta($, "article:published_time", "og:article:published_time", "datePublished",
      "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "published_time",
      "sailthru.date", "parsely-pub-date", "dc.date.issued", "DC.date.issued", "dcterms.issued", "dc.date",
      "DC.date", "dcterms.created", "date", "original-publish-date", "citation_publication_date", "og:pubdate"));
    if (published) publishedSource = "meta";
  }
  if (!published) {
    const el = $('[itemprop="datePublished"], time[pubdate], time').first();
    published = parseMachineDate(el.attr("datetime") ?? el.attr("content") ?? null)
      ?? (el.length ? parseMachineDate(clean(el.text())) : null);
    if (published) publishedSource = "time";
  }
  if (!published) {
    published = dateFromUrl(givenUrl) ?? dateFromUrl(url);
    if (published) publishedSource = "url";
  }
  let modified = article ? parseMachineDate(typeof article.dateModified === "string" ? article.dateModified : null) : null;
  if (!modified) {
    modified = parseMachineDate(meta($, "article:modified_time", "og:updated_time", "dateModified", "last-modified",
      "dcterms.modified", "DC.date.modified"));
  }
  if (!modified) modified = parseMachineDate($('[itemprop="dateModified"]').first().attr("datetime") ?? null);

  // authors: JSON-LD (all of them), metas, microdata, rel=author
  const authors: string[] = [];
  const addAuthor = (a: string | null | undefined) => {
    const c = a ? cleanAuthor(a) : null;
    if (c && !authors.some((x) => x.toLowerCase() === c.toLowerCase())) authors.push(c);
  };
  if (article) for (const a of names(article.author)) addAuthor(a);
  if (!authors.length) {
    $('meta[name="author"], meta[property="article:author"], meta[name="parsely-author"], meta[name="sailthru.author"], meta[name="dc.creator"], meta[name="DC.creator"], meta[name="byl"]')
      .each((_, e) => { for (const a of ($(e).attr("content") ?? "").split(/\s*(?:,|;|\band\b)\s*/)) addAuthor(a); });
  }
  if (!authors.length) {
    $('[itemprop="author"]').slice(0, 5).each((_, e) => {
      const n = $(e).find('[itemprop="name"]').first();
      addAuthor(n.length ? n.attr("content") ?? n.text() : $(e).attr("content") ?? $(e).text());
    });
  }
  if (!authors.length) $('a[rel="author"]').slice(0, 5).each((_, e) => addAuthor($(e).text()));

  // language hints
  const langHints: string[] = [];
  const addLang = (v: string | null | undefined) => {
    for (const part of (v ?? "").split(/[,\s]+/)) {
      const m = /^([a-z]{2})(?:[-_]|$)/i.exec(part.trim());
      if (m && !langHints.includes(m[1].toLowerCase())) langHints.push(m[1].toLowerCase());
    }
  };
  addLang($("html").first().attr("lang") ?? $("html").first().attr("xml:lang"));
  addLang($('meta[http-equiv="content-language" i]').first().attr("content"));
  addLang($('meta[name="language" i]').first().attr("content"));
  addLang(meta($, "og:locale"));
  if (article && typeof article.inLanguage === "string") addLang(article.inLanguage);

  return { title, published, publishedSource, modified, authors, siteName, url, langHints };
}

// Page metadata from structured sources first (JSON-LD, meta tags), then markup (<time>,
// headings, <title>), then the URL. Dates never come from scripts other than JSON-LD.
import type { PageIndex } from "./collect.js";
import { dateFromUrl, parseMachineDate } from "./dates.js";
import { escapeRegExp } from "../../util/regexp.js";
import { declaredBodyText } from "./structured-body.js";
import { BYLINE_PREFIX } from "../words/index.js";

export interface Metadata {
  title: string | null;
  published: string | null;
  publishedSource: string | null;
  modified: string | null;
  authors: string[];
  siteName: string | null;
  url: string | null;
  langHints: string[];
  /** JSON-LD articleBody as text (used only where the visible page agrees with it). */
  declaredBody: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|Blog)$/;

const clean = (s: unknown): string | null => {
  if (typeof s !== "string") return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t.length ? t : null;
};

/** One JSON-LD block; many pages put raw line breaks and tabs inside strings, which JSON forbids. */
function parseJsonLd(raw: string): unknown {
  const text = raw.trim().replace(/^<!--/, "").replace(/-->$/, "");
  try { return JSON.parse(text); } catch { /* retried below */ }
  try { return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ")); } catch { return undefined; }
}

/** All objects in JSON-LD blocks, @graph and arrays flattened (iteratively). */
export function jsonLdObjects(blocks: string[]): Json[] {
  const out: Json[] = [];
  for (const raw of blocks) {
    const data = parseJsonLd(raw);
    if (data === undefined) continue;
    const stack: unknown[] = [data];
    while (stack.length && out.length < 200) {
      const x = stack.pop();
      if (Array.isArray(x)) { for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]); continue; }
      if (x && typeof x === "object") {
        const o = x as Json;
        out.push(o);
        if (Array.isArray(o["@graph"])) stack.push(o["@graph"]);
      }
    }
  }
  return out;
}

const typesOf = (o: Json): string[] => {
  const t = o["@type"];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
};

function names(x: unknown): string[] {
  const out: string[] = [];
  for (const a of Array.isArray(x) ? x : [x]) {
    if (typeof a === "string") out.push(a);
    else if (a && typeof a === "object" && typeof (a as Json).name === "string") out.push((a as Json).name as string);
  }
  return out;
}

const SEPARATORS = /\s+(?:[|\-–—:·•»«]|::)\s+/;

/** "Headline | Site" -> "Headline": the longest part when the title is split by a site separator. */
export function stripSiteName(title: string, siteName?: string | null): string {
  let t = title;
  if (siteName) {
    const esc = escapeRegExp(siteName);
    t = t.replace(new RegExp(`\\s*[|\\-–—:·•»«]\\s*${esc}\\s*$`, "i"), "")
      .replace(new RegExp(`^\\s*${esc}\\s*[|\\-–—:·•»«]\\s*`, "i"), "");
  }
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t.trim();
  let best = parts[0];
  for (const p of parts) if (p.length > best.length) best = p;
  // Only cut when what is dropped is shorter than what is kept (a name, not half a headline).
  const dropped = t.length - best.length;
  return best.length >= 15 && dropped < best.length ? best.trim() : t.trim();
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function cleanAuthor(a: string): string | null {
  let t = clean(a);
  if (!t || /^https?:\/\//.test(t) || t.length > 80) return null;
  t = t.replace(BYLINE_PREFIX, "").trim();
  return t || null;
}

export function extractMetadata(ix: PageIndex, givenUrl: string | null): Metadata {
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) for (const v of ix.metas.get(k.toLowerCase()) ?? []) { const c = clean(v); if (c) return c; }
    return null;
  };
  const ld = jsonLdObjects(ix.jsonLd);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage" && t !== "Blog"))
    ?? ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));

  // site name
  let siteName = meta("og:site_name", "application-name");
  if (!siteName && article) siteName = clean(names(article.publisher)[0]);
  if (!siteName) siteName = meta("twitter:site");
  if (siteName?.startsWith("@")) siteName = siteName.slice(1);

  // canonical URL, resolved against the given URL
  const canonical = clean(ix.canonical) ?? meta("og:url");
  let url: string | null = givenUrl;
  if (canonical) {
    try { url = new URL(canonical, givenUrl ?? undefined).href; } catch { url = /^https?:/.test(canonical) ? canonical : givenUrl; }
  }

  // title: the visible headline when it agrees with the declared one (a logo h1 does not)
  const docTitle = clean(ix.title);
  const ogTitle = meta("og:title", "twitter:title");
  const ldTitle = article ? clean(article.headline) : null;
  const h1s = ix.headings.filter((h) => h.tag === "h1" && h.text).map((h) => h.text);
  const ref = ogTitle ?? ldTitle ?? docTitle;
  let title: string | null = null;
  if (ref) {
    const r = norm(stripSiteName(ref, siteName));
    const site = siteName ? norm(siteName) : "";
    let bestLen = 0;
    for (const { text } of ix.headings) {
      const n = norm(text);
      if (n.length < 10 || n === site || n.length <= bestLen) continue;
      const agrees = r.includes(n) ? n.length >= 0.6 * r.length : n.includes(r) && r.length >= 0.6 * n.length;
      if (agrees) { title = text; bestLen = n.length; }
    }
  }
  if (!title && ogTitle) title = stripSiteName(ogTitle, siteName);
  if (!title && ldTitle) title = ldTitle;
  if (!title && h1s.length === 1 && h1s[0].length >= 10) title = h1s[0];
  if (!title && docTitle) title = stripSiteName(docTitle, siteName);
  if (!title && h1s.length) title = h1s[0];

  // publication date: JSON-LD, metas, <time>/microdata, URL (a dateline comes later, from the text)
  let published: string | null = null;
  let publishedSource: string | null = null;
  if (article) {
    published = parseMachineDate(clean(article.datePublished)) ?? parseMachineDate(clean(article.dateCreated));
    if (published) publishedSource = "json-ld";
  }
  if (!published) {
    published = parseMachineDate(meta("article:published_time", "og:article:published_time", "datePublished",
      "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "published_time",
      "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
      "date", "original-publish-date", "citation_publication_date", "og:pubdate"));
    if (published) publishedSource = "meta";
  }
  if (!published) {
    const ip = ix.itemprops.get("datepublished")?.[0];
    const t = ix.times[0];
    published = (ip ? parseMachineDate(ip.value) ?? parseMachineDate(ip.text) : null)
      ?? (t ? parseMachineDate(t.datetime) ?? parseMachineDate(t.text) : null);
    if (published) publishedSource = "time";
  }
  if (!published) {
    published = dateFromUrl(givenUrl) ?? dateFromUrl(url);
    if (published) publishedSource = "url";
  }
  let modified = article ? parseMachineDate(clean(article.dateModified)) : null;
  if (!modified) {
    modified = parseMachineDate(meta("article:modified_time", "og:updated_time", "dateModified", "last-modified",
      "dcterms.modified", "dc.date.modified"));
  }
  if (!modified) modified = parseMachineDate(ix.itemprops.get("datemodified")?.[0]?.value);

  // authors: all of them, from the first source that names any
  const authors: string[] = [];
  const addAuthor = (a: string | null | undefined) => {
    const c = a ? cleanAuthor(a) : null;
    if (c && !authors.some((x) => x.toLowerCase() === c.toLowerCase())) authors.push(c);
  };
  if (article) for (const a of names(article.author)) addAuthor(a);
  if (!authors.length) {
    for (const k of ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]) {
      for (const v of ix.metas.get(k) ?? []) for (const a of v.split(/\s*(?:,|;|\band\b)\s*/)) addAuthor(a);
    }
  }
  if (!authors.length) for (const a of ix.itemprops.get("author") ?? []) addAuthor(a.name ?? a.value ?? a.text);
  if (!authors.length) for (const a of ix.relAuthors.slice(0, 5)) addAuthor(a);

  // language hints, in order of authority
  const langHints: string[] = [];
  const addLang = (v: string | null | undefined) => {
    for (const part of (v ?? "").split(/[,\s]+/)) {
      const m = /^([a-z]{2})(?:[-_]|$)/i.exec(part.trim());
      if (m && !langHints.includes(m[1].toLowerCase())) langHints.push(m[1].toLowerCase());
    }
  };
  addLang(ix.htmlLang);
  addLang(meta("http-equiv:content-language"));
  addLang(meta("language", "content-language"));
  addLang(meta("og:locale"));
  if (article && typeof article.inLanguage === "string") addLang(article.inLanguage);

  const declaredBody = declaredBodyText(article?.articleBody ?? ld.find((o) => typeof o.articleBody === "string")?.articleBody);
  return { title, published, publishedSource, modified, authors, siteName, url, langHints, declaredBody };
}

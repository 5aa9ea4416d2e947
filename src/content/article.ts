// RawDocument -> Article: decodes, extracts (text export or HTML), lays the body out as
// paragraphs with offsets, and detects the language.
import type { Article, Paragraph, RawDocument, Rejection, PartialDate } from "../types.js";
import { reject, isRejection } from "../types.js";
import { checkBytes } from "./guards.js";
import { decodeHtml } from "./html/decode.js";
import { parseTextExport, refines } from "./text-export.js";
import { detectArticle } from "../language/detect.js";
import { extractCheckedHtml } from "./html/index.js";
import { dateFromUrl } from "./html/dates.js";
import { ARTICLE_JSON_TYPE, readArticleJson } from "./article-json.js";
import { normalizeUrl } from "../sources/crawl/url.js";
import { countWords } from "../extract/words.js";

/** Inputs larger than this are rejected, not read (configurable per call). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** An article needs at least this much body text to be worth storing. */
const MIN_TEXT = 80;
/** ...or this many words: 37 characters of Chinese are a news brief of some twenty words. */
const MIN_WORDS = 14;

export interface ContentOptions {
  maxBytes?: number;
}

interface Extracted {
  title: string | null;
  published: PartialDate | null;
  publishedSource: string | null;
  modified?: PartialDate | null;
  authors?: string[];
  siteName?: string | null;
  url: string | null;
  langHints: string[];
  paragraphs: string[];
}

export function isHtml(raw: RawDocument): boolean {
  if (raw.contentType) return /html|xml/i.test(raw.contentType);
  if (/\.x?html?$/i.test(raw.uri)) return true;
  const head = Buffer.from(raw.bytes.subarray(0, 1024)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml");
}

export function layout(paragraphs: string[]): { text: string; paragraphs: Paragraph[] } {
  const out: Paragraph[] = [];
  let text = "";
  for (const p of paragraphs) {
    if (text) text += "\n\n";
    out.push({ text: p, start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs: out };
}

export function buildArticle(raw: RawDocument, opts: ContentOptions = {}): Article | Rejection {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bad = checkBytes(raw.bytes, max);
  if (bad) return { ...bad, detail: `${raw.uri}: ${bad.detail}` };

  let ex: Extracted;
  if (raw.contentType === ARTICLE_JSON_TYPE) {
    // Another tool already extracted the article (JSON lines): its fields are taken as given.
    const j = readArticleJson(raw.bytes);
    if (typeof j === "string") return reject("content", "not_article", `${raw.uri}: ${j}`);
    ex = j;
  } else if (isHtml(raw)) {
    // The bytes passed checkBytes above, with the same limit.
    const h = extractCheckedHtml(raw.bytes, { url: raw.uri.startsWith("http") ? raw.uri : raw.hints?.url ?? null, contentType: raw.contentType, maxBytes: max });
    if (isRejection(h)) return h;
    ex = h;
  } else {
    // Text exports follow the same charset rules as pages: BOM, declaration, valid UTF-8, else windows-1252.
    const { text } = decodeHtml(raw.bytes, raw.contentType);
    const t = parseTextExport(text);
    // A text fetched from the web is that address; a file is the one its own address line or its sidecar gives, if any.
    ex = { ...t, url: raw.uri.startsWith("http") ? raw.uri : t.url ?? raw.hints?.url ?? null, langHints: [] };
  }
  if (!ex.published && raw.hints?.published) {
    ex.published = raw.hints.published;
    ex.publishedSource = "source";
  }
  // News sites date their addresses (/2023/03/10/): a date the text did not give, or a day in the month it gave.
  const byUrl = dateFromUrl(ex.url);
  if (byUrl && (!ex.published || refines(ex.published, byUrl))) {
    ex.published = byUrl;
    ex.publishedSource = "url";
  }
  const paragraphs = ex.paragraphs.map((p) => p.trim()).filter(Boolean);
  const laid = layout(paragraphs);
  if (laid.text.length < MIN_TEXT && countWords(laid.text) < MIN_WORDS)
    return reject("content", "no_text", `${raw.uri} holds ${laid.text.length} characters of article text; nothing to extract`);
  const hints = [...new Set([...(raw.hints?.lang ? [raw.hints.lang] : []), ...ex.langHints])];
  const det = detectArticle(paragraphs, hints, ex.title);
  laid.paragraphs.forEach((p, i) => (p.lang = det.paragraphs[i]));
  return {
    id: raw.id,
    // Stored URLs carry no tracking parameters (utm_*, fbclid, gclid...): the crawler's normal form.
    url: ex.url ? normalizeUrl(ex.url) ?? ex.url : null,
    title: ex.title,
    published: ex.published,
    publishedSource: ex.publishedSource,
    modified: ex.modified ?? null,
    authors: ex.authors ?? [],
    siteName: ex.siteName ?? null,
    lang: det.lang,
    langHints: hints,
    text: laid.text,
    paragraphs: laid.paragraphs,
  };
}

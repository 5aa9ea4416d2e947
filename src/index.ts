// banwatch as a library: the stages other programs reuse, with their types. The package's
// `exports` point here (dist/index.js, dist/index.d.ts); nothing in it needs tsx.
import type { ArticleResult, Rejection, RawDocument } from "./types.js";
import { sha256 } from "./util/hash.js";
import { extractDocument } from "./pipeline.js";
import { detectArticle } from "./language/detect.js";

export type {
  Action, Actor, Article, ArticleResult, BanEvent, Evidence, Level, Mention, Paragraph, PartialDate, Precision,
  RawDocument, Rejection, Scope,
} from "./types.js";
export { isRejection } from "./types.js";
export { extractHtml, decodeHtml, type HtmlExtraction, type HtmlOptions } from "./content/html/index.js";
export { openDb as openStore, type DB } from "./store/db.js";
export { ingestPaths as ingest, type IngestOptions, type IngestSummary } from "./pipeline.js";

export interface ExtractArticleOptions {
  /** Article id in the result; default: the first 16 hex digits of the input's SHA-256. */
  id?: string;
  /** Where the input came from; an http(s) URL becomes the article's url (and its dates may come from it). */
  url?: string;
  /** "text/html; charset=..." or "text/plain"; default: sniffed from the bytes (markup means HTML). */
  contentType?: string;
  /** Language hint (ISO 639-1), e.g. from a feed. */
  lang?: string;
  /** Publication date (YYYY[-MM[-DD]]) when the input itself does not say. */
  published?: string;
  /** Inputs larger than this are rejected (default 20 MB). */
  maxBytes?: number;
}

/**
 * A text export or an HTML page (a string or its raw bytes) -> the spec's article object
 * (id, lang, published, title, url, text, events), or a Rejection saying why not.
 */
export async function extractArticle(input: string | Uint8Array, opts: ExtractArticleOptions = {}): Promise<ArticleResult | Rejection> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const hash = sha256(bytes);
  const hints = Object.fromEntries(Object.entries({ lang: opts.lang, published: opts.published }).filter(([, v]) => v !== undefined));
  const raw: RawDocument = {
    uri: opts.url ?? `urn:sha256:${hash}`,
    id: opts.id ?? hash.slice(0, 16),
    fetchedAt: new Date().toISOString(),
    contentType: opts.contentType ?? null,
    bytes,
    sha256: hash,
    hints,
  };
  const out = await extractDocument(raw, { maxBytes: opts.maxBytes });
  // Provenance (rules, why) is beyond the spec's shape: left out, as `extract --json` does.
  return "events" in out ? { ...out, events: out.events.map(({ rules: _r, why: _w, ...e }) => e) } : out;
}

/**
 * The language of a text (ISO 639-1, or "und"): franc per paragraph (blank-line blocks),
 * weighted by length; declared languages in `hints` weigh more.
 */
export function detectLanguage(text: string, hints: string[] = []): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return detectArticle(paragraphs, hints).lang;
}

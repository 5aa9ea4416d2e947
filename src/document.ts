// The pure per-document step, Bytes -> the spec's article object, with no database: its own
// module so that `banwatch extract` and the analysis workers load neither the store nor the
// event merging that pipeline.ts wires in (start-up of a one-file extract).
import type { Article, ArticleResult, RawDocument, Rejection } from "./types.js";
import { isRejection, reject } from "./types.js";
import type { Locale } from "./locales/types.js";
import { loadLocalesFor } from "./locales/index.js";
import { buildArticle, DEFAULT_MAX_BYTES } from "./content/article.js";
import { extractEvents } from "./extract/index.js";
import type { Trace } from "./extract/trace.js";
import type { PackedBody } from "./store/body.js";

/**
 * What the pure step made of one document. `body`: its bytes packed for the documents table,
 * when a worker did that too (the main thread then only writes them).
 */
export type Analysis =
  | { kind: "article"; article: Article; result: ArticleResult; body?: PackedBody }
  | { kind: "rejected"; rejection: Rejection; body?: PackedBody };

/** Bytes -> the spec's article object, no database involved (`banwatch extract`). */
export async function extractDocument(raw: RawDocument, opts: { maxBytes?: number; locales?: Map<string, Locale>; trace?: Trace } = {}): Promise<ArticleResult | Rejection> {
  const article = buildArticle(raw, { maxBytes: opts.maxBytes });
  if (isRejection(article)) return article;
  // Without locales given, only the article's own is loaded (start-up of a one-file extract).
  const locales = opts.locales ?? (await loadLocalesFor([article.lang]));
  return extractEvents(article, locales, opts.trace);
}

/** One document through content extraction and event extraction; never throws. */
export function analyzeDocument(raw: RawDocument, locales: Map<string, Locale>, maxBytes = DEFAULT_MAX_BYTES): Analysis {
  const article = buildArticle(raw, { maxBytes });
  if (isRejection(article)) return { kind: "rejected", rejection: article };
  try {
    return { kind: "article", article, result: extractEvents(article, locales) };
  } catch (e) {
    // A bug in a rule must not lose the input: keep it, rejected, for reextract.
    return { kind: "rejected", rejection: reject("extract", "extractor_error", `extraction failed on ${raw.uri}: ${(e as Error).message}`) };
  }
}


// `reextract`: the current extractors over every stored article, no fetching. Each
// article's row and mentions are replaced in one transaction (a failure leaves the old
// ones whole); canonical events are rebuilt once at the end.
import type { DB } from "./db.js";
import type { Article, ArticleResult, RawDocument, Rejection } from "../types.js";
import { isRejection } from "../types.js";
import { StoreWriter } from "./writer.js";
import { storedArticles, storedDocument, type StoredArticle } from "./stored.js";
import { startRun, finishRun, emptyCounts, type RunCounts } from "./runs.js";
import { rebuildEvents } from "./canonical.js";
import { EXTRACTOR_VERSION } from "../version.js";

/** The extraction stages, handed in so the store does not depend on them. */
export interface Extractors {
  /** Raw bytes -> Article (content extraction), or a rejection. */
  build(raw: RawDocument): Article | Rejection;
  /** Article text only (no document kept) -> Article. */
  fromText(a: StoredArticle): Article;
  extract(article: Article): ArticleResult;
}

export interface ReextractSummary extends RunCounts {
  runId: number;
  canonicalEvents: number;
  failures: { id: string; reason: string; detail: string }[];
}

export function reextractAll(db: DB, x: Extractors, onProgress?: (id: string) => void): ReextractSummary {
  const writer = new StoreWriter(db);
  const runId = startRun(db, "reextract");
  const counts = emptyCounts();
  const failures: ReextractSummary["failures"] = [];
  let fromDocument = 0;
  let fromText = 0;
  const fail = (id: string, reason: string, detail: string) => {
    counts.rejected++;
    counts.errors[reason] = (counts.errors[reason] ?? 0) + 1;
    failures.push({ id, reason, detail });
  };
  try {
    for (const a of storedArticles(db)) {
      counts.read++;
      onProgress?.(a.id);
      const raw = storedDocument(db, a);
      let article: Article | Rejection;
      try {
        article = raw ? x.build(raw) : x.fromText(a);
      } catch (e) {
        fail(a.id, "content_error", (e as Error).message);
        continue;
      }
      // Content extraction now refuses a stored article: keep what is stored, and say so.
      if (isRejection(article)) {
        fail(a.id, article.reason, article.detail);
        continue;
      }
      let result: ArticleResult;
      try {
        result = x.extract(article);
      } catch (e) {
        fail(a.id, "extractor_error", (e as Error).message);
        continue;
      }
      try {
        counts.events += raw ? writer.rewriteArticle(article, result, a.document_id, a.outlet) : writer.replaceMentionsAtomically(a.id, result);
      } catch (e) {
        fail(a.id, "store_error", (e as Error).message);
        continue;
      }
      counts.stored++;
      if (raw) fromDocument++;
      else fromText++;
    }
    // Rowids may have moved (VACUUM) and text changed: resync the full-text index.
    db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
    const canonicalEvents = rebuildEvents(db);
    counts.details = { from_document: fromDocument, from_text: fromText, extractor_version: EXTRACTOR_VERSION };
    finishRun(db, runId, "ok", counts);
    return { ...counts, runId, canonicalEvents, failures };
  } catch (e) {
    finishRun(db, runId, "failed", { ...counts, errors: { ...counts.errors, fatal: 1 } });
    throw e;
  }
}

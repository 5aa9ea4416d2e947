// Wires the stages: Source -> RawDocument -> Article -> events -> Store. The CLI and the
// crawler call these functions; each stage stays testable on its own. `analyzeDocument`
// (document.ts) is the pure per-document step (no database): it runs in-process or in a worker
// (src/analysis-worker.ts) that a per-input time budget can stop.
import type { Article, RawDocument, Rejection } from "./types.js";
import { isRejection } from "./types.js";
import type { Locale } from "./locales/types.js";
import { loadLocales } from "./locales/index.js";
import { DEFAULT_MAX_BYTES } from "./content/article.js";
import { analyzeDocument, type Analysis } from "./document.js";
import type { DB } from "./store/db.js";
import { StoreWriter } from "./store/writer.js";
import { normalizeUrl, urlId } from "./sources/crawl/url.js";

export interface Outcome {
  status: "stored" | "unchanged" | "rejected";
  id: string;
  uri: string;
  events: number;
  rejection?: Rejection;
  /** Set when the input's content was already stored as this other article: the document is linked to it. */
  duplicateOf?: string;
}

/**
 * The article's id: for inputs read from files, archives and JSON lines, the page's own
 * canonical URL when it has one (the same page under two file names is one article),
 * else what the reader proposed (path under the ingest root, or the record's URL).
 */
export function articleIdentity(raw: RawDocument, article: Article): string {
  // A file with a sidecar keeps its name: the sidecar is paired with it by that name.
  if (!raw.urlNamesArticle || !article.url || raw.hints?.url) return raw.id;
  const url = normalizeUrl(article.url);
  return url ? urlId(url) : raw.id;
}

export class Pipeline {
  readonly writer: StoreWriter;
  constructor(readonly db: DB, readonly locales: Map<string, Locale>, readonly maxBytes = DEFAULT_MAX_BYTES) {
    this.writer = new StoreWriter(db);
  }

  static async open(db: DB, maxBytes?: number): Promise<Pipeline> {
    return new Pipeline(db, await loadLocales(), maxBytes);
  }

  analyze(raw: RawDocument): Analysis {
    return analyzeDocument(raw, this.locales, this.maxBytes);
  }

  /** One document through every stage; written in one transaction, or recorded as rejected. */
  process(raw: RawDocument, runId: number | null, outlet?: string): Outcome {
    if (this.writer.hasDocument(raw.uri, raw.sha256)) return { id: raw.id, uri: raw.uri, events: 0, status: "unchanged" };
    return this.store(raw, this.analyze(raw), runId, outlet);
  }

  /** Writes what analysis made of a document; the check that it is new is part of the write. */
  store(raw: RawDocument, a: Analysis, runId: number | null, outlet?: string): Outcome {
    const base = { id: raw.id, uri: raw.uri, events: 0 };
    if (a.kind === "rejected") {
      const fresh = this.writer.writeRejected(raw, a.rejection, runId, a.body);
      return fresh ? { ...base, status: "rejected", rejection: a.rejection } : { ...base, status: "unchanged" };
    }
    const id = articleIdentity(raw, a.article);
    const c = this.writer.commitArticle(raw, { ...a.article, id }, { ...a.result, id }, runId, outlet ?? raw.hints?.outlet, a.body);
    if (c.status === "unchanged") return { ...base, id, status: "unchanged" };
    return { ...base, id: c.articleId, status: "stored", events: c.events, ...(c.status === "duplicate" ? { duplicateOf: c.articleId } : {}) };
  }
}

// The ingest run lives in its own module; callers import it from here as before.
export { extractDocument, analyzeDocument, type Analysis } from "./document.js";
export { ingestPaths, type IngestSummary, type IngestOptions } from "./ingest.js";

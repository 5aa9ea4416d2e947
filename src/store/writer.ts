// Writes documents, articles and mentions. Each input is one transaction (a savepoint when
// ingest's batch holds one open, src/store/batch.ts): a document and everything extracted
// from it land together or not at all, and the check that the input is new happens inside
// it (under BEGIN IMMEDIATE), so two runs over the same files both finish. Identical content under another name or URL is linked to the
// article that already holds it: one article, one document per input. Statements are
// prepared once per connection.
import { sha256 } from "../util/hash.js";
import type { DB } from "./db.js";
import type { Article, ArticleResult, RawDocument, Rejection } from "../types.js";
import { precisionOf } from "../types.js";
import { EXTRACTOR_VERSION } from "../version.js";
import { packBody, type PackedBody } from "./body.js";

export const contentHash = (a: { title: string | null; text: string }) => sha256(`${a.title ?? ""}\n${a.text}`);

/**
 * Outlet of an article: the name its source gives (ingest --outlet, a JSON line's outlet or
 * source name, the crawl's source), else its URL's host without "www." (the page's own, or
 * the address a text export's "URL:" line gives), else unknown (null).
 */
export function outletOf(url: string | null, hint?: string): string | null {
  if (hint) return hint;
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}

/** What committing one analysed input did. */
export interface Committed {
  status: "stored" | "unchanged" | "duplicate";
  articleId: string; // the article the document is linked to
  events: number;
}

/** An input refused before (or without) reading its bytes: missing, unreadable, too large. */
export interface UnreadInput {
  uri: string;
  id: string;
  size?: number;
  via?: string;
}

/** Which reader a document came through, for documents.source. */
export const sourceOf = (raw: { uri: string; via?: string }) => raw.via ?? (/^https?:/i.test(raw.uri) ? "crawl" : "file");

export class StoreWriter {
  private s;
  constructor(private db: DB) {
    this.s = {
      // A rejection for lack of time is not a verdict on the bytes: the next run tries them again.
      findDoc: db.prepare(`SELECT id, status FROM documents WHERE uri = ? AND sha256 = ?
        AND NOT (status = 'rejected' AND reject_reason IN ('timeout', 'worker_failed'))`),
      dropRetry: db.prepare(`DELETE FROM documents WHERE uri = ? AND sha256 = ? AND status = 'rejected'
        AND reject_reason IN ('timeout', 'worker_failed')`),
      insertDoc: db.prepare(`INSERT INTO documents (uri, article_id, read_at, content_type, headers, sha256, size, body, compressed,
        status, reject_stage, reject_reason, reject_detail, run_id, source)
        VALUES (@uri, @article_id, @read_at, @content_type, @headers, @sha256, @size, @body, @compressed,
        @status, @reject_stage, @reject_reason, @reject_detail, @run_id, @source)`),
      // An input with no bytes read has sha256 '': one row per uri, brought up to date on every run.
      upsertUnread: db.prepare(`INSERT INTO documents (uri, article_id, read_at, sha256, size, status, reject_stage,
        reject_reason, reject_detail, run_id, source) VALUES (@uri, @article_id, @read_at, '', @size, 'rejected', @reject_stage,
        @reject_reason, @reject_detail, @run_id, @source)
        ON CONFLICT(uri, sha256) DO UPDATE SET read_at = excluded.read_at, size = excluded.size, reject_stage = excluded.reject_stage,
        reject_reason = excluded.reject_reason, reject_detail = excluded.reject_detail, run_id = excluded.run_id`),
      sameContent: db.prepare("SELECT id FROM articles WHERE content_hash = ? AND id <> ? ORDER BY id LIMIT 1"),
      upsertArticle: db.prepare(`INSERT INTO articles (id, document_id, url, outlet, title, published, published_precision,
        published_source, lang, lang_hints, text, content_hash, extractor_version, ingested_at)
        VALUES (@id, @document_id, @url, @outlet, @title, @published, @published_precision, @published_source, @lang,
        @lang_hints, @text, @content_hash, @extractor_version, @ingested_at)
        ON CONFLICT(id) DO UPDATE SET document_id = excluded.document_id, url = excluded.url, outlet = excluded.outlet,
        title = excluded.title, published = excluded.published, published_precision = excluded.published_precision,
        published_source = excluded.published_source, published_inferred = 0, lang = excluded.lang,
        lang_hints = excluded.lang_hints, text = excluded.text, content_hash = excluded.content_hash,
        extractor_version = excluded.extractor_version, ingested_at = excluded.ingested_at`),
      deleteMentions: db.prepare("DELETE FROM event_mentions WHERE article_id = ?"),
      insertMention: db.prepare(`INSERT INTO event_mentions (article_id, ordinal, action, target, jurisdiction, level, actor_name,
        scope, audience, announced, announced_precision, effective, deadline, expires, duration, main, evidence_text,
        evidence_start, evidence_end, evidence, rules, extractor_version)
        VALUES (@article_id, @ordinal, @action, @target, @jurisdiction, @level, @actor_name, @scope, @audience, @announced,
        @announced_precision, @effective, @deadline, @expires, @duration, @main, @evidence_text, @evidence_start,
        @evidence_end, @evidence, @rules, @extractor_version)`),
    };
  }

  /** Whether these exact bytes from this uri were already read. */
  hasDocument(uri: string, sha256: string): boolean {
    return !!this.s.findDoc.get(uri, sha256);
  }

  /** `packed`: the bytes as a worker already packed them (else packed here). */
  private insertDocument(raw: RawDocument, runId: number | null, rejection?: Rejection, packed?: PackedBody): number {
    this.s.dropRetry.run(raw.uri, raw.sha256);
    const { bytes, compressed } = packed ?? packBody(raw.bytes);
    const info = this.s.insertDoc.run({
      uri: raw.uri, article_id: raw.id, read_at: raw.fetchedAt, content_type: raw.contentType,
      headers: raw.headers ? JSON.stringify(raw.headers) : null, sha256: raw.sha256, size: raw.bytes.byteLength,
      body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), compressed: compressed ? 1 : 0, status: rejection ? "rejected" : "stored",
      reject_stage: rejection?.stage ?? null, reject_reason: rejection?.reason ?? null, reject_detail: rejection?.detail ?? null,
      run_id: runId, source: sourceOf(raw),
    });
    return Number(info.lastInsertRowid);
  }

  /** Records an input that could not be used; its bytes are kept for a later retry. False when already recorded. */
  writeRejected(raw: RawDocument, rejection: Rejection, runId: number | null, packed?: PackedBody): boolean {
    return this.db.transaction(() => {
      if (this.hasDocument(raw.uri, raw.sha256)) return false;
      this.insertDocument(raw, runId, rejection, packed);
      return true;
    }).immediate();
  }

  /** Records an input whose bytes were never read (missing, unreadable, not a file, too large). */
  writeUnread(input: UnreadInput, rejection: Rejection, runId: number | null): void {
    this.s.upsertUnread.run({
      uri: input.uri, article_id: input.id, read_at: new Date().toISOString(), size: input.size ?? 0,
      reject_stage: rejection.stage, reject_reason: rejection.reason, reject_detail: rejection.detail, run_id: runId,
      source: input.via ?? "file",
    });
  }

  /**
   * One analysed input into the store, or nothing when another run stored it meanwhile.
   * Content already held by another article links this document to that article.
   */
  commitArticle(raw: RawDocument, article: Article, result: ArticleResult, runId: number | null, outletHint?: string, packed?: PackedBody): Committed {
    return this.db.transaction((): Committed => {
      if (this.hasDocument(raw.uri, raw.sha256)) return { status: "unchanged", articleId: article.id, events: 0 };
      const same = this.s.sameContent.get(contentHash(article), article.id) as { id: string } | undefined;
      if (same) {
        this.insertDocument({ ...raw, id: same.id }, runId, undefined, packed);
        return { status: "duplicate", articleId: same.id, events: 0 };
      }
      const docId = this.insertDocument({ ...raw, id: article.id }, runId, undefined, packed);
      this.upsertArticleRow(article, docId, outletHint);
      return { status: "stored", articleId: article.id, events: this.replaceMentions(article.id, result) };
    }).immediate();
  }

  /** Document, article and its mentions, all in one transaction. */
  writeArticle(raw: RawDocument | null, article: Article, result: ArticleResult, runId: number | null, outletHint?: string): number {
    return this.db.transaction(() => {
      const docId = raw ? this.insertDocument(raw, runId) : null;
      this.upsertArticleRow(article, docId, outletHint);
      return this.replaceMentions(article.id, result);
    })();
  }

  /** Reextract from a stored document: article row (text may have changed) and mentions together. */
  rewriteArticle(article: Article, result: ArticleResult, docId: number | null, outlet: string | null): number {
    return this.db.transaction(() => {
      this.upsertArticleRow(article, docId, outlet ?? undefined);
      return this.replaceMentions(article.id, result);
    })();
  }

  /** Reextract from stored text: the article row stays, its mentions are replaced all or nothing. */
  replaceMentionsAtomically(articleId: string, result: ArticleResult): number {
    return this.db.transaction(() => this.replaceMentions(articleId, result))();
  }

  private upsertArticleRow(article: Article, docId: number | null, outletHint?: string): void {
    this.s.upsertArticle.run({
      id: article.id, document_id: docId, url: article.url, outlet: outletOf(article.url, outletHint), title: article.title,
      published: article.published, published_precision: article.published ? precisionOf(article.published) : null,
      published_source: article.publishedSource, lang: article.lang, lang_hints: JSON.stringify(article.langHints),
      text: article.text, content_hash: contentHash(article), extractor_version: EXTRACTOR_VERSION,
      ingested_at: new Date().toISOString(),
    });
  }

  /** Replaces an article's mentions (used by ingest and by reextract). Returns how many were written. */
  replaceMentions(articleId: string, result: ArticleResult): number {
    this.s.deleteMentions.run(articleId);
    result.events.forEach((e, i) => {
      const ev = e.evidence[0] ?? { text: "", start: 0, end: 0 };
      this.s.insertMention.run({
        article_id: articleId, ordinal: i, action: e.action, target: e.target, jurisdiction: e.actor.jurisdiction,
        level: e.actor.level, actor_name: e.actor.name, scope: e.scope, audience: e.audience, announced: e.announced,
        announced_precision: e.announced ? precisionOf(e.announced) : null, effective: e.effective, deadline: e.deadline,
        expires: e.expires, duration: e.duration, main: e.main ? 1 : 0, evidence_text: ev.text, evidence_start: ev.start,
        evidence_end: ev.end, evidence: JSON.stringify(e.evidence), rules: JSON.stringify(e.rules ?? []),
        extractor_version: EXTRACTOR_VERSION,
      });
    });
    return result.events.length;
  }
}

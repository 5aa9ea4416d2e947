// Wires the stages: Source -> RawDocument -> Article -> events -> Store. The CLI and the
// crawler call these functions; each stage stays testable on its own.
import type { ArticleResult, RawDocument, Rejection } from "./types.js";
import { isRejection, reject } from "./types.js";
import type { Locale } from "./locales/types.js";
import { loadLocales, loadLocalesFor } from "./locales/index.js";
import { buildArticle, DEFAULT_MAX_BYTES } from "./content/article.js";
import { extractEvents } from "./extract/index.js";
import type { Trace } from "./extract/trace.js";
import { listInputs, readInput } from "./sources/files.js";
import type { DB } from "./store/db.js";
import { StoreWriter } from "./store/writer.js";
import { startRun, finishRun, emptyCounts, type RunCounts } from "./store/runs.js";
import { updateEvents } from "./store/canonical.js";

export interface Outcome {
  status: "stored" | "unchanged" | "rejected";
  id: string;
  uri: string;
  events: number;
  rejection?: Rejection;
}

/** Bytes -> the spec's article object, no database involved (`banwatch extract`). */
export async function extractDocument(raw: RawDocument, opts: { maxBytes?: number; locales?: Map<string, Locale>; trace?: Trace } = {}): Promise<ArticleResult | Rejection> {
  const article = buildArticle(raw, { maxBytes: opts.maxBytes });
  if (isRejection(article)) return article;
  // Without locales given, only the article's own is loaded (start-up of a one-file extract).
  const locales = opts.locales ?? (await loadLocalesFor([article.lang]));
  return extractEvents(article, locales, opts.trace);
}

export class Pipeline {
  readonly writer: StoreWriter;
  constructor(readonly db: DB, readonly locales: Map<string, Locale>, readonly maxBytes = DEFAULT_MAX_BYTES) {
    this.writer = new StoreWriter(db);
  }

  static async open(db: DB, maxBytes?: number): Promise<Pipeline> {
    return new Pipeline(db, await loadLocales(), maxBytes);
  }

  /** One document through every stage; written in one transaction, or recorded as rejected. */
  process(raw: RawDocument, runId: number | null, outlet?: string): Outcome {
    const base = { id: raw.id, uri: raw.uri, events: 0 };
    if (this.writer.hasDocument(raw.uri, raw.sha256)) return { ...base, status: "unchanged" };
    const article = buildArticle(raw, { maxBytes: this.maxBytes });
    if (isRejection(article)) {
      this.writer.writeRejected(raw, article, runId);
      return { ...base, status: "rejected", rejection: article };
    }
    let result: ArticleResult;
    try {
      result = extractEvents(article, this.locales);
    } catch (e) {
      // A bug in a rule must not lose the input: keep it, rejected, for reextract.
      const r = reject("extract", "extractor_error", `extraction failed on ${raw.uri}: ${(e as Error).message}`);
      this.writer.writeRejected(raw, r, runId);
      return { ...base, status: "rejected", rejection: r };
    }
    const events = this.writer.writeArticle(raw, article, result, runId, outlet ?? raw.hints?.outlet);
    return { ...base, status: "stored", events };
  }
}

export interface IngestSummary extends RunCounts {
  runId: number;
  rejections: { uri: string; reason: string; detail: string }[];
  canonicalEvents: number;
}

export interface IngestOptions {
  maxBytes?: number;
  onStart?: (total: number) => void;
  onProgress?: (o: Outcome) => void;
}

/** `banwatch ingest`: files and folders into the store, then canonical events rebuilt. */
export async function ingestPaths(db: DB, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const pipeline = await Pipeline.open(db, opts.maxBytes);
  const runId = startRun(db, "ingest");
  const counts = emptyCounts();
  const rejections: IngestSummary["rejections"] = [];
  const { files, missing } = listInputs(paths);
  for (const m of missing) {
    counts.rejected++;
    counts.errors.not_found = (counts.errors.not_found ?? 0) + 1;
    rejections.push({ uri: m, reason: "not_found", detail: `${m} does not exist` });
  }
  opts.onStart?.(files.length);
  let interrupted = false;
  const onSignal = () => (interrupted = true);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (const file of files) {
      await new Promise(setImmediate); // let SIGINT/SIGTERM handlers run between documents
      if (interrupted) break;
      counts.read++;
      const raw = readInput(file, pipeline.maxBytes);
      let o: Outcome;
      if (isRejection(raw)) {
        o = { status: "rejected", id: file, uri: file, events: 0, rejection: raw };
      } else {
        o = pipeline.process(raw, runId);
      }
      if (o.status === "stored") counts.stored++;
      else if (o.status === "unchanged") counts.unchanged++;
      else {
        counts.rejected++;
        const reason = o.rejection!.reason;
        counts.errors[reason] = (counts.errors[reason] ?? 0) + 1;
        rejections.push({ uri: o.uri, reason, detail: o.rejection!.detail });
      }
      counts.events += o.events;
      opts.onProgress?.(o);
    }
    const canonicalEvents = updateEvents(db);
    finishRun(db, runId, interrupted ? "interrupted" : "ok", counts);
    return { ...counts, runId, rejections, canonicalEvents };
  } catch (e) {
    finishRun(db, runId, "failed", { ...counts, errors: { ...counts.errors, fatal: 1 } });
    throw e;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

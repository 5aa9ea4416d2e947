// `banwatch ingest` minus the command line: inputs (files, folders, WARC, JSON lines,
// stdin) into the store, one transaction per document, then canonical events rebuilt.
// Every input ends stored, unchanged, duplicate (linked to the article holding its
// content), rejected (a documents row says why) or skipped (counted by kind). Counts are
// saved as the run goes; Ctrl-C ends it between inputs (or stops the input in progress).
import type { DB } from "./store/db.js";
import { Pipeline, type Outcome } from "./pipeline.js";
import { GuardedAnalyzer, DEFAULT_TIMEOUT_MS } from "./analysis.js";
import { startRun, finishRun, emptyCounts, saveProgress, type RunCounts } from "./store/runs.js";
import { updateEvents } from "./store/canonical.js";
import { readInputs } from "./sources/inputs.js";
import type { InputFormat, InputItem } from "./sources/input.js";

export interface IngestSummary extends RunCounts {
  runId: number;
  status: "ok" | "failed" | "interrupted";
  rejections: { uri: string; reason: string; detail: string }[];
  /** Inputs not read, by kind (extension, "symlink", "warc:request", ...). */
  skipped: Record<string, number>;
  /** Inputs whose content another article already held: their documents are linked to it. */
  duplicates: number;
  canonicalEvents: number;
}

export interface IngestOptions {
  maxBytes?: number;
  /** Per-input budget for analysis in ms (default 60 s); 0 analyses in-process with no budget. */
  timeoutMs?: number;
  followSymlinks?: boolean;
  include?: string[];
  exclude?: string[];
  format?: InputFormat;
  stdin?: AsyncIterable<Uint8Array>;
  onProgress?: (o: Outcome) => void;
}

/** One analysis worker per process, kept between runs (it is unref'd: it never keeps the process alive). */
const analyzers = new Map<number, GuardedAnalyzer>();
function sharedAnalyzer(maxBytes: number, timeoutMs: number): GuardedAnalyzer {
  const a = analyzers.get(maxBytes) ?? new GuardedAnalyzer(maxBytes, timeoutMs);
  analyzers.set(maxBytes, a);
  a.timeoutMs = timeoutMs;
  return a;
}

interface RunState {
  summary: IngestSummary;
  pipeline: Pipeline;
  analyzer: GuardedAnalyzer | null;
  abort: AbortController;
}

export async function ingestPaths(db: DB, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const pipeline = await Pipeline.open(db, opts.maxBytes);
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const runId = startRun(db, "ingest");
  const summary: IngestSummary = { ...emptyCounts(), runId, status: "ok", rejections: [], skipped: {}, duplicates: 0, canonicalEvents: 0 };
  const st: RunState = { summary, pipeline, analyzer: timeout > 0 ? sharedAnalyzer(pipeline.maxBytes, timeout) : null, abort: new AbortController() };
  const onSignal = () => st.abort.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const inputs = untilAborted(readInputs(paths, { maxBytes: pipeline.maxBytes, ...opts }, opts.stdin), st.abort.signal);
    for await (const item of inputs) {
      await handle(st, item, opts);
      saveProgress(db, runId, withDetails(summary));
    }
    return finish(db, st);
  } catch (e) {
    finishRun(db, runId, "failed", { ...withDetails(summary), errors: { ...summary.errors, fatal: 1 } });
    throw e;
  } finally {
    if (st.abort.signal.aborted) st.analyzer?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** The items of `source` until the signal aborts, even while a read (a silent pipe) is pending. */
async function* untilAborted<T>(source: AsyncGenerator<T>, signal: AbortSignal): AsyncGenerator<T> {
  const aborted = new Promise<{ done: true; value: undefined }>((resolve) => {
    if (signal.aborted) resolve({ done: true, value: undefined });
    signal.addEventListener("abort", () => resolve({ done: true, value: undefined }), { once: true });
  });
  for (;;) {
    const r = await Promise.race([source.next(), aborted]);
    if (r.done || signal.aborted) return;
    yield r.value;
  }
}

function finish(db: DB, st: RunState): IngestSummary {
  const s = st.summary;
  s.canonicalEvents = updateEvents(db);
  // A path that does not exist is the caller's mistake: the run says so (the rest was still read).
  s.status = st.abort.signal.aborted ? "interrupted" : s.errors.not_found ? "failed" : "ok";
  finishRun(db, s.runId, s.status, withDetails(s));
  return s;
}

const withDetails = (s: IngestSummary): RunCounts => ({ ...s, details: { skipped: s.skipped, duplicates: s.duplicates } });

async function handle(st: RunState, item: InputItem, opts: IngestOptions): Promise<void> {
  const s = st.summary;
  if (item.kind === "skipped") {
    s.skipped[item.what] = (s.skipped[item.what] ?? 0) + 1;
    return;
  }
  s.read++;
  if (item.kind === "rejected") {
    if (item.raw) st.pipeline.writer.writeRejected(item.raw, item.rejection, s.runId);
    else st.pipeline.writer.writeUnread({ uri: item.uri, id: item.id, size: item.size }, item.rejection, s.runId);
    return count(s, { status: "rejected", id: item.id, uri: item.uri, events: 0, rejection: item.rejection }, opts);
  }
  const raw = item.raw;
  if (st.pipeline.writer.hasDocument(raw.uri, raw.sha256)) return count(s, { status: "unchanged", id: raw.id, uri: raw.uri, events: 0 }, opts);
  const a = st.analyzer ? await st.analyzer.analyze(raw, st.abort.signal) : st.pipeline.analyze(raw);
  if (a.kind === "interrupted") { s.read--; return; }
  count(s, st.pipeline.store(raw, a, s.runId), opts);
}

function count(s: IngestSummary, o: Outcome, opts: IngestOptions): void {
  if (o.duplicateOf) s.duplicates++;
  if (o.status === "stored") s.stored++;
  else if (o.status === "unchanged") s.unchanged++;
  else if (o.rejection) {
    s.rejected++;
    s.errors[o.rejection.reason] = (s.errors[o.rejection.reason] ?? 0) + 1;
    s.rejections.push({ uri: o.uri, reason: o.rejection.reason, detail: o.rejection.detail });
  }
  s.events += o.events;
  opts.onProgress?.(o);
}

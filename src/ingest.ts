// `banwatch ingest` minus the command line: inputs (files, folders, WARC, JSON lines,
// stdin) into the store, each document atomic (a savepoint in a batched transaction), then
// canonical events rebuilt.
// Every input ends stored, unchanged, duplicate (linked to the article holding its
// content), rejected (a documents row says why) or skipped (counted by kind). Counts are
// saved as the run goes; Ctrl-C ends it between inputs (or stops the input in progress).
import type { DB } from "./store/db.js";
import { Pipeline, type Outcome } from "./pipeline.js";
import { DEFAULT_TIMEOUT_MS, type Analysed } from "./analysis.js";
import { AnalyzerPool, DEFAULT_WORKERS } from "./analysis-pool.js";
import { startRun, finishRun, emptyCounts, saveProgress, type RunCounts } from "./store/runs.js";
import { updateEvents } from "./store/canonical.js";
import { WriteBatch } from "./store/batch.js";
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
  /**
   * The outlet of every input read (a folder of one outlet's exports), over what each input
   * says of itself (a JSON line's outlet or source name, its URL's host).
   */
  outlet?: string;
  /** Analysis workers (default: one per core); with timeoutMs 0 analysis runs in-process. */
  workers?: number;
  stdin?: AsyncIterable<Uint8Array>;
  onProgress?: (o: Outcome) => void;
  /**
   * After analysing this many inputs, a run stops its workers before the merge (default
   * RELEASE_WORKERS_AFTER): their heaps would otherwise stand beside the merge's in the run's
   * peak memory. Below it the workers stay warm for the process's next run.
   */
  releaseWorkersAfter?: number;
}

/** Inputs analysed in one run beyond which its workers are stopped before the merge (issue 17: peak memory). */
export const RELEASE_WORKERS_AFTER = 1000;

/** The analysis workers of a process, kept between runs (unref'd: they never keep the process alive). */
const pools = new Map<string, AnalyzerPool>();
/** The analysis workers running in this process, over all its pools. */
export const workersRunning = (): number => [...pools.values()].reduce((n, p) => n + p.running, 0);

function sharedPool(size: number, maxBytes: number, timeoutMs: number): AnalyzerPool {
  const key = `${size}:${maxBytes}`;
  const p = pools.get(key) ?? new AnalyzerPool(size, maxBytes, timeoutMs);
  pools.set(key, p);
  p.timeoutMs = timeoutMs;
  return p;
}

interface RunState {
  summary: IngestSummary;
  pipeline: Pipeline;
  analyzer: AnalyzerPool | null;
  abort: AbortController;
  /** Inputs sent to analysis in this run. */
  analysed: number;
}

export async function ingestPaths(db: DB, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // With workers the main thread never analyses: it needs no locales (their memory and load time).
  const pipeline = timeout > 0 ? new Pipeline(db, new Map(), opts.maxBytes) : await Pipeline.open(db, opts.maxBytes);
  const runId = startRun(db, "ingest");
  const summary: IngestSummary = { ...emptyCounts(), runId, status: "ok", rejections: [], skipped: {}, duplicates: 0, canonicalEvents: 0 };
  const workers = opts.workers ?? DEFAULT_WORKERS;
  const st: RunState = { summary, pipeline, analyzer: timeout > 0 ? sharedPool(workers, pipeline.maxBytes, timeout) : null, abort: new AbortController(), analysed: 0 };
  const onSignal = () => st.abort.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // Documents are written in batches, each in its own savepoint (src/store/batch.ts); the
  // run's counts are saved with each commit, so they always tell what the store holds.
  const batch = new WriteBatch(db, { beforeCommit: () => saveProgress(db, runId, withDetails(summary)) });
  try {
    const inputs = untilAborted(readInputs(paths, { maxBytes: pipeline.maxBytes, ...opts }, opts.stdin), st.abort.signal);
    // Inputs are analysed as they are read and written in the order read: the store is the
    // same whatever the number of workers. The window ahead of the writes is wide, so that one
    // slow input does not leave the other workers idle, and bounded in bytes held.
    const window = new Window(WINDOW_PER_WORKER * Math.max(1, workers), WINDOW_BYTES);
    let written: Promise<void> = Promise.resolve();
    let failed = false;
    for await (const item of inputs) {
      const analysed = analyse(st, item);
      written = written.then(async () => {
        const a = await analysed;
        batch.run(() => write(st, item, a, opts));
      });
      // Awaited here only to bound the work in flight; a failed write is thrown below.
      await window.add(written.catch(() => { failed = true; }), item.kind === "document" ? item.raw.bytes.byteLength : 0);
      if (failed) break;
    }
    await written;
    batch.commit();
    if (st.analysed >= (opts.releaseWorkersAfter ?? RELEASE_WORKERS_AFTER)) st.analyzer?.stop();
    return finish(db, st);
  } catch (e) {
    // The documents written before the failure are whole (each its own savepoint): keep them.
    try {
      batch.commit();
    } catch {
      // The failure being reported is the first one.
    }
    finishRun(db, runId, "failed", { ...withDetails(summary), errors: { ...summary.errors, fatal: 1 } });
    throw e;
  } finally {
    if (st.abort.signal.aborted) st.analyzer?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** Inputs read ahead of the writes, per worker; and the raw bytes they may hold in all. */
const WINDOW_PER_WORKER = 8;
const WINDOW_BYTES = 64 * 1024 * 1024;

/** The inputs in flight: add() waits while the window is full (by count, or by raw bytes once it holds more than one). */
class Window {
  private readonly queue: { done: Promise<void>; bytes: number }[] = [];
  private bytes = 0;
  constructor(readonly max: number, readonly maxBytes: number) {}

  async add(done: Promise<void>, bytes: number): Promise<void> {
    this.queue.push({ done, bytes });
    this.bytes += bytes;
    while (this.queue.length >= this.max || (this.bytes > this.maxBytes && this.queue.length > 1)) {
      const first = this.queue.shift()!;
      await first.done;
      this.bytes -= first.bytes;
    }
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

/** What an input needs before its write: its analysis, when it is a new document. */
type Prepared = Analysed | { kind: "unchanged" } | null;

function analyse(st: RunState, item: InputItem): Promise<Prepared> {
  if (item.kind !== "document") return Promise.resolve(null);
  const raw = item.raw;
  if (st.pipeline.writer.hasDocument(raw.uri, raw.sha256)) return Promise.resolve({ kind: "unchanged" });
  st.analysed++;
  return st.analyzer ? st.analyzer.analyze(raw, st.abort.signal) : Promise.resolve(st.pipeline.analyze(raw));
}

function write(st: RunState, item: InputItem, a: Prepared, opts: IngestOptions): void {
  const s = st.summary;
  if (item.kind === "skipped") {
    s.skipped[item.what] = (s.skipped[item.what] ?? 0) + 1;
    return;
  }
  if (item.kind === "rejected") {
    s.read++;
    if (item.raw) st.pipeline.writer.writeRejected(item.raw, item.rejection, s.runId);
    else st.pipeline.writer.writeUnread({ uri: item.uri, id: item.id, size: item.size }, item.rejection, s.runId);
    return count(s, { status: "rejected", id: item.id, uri: item.uri, events: 0, rejection: item.rejection }, opts);
  }
  const raw = item.raw;
  if (!a || a.kind === "interrupted") return;
  s.read++;
  if (a.kind === "unchanged") return count(s, { status: "unchanged", id: raw.id, uri: raw.uri, events: 0 }, opts);
  count(s, st.pipeline.store(raw, a, s.runId, opts.outlet), opts);
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

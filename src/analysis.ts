// Analysis with a time budget per input. Content and event extraction are synchronous; in
// the main thread a pathological input would hold the process (and Ctrl-C) for as long as
// it takes. Here it runs in one worker thread: past the budget the worker is terminated,
// the input becomes a `timeout` rejection, and a fresh worker takes the next input.
import { Worker } from "node:worker_threads";
import { reject, type RawDocument } from "./types.js";
import type { Analysis } from "./pipeline.js";

export const DEFAULT_TIMEOUT_MS = 60_000;
// Built (dist/*.js), the worker is plain JavaScript; from the sources (tests, npm run dev) a
// boot file registers tsx in the worker first, as the main thread's loader is not inherited.
const BUILT = import.meta.url.endsWith(".js");
const BOOT = BUILT ? new URL("./analysis-worker.js", import.meta.url) : new URL("./analysis-worker-boot.mjs", import.meta.url);
const MODULE = new URL(BUILT ? "./analysis-worker.js" : "./analysis-worker.ts", import.meta.url).href;

type Reply = { seq: number; analysis: Analysis } | { ready: true };
/** What waiting for one input ended with: its analysis, or the run was interrupted. */
export type Analysed = Analysis | { kind: "interrupted" };

export class GuardedAnalyzer {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private seq = 0;
  private pending: ((r: Analysis) => void) | null = null;

  constructor(readonly maxBytes: number, public timeoutMs = DEFAULT_TIMEOUT_MS) {}

  /** Whether its worker thread is started and not stopped. */
  get running(): boolean {
    return this.worker !== null;
  }

  private start(): Promise<void> {
    const w = new Worker(BOOT, { workerData: { module: MODULE, maxBytes: this.maxBytes } });
    this.worker = w;
    this.ready = new Promise((resolve, fail) => {
      w.on("message", (m: Reply) => ("ready" in m ? resolve() : m.seq === this.seq && this.settle(m.analysis)));
      w.once("error", (e) => {
        fail(e);
        this.settle({ kind: "rejected", rejection: reject("extract", "worker_failed", `the analysis worker failed: ${e.message}`) });
        this.stop();
      });
    });
    // Referenced while starting or working (the process waits for it), unreferenced when idle.
    void this.ready.then(() => w.unref(), () => undefined);
    return this.ready;
  }

  private settle(a: Analysis): void {
    const p = this.pending;
    this.pending = null;
    p?.(a);
  }

  /** The analysis of one input within the budget; an abort (Ctrl-C) ends the wait at once. */
  async analyze(raw: RawDocument, signal?: AbortSignal): Promise<Analysed> {
    if (!this.worker) await this.start();
    else await this.ready;
    if (signal?.aborted) return { kind: "interrupted" };
    const seq = ++this.seq;
    return new Promise<Analysed>((resolve) => {
      const done = (a: Analysed) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        resolve(a);
      };
      const timer = setTimeout(() => {
        this.stop();
        done({ kind: "rejected", rejection: reject("content", "timeout", `${raw.uri}: analysis took longer than ${this.timeoutMs / 1000} s; stopped (raise --timeout to allow more)`) });
      }, this.timeoutMs);
      const onAbort = () => { this.stop(); done({ kind: "interrupted" }); };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.pending = (a) => { this.worker?.unref(); done(a); };
      this.worker!.ref();
      this.worker!.postMessage({ seq, raw });
    });
  }

  /** Ends the worker (the next input starts a fresh one). */
  stop(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    this.pending = null;
    void w?.terminate();
  }
}

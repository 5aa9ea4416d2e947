// Several analysis workers, each with its own per-input time budget (src/analysis.ts): the
// main thread reads inputs and writes SQLite while the workers extract, one document each.
// A worker stopped for a timeout is replaced by a fresh one on its next input, so one
// pathological page costs one worker's time, not the pool's.
import { availableParallelism } from "node:os";
import { GuardedAnalyzer, type Analysed } from "./analysis.js";
import type { RawDocument } from "./types.js";

/** One worker per core: the main thread's reading and writing is light beside extraction. */
export const DEFAULT_WORKERS = Math.max(1, availableParallelism());

export class AnalyzerPool {
  private readonly all: GuardedAnalyzer[];
  private readonly idle: GuardedAnalyzer[];
  private readonly waiting: ((a: GuardedAnalyzer) => void)[] = [];

  constructor(readonly size: number, readonly maxBytes: number, timeoutMs: number) {
    this.all = Array.from({ length: Math.max(1, size) }, () => new GuardedAnalyzer(maxBytes, timeoutMs));
    this.idle = [...this.all];
  }

  set timeoutMs(ms: number) {
    for (const a of this.all) a.timeoutMs = ms;
  }

  /** The analysis of one input on the first free worker, within that worker's budget. */
  async analyze(raw: RawDocument, signal?: AbortSignal): Promise<Analysed> {
    const a = this.idle.pop() ?? (await new Promise<GuardedAnalyzer>((resolve) => this.waiting.push(resolve)));
    try {
      return await a.analyze(raw, signal);
    } finally {
      const next = this.waiting.shift();
      if (next) next(a);
      else this.idle.push(a);
    }
  }

  /** How many of its workers are running (started and not stopped). */
  get running(): number {
    return this.all.filter((a) => a.running).length;
  }

  /** Ends every worker (the next input starts fresh ones). */
  stop(): void {
    for (const a of this.all) a.stop();
  }
}

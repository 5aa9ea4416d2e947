// Politeness scheduler: one request at a time per host, a minimum gap between the end
// of one request and the start of the next on that host, and a global concurrency
// limit (p-queue) across hosts. Only hosts that are ready are handed to p-queue, so a
// slow host never holds a global slot while it waits out its delay.
import PQueue from "p-queue";
import type { FrontierEntry } from "./frontier.js";

export interface TaskResult {
  /** A request went to the host: its delay starts now. False for robots-denied and the like. */
  requested: boolean;
  /** Entry to put back (a retry, or the URL that waited for robots.txt). */
  requeue?: FrontierEntry;
  /** The host asked us to wait (Retry-After): no request before this time. */
  hostPauseUntil?: number;
}

interface Host {
  queue: FrontierEntry[];
  busy: boolean;
  nextAllowedAt: number;
}

export interface SchedulerDeps {
  concurrency: number;
  delayMs(host: string): number;
  run(entry: FrontierEntry): Promise<TaskResult>;
  /** Persisted so a restarted crawl keeps the gap too. */
  loadNextAllowed(host: string): number;
  saveNextAllowed(host: string, at: number): void;
  now?: () => number;
}

export class Scheduler {
  private hosts = new Map<string, Host>();
  private pq: PQueue;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private stopped = false;
  private failure: unknown = null;
  private idle!: () => void;
  private fail!: (e: unknown) => void;
  readonly finished: Promise<void>;
  private now: () => number;

  constructor(private deps: SchedulerDeps) {
    this.pq = new PQueue({ concurrency: deps.concurrency });
    this.now = deps.now ?? Date.now;
    this.finished = new Promise((res, rej) => {
      this.idle = res;
      this.fail = rej;
    });
  }

  add(entry: FrontierEntry): void {
    let h = this.hosts.get(entry.host);
    if (!h) {
      h = { queue: [], busy: false, nextAllowedAt: this.deps.loadNextAllowed(entry.host) };
      this.hosts.set(entry.host, h);
    }
    h.queue.push(entry);
    this.kick();
  }

  /** Begins dispatching; `finished` resolves when every host queue is empty. */
  start(): void {
    this.kick();
  }

  /** Stops handing out work; in-flight requests finish. */
  stop(): void {
    this.stopped = true;
    this.kick();
  }

  /** Queue sizes per host, for the progress display. */
  sizes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, h] of this.hosts) if (h.queue.length || h.busy) out[k] = h.queue.length + (h.busy ? 1 : 0);
    return out;
  }

  /** Run dispatch on the next tick so many add() calls coalesce. */
  private kick(): void {
    queueMicrotask(() => this.dispatch());
  }

  private dispatch(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const now = this.now();
    let wake = Infinity;
    if (!this.stopped && !this.failure) {
      for (const [key, h] of this.hosts) {
        if (h.busy || !h.queue.length) continue;
        if (h.nextAllowedAt > now) {
          wake = Math.min(wake, h.nextAllowedAt);
          continue;
        }
        const i = h.queue.findIndex((e) => e.notBefore <= now);
        if (i < 0) {
          for (const e of h.queue) wake = Math.min(wake, e.notBefore); // no spread: queues can be long
          continue;
        }
        const [entry] = h.queue.splice(i, 1);
        h.busy = true;
        this.inFlight++;
        void this.pq.add(() => this.runOne(key, h, entry));
      }
    }
    if (this.inFlight === 0 && (this.stopped || this.failure || wake === Infinity)) {
      if (this.failure) this.fail(this.failure);
      else this.idle();
      return;
    }
    if (wake !== Infinity) this.timer = setTimeout(() => this.dispatch(), Math.max(1, wake - this.now()));
  }

  private async runOne(key: string, h: Host, entry: FrontierEntry): Promise<void> {
    let result: TaskResult = { requested: true };
    try {
      result = await this.deps.run(entry);
    } catch (e) {
      this.failure ??= e; // fatal: stop handing out work, let in-flight requests end
    } finally {
      const end = this.now();
      let next = h.nextAllowedAt;
      if (result.requested) next = Math.max(next, end + this.deps.delayMs(key));
      if (result.hostPauseUntil) next = Math.max(next, result.hostPauseUntil);
      if (next !== h.nextAllowedAt) {
        h.nextAllowedAt = next;
        this.deps.saveNextAllowed(key, next);
      }
      if (result.requeue) h.queue.unshift(result.requeue);
      h.busy = false;
      this.inFlight--;
      this.dispatch();
    }
  }
}

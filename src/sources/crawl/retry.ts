// The one retry policy: which failures are retried, after how long, and how often.
// The crawler re-queues a failed URL with `notBefore = now + delayMs`, so a retry
// also waits its host's politeness delay and survives a restart.
import { CrawlError, permanent, retryable } from "./errors.js";

export interface RetryPolicy {
  maxAttempts: number; // attempts in all, the first one included
  baseDelayMs: number; // first backoff; doubles per attempt
  maxDelayMs: number; // cap on a computed backoff
  maxRetryAfterMs: number; // a server asking us to wait longer than this is given up on
}

export const RETRY_DEFAULTS: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 10 * 60_000,
};

/** Status codes that say "try again later". 501/505 say "never". */
const RETRY_STATUS = (s: number) => s === 408 || s === 425 || s === 429 || (s >= 500 && s !== 501 && s !== 505);

/** Retry-After as delta-seconds or HTTP-date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** An error for a non-success status, or null for 2xx/3xx. */
export function classifyStatus(status: number, headers: Record<string, string>, url: string): CrawlError | null {
  if (status < 400) return null;
  const reason = `http_${status}`;
  if (RETRY_STATUS(status)) {
    return retryable(reason, `${url} answered ${status}`, { status, retryAfterMs: parseRetryAfter(headers["retry-after"]) });
  }
  return permanent(reason, `${url} answered ${status}`, { status });
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; why: string };

/**
 * After `attempts` failed attempts ending in `err`: retry, and when?
 * Exponential backoff with "equal jitter" (half fixed, half random) so that many
 * URLs failing together do not come back together; Retry-After is a floor.
 */
export function decideRetry(err: CrawlError, attempts: number, p: RetryPolicy = RETRY_DEFAULTS, rand = Math.random): RetryDecision {
  if (err.kind !== "retryable") return { retry: false, why: err.kind };
  if (attempts >= p.maxAttempts) return { retry: false, why: `gave up after ${attempts} attempts` };
  const ra = err.extra.retryAfterMs;
  if (ra !== undefined && ra > p.maxRetryAfterMs) return { retry: false, why: `Retry-After ${ra} ms is too long` };
  const exp = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempts - 1));
  const backoff = exp / 2 + (rand() * exp) / 2;
  return { retry: true, delayMs: Math.round(Math.max(backoff, ra ?? 0)) };
}

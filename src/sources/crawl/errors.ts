// Typed crawl errors: the retry policy looks only at `kind`, so every failure
// is classified once, where it happens.

/** retryable: may succeed later (network, 429, 5xx). permanent: will not (404, too large,
 * robots). fatal: the crawl itself cannot go on (the store failed). */
export type ErrorKind = "retryable" | "permanent" | "fatal";

export class CrawlError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Short machine code counted in the summary: http_404, timeout, too_large, ... */
    readonly reason: string,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "CrawlError";
  }
}

export const retryable = (reason: string, msg: string, extra?: CrawlError["extra"]) =>
  new CrawlError("retryable", reason, msg, extra);
export const permanent = (reason: string, msg: string, extra?: CrawlError["extra"]) =>
  new CrawlError("permanent", reason, msg, extra);
export const fatal = (reason: string, msg: string) => new CrawlError("fatal", reason, msg);

/** Classifies anything thrown by the network layer. Unknown errors are bugs, hence fatal. */
export function toCrawlError(e: unknown): CrawlError {
  if (e instanceof CrawlError) return e;
  const err = e as { name?: string; code?: string; message?: string; cause?: unknown };
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code;
  const msg = String(err?.message ?? e);
  if (code && PERMANENT_CODES.has(code)) return permanent(`net_${code.toLowerCase()}`, `${code}: ${msg}`);
  if (code && NETWORK_CODES.has(code)) {
    const reason = code.includes("TIMEOUT") ? "timeout" : `net_${code.toLowerCase()}`;
    return retryable(reason, `${code}: ${msg}`);
  }
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return retryable("timeout", msg);
  if (err?.cause instanceof CrawlError) return err.cause;
  if (err?.name === "TypeError" && /fetch failed|terminated/.test(msg)) {
    if (!err.cause) return retryable("net_error", msg);
    // undici refuses some URLs itself ("bad port"): the URL fails, not the crawl.
    const c = toCrawlError(err.cause);
    return c.kind === "fatal" ? permanent("net_refused", `${msg}: ${c.message}`) : c;
  }
  return fatal("bug", msg);
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "ERR_STREAM_PREMATURE_CLOSE",
]);
// Will not get better by asking again: no such host, corrupt compression.
const PERMANENT_CODES = new Set(["ENOTFOUND", "Z_DATA_ERROR", "Z_BUF_ERROR", "ERR_INVALID_URL"]);

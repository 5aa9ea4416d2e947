// One logger for unattended work (crawl, ingest, run): pino JSON lines on stderr when
// stderr is not a terminal, short human lines on a terminal; --quiet keeps only warnings
// and errors. The field names are one vocabulary everywhere: url, uri, kind, status,
// outcome, outlet, reason, detail, attempt, delayMs, run, crawl.
import pino, { type Logger } from "pino";
import type { CrawlEvent } from "../sources/crawl/crawler.js";

export type { Logger };

export function createLogger(opts: { quiet?: boolean; json?: boolean; tty?: boolean } = {}): Logger {
  const level = opts.quiet ? "warn" : "info";
  const tty = opts.tty ?? process.stderr.isTTY;
  if (!tty || opts.json) return pino({ level, base: { app: "banwatch" } }, pino.destination({ fd: 2, sync: true }));
  // On a terminal: "info  message key=value" lines, no JSON.
  const human = {
    write(line: string) {
      const { level: lv, msg, time, pid, hostname, app, ...rest } = JSON.parse(line);
      void time, pid, hostname, app;
      const name = pino.levels.labels[lv] ?? String(lv);
      const kv = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`).join(" ");
      process.stderr.write(`${name.padEnd(5)} ${msg ?? ""}${kv ? " " + kv : ""}\n`);
    },
  };
  return pino({ level }, human);
}

/** A crawler event as a log line: the same message and fields for `crawl` and `run`. */
export function logCrawlEvent(log: Logger, e: CrawlEvent): void {
  switch (e.type) {
    case "start":
      return log.info({ crawl: e.crawlId, resumed: e.resumed, queued: e.queued }, "crawl starts");
    case "robots":
      return log.info({ host: e.host, delayMs: e.crawlDelayMs }, "robots.txt read");
    case "url":
      return log.info({ url: e.url, kind: e.kind, status: e.status, outcome: e.outcome, outlet: e.outlet, found: e.found }, "fetched");
    case "failed":
      return log.warn({ url: e.url, reason: e.reason, detail: e.detail, outlet: e.outlet }, "request failed");
    case "retry":
      return log.info({ url: e.url, reason: e.reason, attempt: e.attempt, delayMs: e.delayMs, outlet: e.outlet }, "retrying");
    case "capped":
      return log.warn({ url: e.url, kind: e.kind, left: e.left, reason: e.reason }, "URLs left out");
    case "progress":
      return;
  }
}

// One logger for crawl, ingest and run: the crawler's events become the same pino lines
// (message and field names) whichever command runs the crawl; ingest logs its rejections
// with the same vocabulary.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pino from "pino";
import { logCrawlEvent } from "../../src/run/log.js";

const BIN = resolve(__dirname, "../../bin/banwatch.js");

function capture(): { log: pino.Logger; lines: () => Record<string, unknown>[] } {
  let text = "";
  const log = pino({ level: "info" }, { write: (s: string) => void (text += s) });
  return { log, lines: () => text.trim().split("\n").map((l) => JSON.parse(l)) };
}

describe("the shared log vocabulary", () => {
  it("writes crawler events with fixed messages and fields", () => {
    const { log, lines } = capture();
    logCrawlEvent(log, { type: "url", url: "https://a.example/x", kind: "page", status: 200, outcome: "fetched", outlet: "A" });
    logCrawlEvent(log, { type: "failed", url: "https://a.example/y", reason: "http_404", detail: "404", outlet: "A" });
    logCrawlEvent(log, { type: "retry", url: "https://a.example/z", reason: "timeout", attempt: 1, delayMs: 500 });
    logCrawlEvent(log, { type: "capped", url: "https://a.example/sitemap.xml", kind: "sitemap", left: 7, reason: "per_sitemap" });
    expect(lines().map(({ time: _t, pid: _p, hostname: _h, ...l }) => l)).toEqual([
      { level: 30, msg: "fetched", url: "https://a.example/x", kind: "page", status: 200, outcome: "fetched", outlet: "A" },
      { level: 40, msg: "request failed", url: "https://a.example/y", reason: "http_404", detail: "404", outlet: "A" },
      { level: 30, msg: "retrying", url: "https://a.example/z", reason: "timeout", attempt: 1, delayMs: 500 },
      { level: 40, msg: "URLs left out", url: "https://a.example/sitemap.xml", kind: "sitemap", left: 7, reason: "per_sitemap" },
    ]);
  });

  it("ingest off a terminal logs each rejection and its end as pino lines", () => {
    const dir = mkdtempSync(join(tmpdir(), "banwatch-log-"));
    try {
      writeFileSync(join(dir, "empty.txt"), "");
      const r = spawnSync(process.execPath, [BIN, "ingest", dir, "--db", join(dir, "b.db")], { encoding: "utf8" });
      const log = r.stderr.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(log.find((l) => l.msg === "input rejected")).toMatchObject({ level: 40, app: "banwatch", reason: "empty", uri: expect.stringContaining("empty.txt") });
      expect(log.find((l) => l.msg === "ingest ends")).toMatchObject({ level: 30, read: 1, rejected: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

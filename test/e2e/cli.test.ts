// The command line as a user calls it: help, exit statuses, extract --json.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/banwatch.js"), ...args], { cwd: ROOT, encoding: "utf8" });

describe("banwatch CLI", () => {
  it("prints help for the program and each command with status 0", () => {
    for (const args of [["--help"], ["ingest", "--help"], ["extract", "--help"], ["eval", "--help"]]) {
      const r = run(...args);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toContain("Usage: banwatch");
    }
  });

  it("exits 2 on a usage error and says what to do", () => {
    const r = run("ingest", "--no-such-flag");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
    expect(run("frobnicate").status).toBe(2);
    expect(run("extract").status).toBe(2);
  });

  it("extract --json prints one article object per line in the spec's shape", () => {
    const r = run("extract", "corpus/000_8ed593b27608a371.txt", "corpus/004_72ef12c861ec6d89.txt", "--json");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [a, b] = lines;
    expect(Object.keys(a).sort()).toEqual(["events", "id", "lang", "published", "text", "title", "url"]);
    expect(a).toMatchObject({ id: "000_8ed593b27608a371", lang: "en", published: "2023-03-10" });
    expect(b).toMatchObject({ id: "004_72ef12c861ec6d89", lang: "nl", published: "2023-02" });
    const main = a.events.find((e: { main: boolean }) => e.main);
    expect(main).toMatchObject({ action: "ban", target: "TikTok", actor: { jurisdiction: "BE", level: "national" }, scope: "official_devices", announced: "2023-03-10" });
    for (const e of a.events) {
      expect(Object.keys(e).sort()).toEqual(["action", "actor", "announced", "audience", "deadline", "duration", "effective", "evidence", "expires", "main", "scope", "target"]);
      for (const ev of e.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it("extract --rules adds the rule ids that fired to each event", () => {
    const r = run("extract", "corpus/000_8ed593b27608a371.txt", "--rules", "--no-text");
    const a = JSON.parse(r.stdout);
    expect(a.text).toBeUndefined();
    expect(a.events[0].rules).toEqual(expect.arrayContaining(["en.ban.verb"]));
  });

  it("extract reports a missing file as a usage error", () => {
    const r = run("extract", "no/such/file.txt");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot open/);
  });

  it("ingest creates the database where --db says and prints a summary", () => {
    const db = join(mkdtempSync(join(tmpdir(), "banwatch-cli-")), "sub", "x.db");
    const r = run("ingest", "corpus", "--db", db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/read 5, stored 5, unchanged 0, rejected 0/);
    expect(existsSync(db)).toBe(true);
  });
});

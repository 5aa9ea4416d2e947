// Faults a new user met (issue 15) and the query guard rails (issue 16), each in process:
// usage without a command, exports that say "done" only when done, JSON that stays JSON,
// one line per rejection, statement timeouts, streamed rows and one-line refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "./run-cli.js";
import { formatSummary } from "../../src/cli/ingest.js";
import { streamQuery } from "../../src/cli/query-child.js";
import { rebuildEvents } from "../../src/store/canonical.js";
import { finishRun, startRun, emptyCounts } from "../../src/store/runs.js";
import { article, event, seed, tempStore } from "../store/helpers.js";

let store: ReturnType<typeof tempStore>;
beforeAll(() => {
  store = tempStore();
  seed(store.db, [[article("en-1", "Belgium bans TikTok.", { published: "2023-03-10", url: "https://www.vrt.be/x" }), [event({ announced: "2023-03-10" })]]]);
  rebuildEvents(store.db);
  finishRun(store.db, startRun(store.db, "ingest"), "ok", { ...emptyCounts(), errors: { empty: 1 }, details: { note: "x" } });
  store.db.close();
});
afterAll(() => store.done());

const run = runCli;
const lines = (s: string) => s.trim().split("\n").filter(Boolean);

describe("usage", () => {
  it("no command is a usage error (exit 2) that prints the help", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: banwatch/);
    expect(r.err).toMatch(/query/);
  });
  it("--version and --help still exit 0", async () => {
    expect((await run("--version")).code).toBe(0);
    expect((await run("--help")).code).toBe(0);
  });
});

describe("export says done only when done", () => {
  it("into a folder that does not exist: exit 2, one line, nothing claimed", async () => {
    const r = await run("export", "events", "--out", join(store.dir, "no", "such", "x.csv"), "--db", store.file);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([expect.stringMatching(/cannot write .*x\.csv: its folder does not exist/)]);
    expect(r.err).not.toMatch(/exported/);
  });
  it("into a file: written whole, then announced; no partial file left", async () => {
    const out = join(store.dir, "events.csv");
    const r = await run("export", "events", "--out", out, "--db", store.file);
    expect([r.code, r.err]).toEqual([0, `exported 1 events to ${out}\n`]);
    expect(readFileSync(out, "utf8").split("\r\n")[0]).toMatch(/^id,/);
    expect(readdirSync(store.dir).filter((f) => f.includes(".part-"))).toEqual([]);
  });
});

describe("JSON stays JSON", () => {
  it("runs --json gives errors and details as objects", async () => {
    const r = await run("runs", "--json", "--db", store.file);
    const last = JSON.parse(lines(r.out)[0]);
    expect(last.errors).toEqual({ empty: 1 });
    expect(last.details).toEqual({ note: "x" });
  });
  it("query --format json gives JSON-text columns as JSON, through views too", async () => {
    const r = await run("query", "SELECT languages, outlets, n_outlets FROM v_events", "--format", "json", "--db", store.file);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ languages: ["en"], outlets: ["vrt.be"], n_outlets: 1 }]);
    const runs = await run("query", "SELECT errors, details FROM runs", "--format", "json", "--db", store.file);
    expect(JSON.parse(runs.out)).toEqual([{ errors: { empty: 1 }, details: { note: "x" } }]);
  });
});

describe("one message per rejection", () => {
  it("names the input once", () => {
    const file = join(store.dir, "x.txt");
    const uri = pathToFileURL(file).href;
    const text = formatSummary({ runId: 1, status: "ok", skipped: {}, duplicates: 0, read: 1, stored: 0, unchanged: 0, rejected: 1, events: 0, errors: {}, canonicalEvents: 0,
      rejections: [{ uri, reason: "no_text", detail: `${uri} holds 3 characters of article text; nothing to extract` }] }, "db");
    const line = lines(text).find((l) => l.includes("rejected ("))!;
    expect(line.split(uri).length - 1).toBe(1);
  });
});

describe("query guard rails", () => {
  const endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c)";
  it("stops a statement at --timeout: exit 1 and a line that says so", async () => {
    const r = await run("query", `${endless} SELECT count(*) FROM c`, "--timeout", "1", "--db", store.file);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/longer than 1 s .*--timeout/)]);
  });
  it("streams rows as they are read: an endless result starts printing", () => {
    const seen: string[] = [];
    const stop = new Error("enough");
    expect(() => streamQuery({ db: store.file, sql: `${endless} SELECT x FROM c`, format: "csv" }, (s) => {
      seen.push(s);
      throw stop;
    })).toThrow(stop);
    expect(seen[0].startsWith("x\r\n1\r\n2\r\n")).toBe(true);
  });
  it.each([
    ["load_extension", "SELECT load_extension('/tmp/nothing.so')"],
    ["a write", "DELETE FROM events"],
    ["bad SQL", "SELEC 1"],
    ["ATTACH", "ATTACH DATABASE '/tmp/x.db' AS x"],
    ["a missing parameter", "SELECT ?"],
  ])("refuses %s with exit 2 and one line, no stack", async (_name, sql) => {
    const r = await run("query", sql, "--db", store.file);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it("a stopped query takes its statement with it (no process left running)", async () => {
    const bin = join(__dirname, "../../bin/banwatch.js");
    const cli = spawn(process.execPath, [bin, "query", `${endless} SELECT count(*) FROM c`, "--db", store.file], { stdio: "ignore" });
    const childOf = () => spawnSync("ps", ["-o", "pid=,args=", "--ppid", String(cli.pid)], { encoding: "utf8" }).stdout
      .split("\n").find((l) => /query-process|banwatch\.js/.test(l))?.trim().split(/\s+/)[0] ?? "";
    let child = "";
    for (let i = 0; i < 200 && !child; i++) {
      await new Promise((r) => setTimeout(r, 50));
      child = childOf();
    }
    expect(child).toMatch(/^\d+$/);
    const exited = new Promise<number | null>((r) => cli.on("exit", (code) => r(code)));
    cli.kill("SIGTERM");
    expect(await exited).toBe(143);
    await new Promise((r) => setTimeout(r, 300));
    // Gone, or a zombie waiting for whoever adopted it to reap it: not running either way.
    const state = spawnSync("ps", ["-o", "stat=", "-p", child], { encoding: "utf8" }).stdout.trim();
    expect(state === "" || state.startsWith("Z")).toBe(true);
  });
  it("a missing database is a usage error too", async () => {
    const r = await run("query", "SELECT 1", "--db", join(store.dir, "none.db"));
    expect(r.code).toBe(2);
    expect(existsSync(join(store.dir, "none.db"))).toBe(false);
  });
});

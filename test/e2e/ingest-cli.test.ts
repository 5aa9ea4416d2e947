// The ingest path as a user drives it from a shell: stdin, WARC, exit statuses, Ctrl-C,
// kill -9, two runs at once, an unreadable folder (issue 14 items 1, 3, 6; issue 16 rows
// 3, 6, 12, 13).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { CORPUS, ccNewsWarc, corpusArticle, page } from "../sources/fixtures.js";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin/banwatch.js");
const run = (args: string[], input?: string | Buffer, o: { uid?: number; gid?: number } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", input, ...o });
const start = (args: string[]): ChildProcess => spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
const exited = (p: ChildProcess) => new Promise<number | null>((r) => p.once("exit", (code, sig) => r(code ?? (sig ? -1 : null))));

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "banwatch-cli-")); chmodSync(dir, 0o755); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function query<T>(db: string, sql: string, ...p: unknown[]): T[] {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try { return d.prepare(sql).all(...p) as T[]; } finally { d.close(); }
}
/** Waits (polling the database, not the clock) until the condition holds. */
async function until(cond: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try { if (cond()) return; } catch { /* database not created yet */ }
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A folder of n text exports, each a distinct article (a corpus text with its own headline). */
function many(name: string, n: number): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  const texts = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < n; i++) {
    const a = corpusArticle(texts[i % texts.length].replace(/\.txt$/, ""));
    writeFileSync(join(d, `n${String(i).padStart(3, "0")}.txt`), `Report ${i}: ${a.title}\n\n${a.paragraphs.join("\n\n")}\n\nStory number ${i}.\n`);
  }
  return d;
}

describe("banwatch ingest and extract from a shell", () => {
  it("`cat page.html | banwatch extract - --json` prints the article", () => {
    const a = corpusArticle("003_0768ee479c4dd0ae");
    const r = run(["extract", "-", "--json", "--no-text"], page(a));
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    expect(out.lang).toBe("en");
    expect(out.events.some((e: { target: string }) => e.target === "TikTok")).toBe(true);
  });

  it("`extract file.warc.gz --json` prints one object per HTML response and names the skipped records", async () => {
    const f = join(dir, "cc.warc.gz");
    writeFileSync(f, await ccNewsWarc());
    const r = run(["extract", f, "--json", "--no-text"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).lang)).toEqual(["en", "nl", "ru"]);
    expect(r.stderr).toMatch(/skipped \(warc:request\)/);
  });

  it("ingest of a JSON lines file from stdin; a run that read nothing says so and exits 1", () => {
    const db = join(dir, "stdin.db");
    const a = corpusArticle("001_6cdbbb912da3131c");
    const line = JSON.stringify({ title: a.title, maintext: a.paragraphs.join("\n"), url: "https://example.org/a", date_publish: "2023-03-10" });
    const r = run(["ingest", "-", "--db", db, "--json"], line + "\n");
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 1, stored: 1 });
    const empty = join(dir, "only-pdf");
    mkdirSync(empty);
    writeFileSync(join(empty, "x.pdf"), "%PDF-1.4");
    const none = run(["ingest", empty, "--db", db]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/nothing was read .*1 \.pdf/);
    const missing = run(["ingest", join(dir, "nope.txt"), "--db", db]);
    expect(missing.status).toBe(1);
    expect(query(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1")).toEqual([{ status: "failed" }]);
    expect(query(db, "SELECT reject_reason FROM documents WHERE uri LIKE '%nope.txt'")).toEqual([{ reject_reason: "not_found" }]);
  });

  it("`ingest DIR --outlet NAME` names the outlet of a folder of one outlet's text exports; an empty name is a usage error", () => {
    const d = many("one-outlet", 2);
    const db = join(dir, "outlet.db");
    const r = run(["ingest", d, "--db", db, "--outlet", "vrt.be", "-q"]);
    expect(r.status, r.stderr).toBe(0);
    expect(query<{ outlet: string; n: number }>(db, "SELECT outlet, count(*) n FROM articles GROUP BY outlet")).toEqual([{ outlet: "vrt.be", n: 2 }]);
    const bad = run(["ingest", d, "--db", db, "--outlet", " "]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/outlet needs a name/);
  });

  it("Ctrl-C ends an ingest waiting on a silent pipe: exit 130, run interrupted", async () => {
    const db = join(dir, "sigint.db");
    const p = start(["ingest", "-", "--db", db]);
    const done = exited(p);
    await until(() => query(db, "SELECT 1 FROM runs WHERE status = 'running'").length > 0, "the run to start");
    p.kill("SIGINT");
    expect(await done).toBe(130);
    expect(query(db, "SELECT status FROM runs")).toEqual([{ status: "interrupted" }]);
  });

  it("two ingests of the same files at once both finish, each counting what it stored", async () => {
    const d = many("parallel", 12);
    const db = join(dir, "parallel.db");
    run(["runs", "--db", db]); // creates nothing; the first ingest creates the schema
    const [a, b] = [start(["ingest", d, "--db", db, "--json"]), start(["ingest", d, "--db", db, "--json"])];
    const outs = [a, b].map((p) => { let s = ""; p.stdout!.on("data", (c) => (s += c)); return () => s; });
    const codes = await Promise.all([exited(a), exited(b)]);
    expect(codes).toEqual([0, 0]);
    const sums = outs.map((o) => JSON.parse(o()));
    expect(sums[0].stored + sums[1].stored).toBe(12);
    expect(sums[0].unchanged + sums[1].unchanged).toBe(12);
    expect(query(db, "SELECT count(*) n FROM documents")).toEqual([{ n: 12 }]);
  });

  it("kill -9 at a random point: progress counts were saved, and a re-run gives the rows of a clean run", async () => {
    // Progress is saved with each batch (every 250 ms): the first lands well before the 80th input.
    const d = many("killed", 80);
    const clean = join(dir, "clean.db");
    expect(run(["ingest", d, "--db", clean, "-q"]).status).toBe(0);
    const db = join(dir, "killed.db");
    const at = 1 + Math.floor(Math.random() * 10);
    const p = start(["ingest", d, "--db", db, "-q"]);
    const done = exited(p);
    await until(() => query<{ read: number }>(db, "SELECT read FROM runs")[0]?.read >= at, `${at} inputs read`);
    p.kill("SIGKILL");
    await done;
    const [killed] = query<{ status: string; read: number; stored: number }>(db, "SELECT status, read, stored FROM runs");
    expect(killed.status).toBe("running"); // nobody closed it: the next run does
    expect(killed.read).toBeGreaterThanOrEqual(at);
    expect(run(["ingest", d, "--db", db, "-q"]).status).toBe(0);
    const snap = (f: string) => ({
      documents: query(f, "SELECT uri, sha256, article_id, status FROM documents ORDER BY uri"),
      articles: query(f, "SELECT id, content_hash, lang, published FROM articles ORDER BY id"),
      mentions: query(f, "SELECT article_id, ordinal, action, target, jurisdiction, announced FROM event_mentions ORDER BY article_id, ordinal"),
      events: query(f, "SELECT event_key, n_articles, n_mentions FROM events ORDER BY event_key"),
    });
    expect(snap(db)).toEqual(snap(clean));
    expect(query(db, "SELECT status FROM runs ORDER BY id")).toEqual([{ status: "interrupted" }, { status: "ok" }]);
  });

  it("an unreadable folder is a rejection, the run ends ok (run as an unprivileged user)", () => {
    const d = many("locked", 2);
    mkdirSync(join(d, "secret"));
    writeFileSync(join(d, "secret", "x.txt"), "hidden");
    const root = process.getuid?.() === 0;
    // As root, the folder is closed to the unprivileged user that runs the ingest; otherwise closed to everyone.
    chmodSync(join(d, "secret"), root ? 0o700 : 0);
    const dbDir = join(dir, "locked-db");
    mkdirSync(dbDir);
    chmodSync(dbDir, 0o777); // the unprivileged user writes the database here
    const db = join(dbDir, "locked.db");
    const r = run(["ingest", d, "--db", db, "--json"], undefined, root ? { uid: 65534, gid: 65534 } : {});
    chmodSync(join(d, "secret"), 0o755);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ stored: 2, rejected: 1, errors: { unreadable: 1 }, status: "ok" });
    expect(query(db, "SELECT status FROM runs")).toEqual([{ status: "ok" }]);
    expect(query(db, "SELECT reject_stage, reject_reason FROM documents WHERE status = 'rejected'")).toEqual([{ reject_stage: "source", reject_reason: "unreadable" }]);
  });
});

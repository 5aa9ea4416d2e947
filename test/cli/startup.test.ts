// Start-up of a one-file `banwatch extract` (issue 15): what it loads. The article's own
// language only: one chrono-node language (not the package's root entry with all sixteen),
// the country names of that language (not i18n-iso-countries' Node entry, which registers all
// of them), no WARC reader for a text export, no charset detector for UTF-8 text; and the
// English locale loads without compromise (its verb forms come from a table, and one-word
// questions are answered from a table of its answers; compromise's tagger build is loaded
// when a longer phrase must be tagged). `--version` and `query` load no extractor at all.
// Modules are traced in a child process: ESM through a resolve hook, CommonJS from
// require.cache at exit (chrono-node, compromise and i18n-iso-countries are required).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { BIN } from "../spawn-cli.js";

const ROOT = resolve(__dirname, "../..");
const require = createRequire(import.meta.url);
const BELGIUM = join(ROOT, "corpus/000_8ed593b27608a371.txt");
const GERMAN = join(ROOT, "test/fixtures/startup-de.txt");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-startup-"));
  writeFileSync(join(dir, "hooks.mjs"), `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(process.env.TRACE, r.url + "\\n"); return r; }\n`);
  writeFileSync(join(dir, "trace.mjs"), `import { register, createRequire } from "node:module";
import { appendFileSync } from "node:fs";
register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => appendFileSync(process.env.TRACE, Object.keys(cache).join("\\n") + "\\n"));\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs node with the trace, returns what it loaded (one path or URL a line) and its output. */
function traced(args: string[], name: string, env: Record<string, string> = {}): { loaded: string; stdout: string } {
  const trace = join(dir, `${name}.txt`);
  writeFileSync(trace, "");
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "trace.mjs")).href, ...args], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, BANWATCH_FROM_SOURCE: "1", TRACE: trace, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return { loaded: readFileSync(trace, "utf8"), stdout: r.stdout };
}

/** chrono-node languages loaded ("en", "de"), or "all" for the package's root entry. */
function chronoLanguages(loaded: string): string[] {
  const langs = new Set<string>();
  for (const m of loaded.matchAll(/chrono-node\/dist\/(?:cjs|esm)\/(?:locales\/([a-z]+)\/|index\.js)/g)) langs.add(m[1] ?? "all");
  return [...langs].sort();
}

describe("extract of one text export", () => {
  it("English: chrono-node's English parser only, English country names, no WARC reader", () => {
    const { loaded, stdout } = traced([BIN, "extract", BELGIUM, "--no-text"], "en");
    expect(JSON.parse(stdout).events[0]).toMatchObject({ action: "ban", target: "TikTok" });
    expect(chronoLanguages(loaded)).toEqual(["en"]);
    expect(loaded).not.toMatch(/i18n-iso-countries\/entry-node/);
    expect([...loaded.matchAll(/i18n-iso-countries\/langs\/(\w+)\.json/g)].map((m) => m[1])).toEqual(["en"]);
    expect(loaded).not.toMatch(/\/warcio\//);
    expect(loaded).not.toMatch(/\/(jschardet|iconv-lite|world-countries)\//);
    // Nor the store, the event merging or ingest (src/document.ts, not pipeline.ts).
    expect(loaded).not.toMatch(/\/(store|events)\/|\/ingest\.[tj]s|better-sqlite3/);
    // Its questions ("to government", "to installing") are all one word the table answers: no compromise.
    expect(loaded).not.toMatch(/\/compromise\//);
    // One locale folder of the sixteen.
    expect([...new Set([...loaded.matchAll(/\/locales\/([a-z]{2,3})\/index\.[tj]s/g)].map((m) => m[1]))]).toEqual(["en"]);
  });

  it("English with a target phrase of two words: compromise's tagger build, not the full one", () => {
    const { loaded, stdout } = traced([BIN, "extract", join(ROOT, "test/fixtures/startup-tagger.txt"), "--no-text"], "en-tagger");
    expect(JSON.parse(stdout).events[0]).toMatchObject({ action: "ban", target: "disposable vapes" });
    expect(loaded).toMatch(/compromise\/builds\/two\/compromise-two\.cjs/);
    expect(loaded).not.toMatch(/compromise-three|compromise\/builds\/compromise\.js/);
  });

  it("German: chrono-node's German parser (its common code holds the English configuration), German and English country names", () => {
    const { loaded, stdout } = traced([BIN, "extract", GERMAN, "--no-text"], "de");
    expect(JSON.parse(stdout).lang).toBe("de");
    expect(chronoLanguages(loaded)).toEqual(["de", "en"]);
    expect([...loaded.matchAll(/i18n-iso-countries\/langs\/(\w+)\.json/g)].map((m) => m[1]).sort()).toEqual(["de", "en"]);
  });
});

describe("extract of one HTML page", () => {
  it("cheerio without the fetching half of its package (undici, encoding sniffer)", () => {
    const { loaded, stdout } = traced([BIN, "extract", join(ROOT, "test/fixtures/html/article.html"), "--no-text"], "html");
    expect(JSON.parse(stdout).title).toBe("Belgium bans TikTok on federal phones");
    expect(loaded).toMatch(/cheerio\/dist\/commonjs\/load-parse\.js/);
    expect(loaded).not.toMatch(/\/(undici|encoding-sniffer)\//);
  });
});

describe("the English locale", () => {
  it("loads without compromise (its triggers' verb forms come from a table)", () => {
    const { loaded, stdout } = traced(["--import", "tsx", "-e", `import("./src/locales/en/index.ts").then((m) => console.log(m.default.triggers.length))`], "locale-en");
    expect(Number(stdout)).toBeGreaterThan(0);
    expect(loaded).toMatch(/locales\/en\/index\.ts/);
    expect(loaded).not.toMatch(/\/compromise\//);
  });

  it("loads compromise's tagger build (not the full one) for a phrase of two words, not for one word", () => {
    const script = `const np = await import("./src/locales/en/noun-phrase.ts");
const t = await import("./src/locales/en/tagger.ts");
const one = [np.opensVerbPhrase("raise penalties"), np.nounPhrase("banks"), t.taggerLoaded()];
console.log(JSON.stringify([...one, np.nounPhrase("mobile phones"), t.taggerLoaded()]));`;
    const { loaded, stdout } = traced(["--import", "tsx", "--input-type=module", "-e", script], "tagger");
    expect(JSON.parse(stdout)).toEqual([true, "banks", false, "mobile phones", true]);
    expect(loaded).toMatch(/compromise\/builds\/two\/compromise-two\.cjs/);
    expect(loaded).not.toMatch(/compromise-three|compromise\/builds\/compromise\.js/);
  });
});

describe("commands that extract nothing", () => {
  /** The modules of the extraction path: any of them loaded is start-up wasted. */
  const EXTRACTION = /\/(extract|locales|content|language|gazetteer)\/|\/(chrono-node|compromise|franc|cheerio|linkedom|i18n-iso-countries|world-countries|jschardet)\//;

  it("--version loads no extractor and no SQLite", () => {
    const { loaded, stdout } = traced([BIN, "--version"], "version");
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(loaded).toMatch(/cli\/main\.[tj]s/);
    expect(loaded).not.toMatch(EXTRACTION);
    expect(loaded).not.toMatch(/better-sqlite3|\/store\//);
  });

  it("query loads no extractor (its statement runs in a process of its own)", () => {
    const db = join(dir, "q.db");
    const sqlite = require("better-sqlite3") as new (f: string) => { exec(s: string): void; close(): void };
    const handle = new sqlite(db);
    handle.exec("create table t (x)");
    handle.close();
    const args = [BIN, "query", "select 1 as one", "--db", db, "--format", "csv"];
    // The command line's process loads only what starts the statement's process and stops it at its timeout...
    const parent = traced(args, "query");
    expect(parent.stdout).toBe("one\r\n1\r\n"); // CSV lines end in CRLF (RFC 4180)
    expect(parent.loaded).toMatch(/cli\/query-parent\.[tj]s/);
    expect(parent.loaded).not.toMatch(/cli\/main\.[tj]s|commander|better-sqlite3/);
    // ...and the statement's process (banwatch itself, told so by the environment) parses and runs it.
    const child = traced(args, "query-child", { BANWATCH_QUERY_CHILD: "1" });
    expect(child.stdout).toBe("one\r\n1\r\n");
    expect(child.loaded).toMatch(/cli\/query\.[tj]s/);
    expect(child.loaded).not.toMatch(EXTRACTION);
  });
});

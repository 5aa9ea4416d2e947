// The package as others get it: `npm pack` (which builds dist/ through prepare), unpacked
// into a temporary project as `npm install` would, imported from plain JavaScript and
// from TypeScript, extracting the Belgian ban of the corpus. Offline and without
// recompiling better-sqlite3: the project's dependencies are links into this
// repository's node_modules. The built CLI is checked too: data files resolve from
// dist/, and reading commands never load the extractors.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const BELGIUM = join(ROOT, "corpus/000_8ed593b27608a371.txt");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
let tmp = "";
let home = ""; // the installed package
const env = { ...process.env, BANWATCH_FROM_SOURCE: "" }; // the built JavaScript, as users run it

const node = (args: string[], cwd = tmp) => spawnSync(process.execPath, args, { cwd, env, encoding: "utf8" });
const link = (name: string) => {
  const to = join(tmp, "node_modules", name);
  mkdirSync(dirname(to), { recursive: true });
  if (!existsSync(to)) symlinkSync(join(ROOT, "node_modules", name), to, "dir");
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "banwatch-pack-"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const tarball = join(tmp, (JSON.parse(out) as { filename: string }[])[0].filename);
  home = join(tmp, "node_modules", "banwatch");
  mkdirSync(home, { recursive: true });
  execFileSync("tar", ["xzf", tarball, "-C", home, "--strip-components=1"]);
  for (const dep of Object.keys(pkg.dependencies)) link(dep);
  link("@types/node");
  writeFileSync(join(tmp, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
}, 180_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the built JavaScript, its types and the schema, not the sources", () => {
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "schema.sql", "bin/banwatch.js", "package.json"]) expect(existsSync(join(home, f)), f).toBe(true);
    expect(existsSync(join(home, "src"))).toBe(false);
  });

  it("is imported from plain JavaScript: extracts the Belgian ban, detects a language, ingests into a store", () => {
    writeFileSync(join(tmp, "use.mjs"), `
import { readFileSync } from "node:fs";
import { extractArticle, extractHtml, detectLanguage, openStore, ingest, isRejection } from "banwatch";
const a = await extractArticle(readFileSync(${JSON.stringify(BELGIUM)}));
if (isRejection(a)) throw new Error(a.detail);
const html = extractHtml(new TextEncoder().encode("<html><body><article><p>" + "Belgium bans TikTok on the phones of officials. ".repeat(5) + "</p></article></body></html>"));
const db = openStore("store.db");
const s = await ingest(db, [${JSON.stringify(BELGIUM)}]);
db.close();
console.log(JSON.stringify({ lang: a.lang, events: a.events, html: html.paragraphs.length, nl: detectLanguage("De Belgische regering heeft het gebruik van TikTok op de diensttelefoons van federale ambtenaren verboden. De premier zei dat de app een veiligheidsrisico vormt en dat de ambtenaren de app binnen een week moeten verwijderen."), stored: s.stored }));
`);
    const r = node(["use.mjs"]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ lang: "en", html: 1, nl: "nl", stored: 1 });
    expect(out.events).toContainEqual(expect.objectContaining({ action: "ban", target: "TikTok", main: true, actor: expect.objectContaining({ jurisdiction: "BE" }) }));
    expect(out.events[0].rules).toBeUndefined(); // the spec's shape
  });

  it("is imported from TypeScript with its types (strict, NodeNext)", () => {
    writeFileSync(join(tmp, "use.ts"), `
import { readFileSync } from "node:fs";
import { extractArticle, isRejection, type ArticleResult, type BanEvent } from "banwatch";
const a = await extractArticle(readFileSync(${JSON.stringify(BELGIUM)}), { id: "be" });
if (isRejection(a)) throw new Error(a.detail);
const r: ArticleResult = a;
const bans: BanEvent[] = r.events.filter((e) => e.action === "ban");
console.log(JSON.stringify({ id: r.id, jurisdiction: bans[0]?.actor.jurisdiction ?? null }));
`);
    writeFileSync(join(tmp, "tsconfig.json"), JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, outDir: "out", types: ["node"] },
      files: ["use.ts"],
    }));
    const tsc = node([join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."]);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const r = node(["out/use.js"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: "be", jurisdiction: "BE" });
  });

  it("a type error against its types fails to compile (the types are real)", () => {
    writeFileSync(join(tmp, "bad.ts"), `import { detectLanguage } from "banwatch";\nconst n: number = detectLanguage("x");\nexport { n };\n`);
    writeFileSync(join(tmp, "tsconfig.bad.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["bad.ts"], compilerOptions: { noEmit: true } }));
    const tsc = node([join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.bad.json"]);
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toMatch(/TS2322/);
  });
});

describe("the built CLI", () => {
  const bin = () => join(home, "bin/banwatch.js");
  it("ingests (schema.sql found from dist/) and extracts (locales found from dist/)", () => {
    const ing = node([bin(), "ingest", BELGIUM, "--db", "cli.db", "--json"]);
    expect(ing.status, ing.stderr).toBe(0);
    expect(JSON.parse(ing.stdout)).toMatchObject({ stored: 1 });
    const ex = node([bin(), "extract", BELGIUM, "--no-text"]);
    expect(ex.status, ex.stderr).toBe(0);
    expect(JSON.parse(ex.stdout).events[0]).toMatchObject({ action: "ban", target: "TikTok" });
  });

  it("loads no extractor, locale, chrono-node or compromise for query, export, stats and runs", () => {
    const trace = join(tmp, "loaded.txt");
    writeFileSync(join(tmp, "hooks.mjs"), `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(${JSON.stringify(trace)}, r.url + "\\n"); return r; }\n`);
    // chrono-node, compromise and i18n-iso-countries are required (CommonJS), which the hook does not see: require.cache at exit.
    writeFileSync(join(tmp, "trace.mjs"), `import { register, createRequire } from "node:module"; import { appendFileSync } from "node:fs"; register("./hooks.mjs", import.meta.url);
const cache = createRequire(import.meta.url).cache; process.on("exit", () => appendFileSync(${JSON.stringify(trace)}, Object.keys(cache).join("\\n") + "\\n"));\n`);
    if (!existsSync(join(tmp, "cli.db"))) node([bin(), "ingest", BELGIUM, "--db", "cli.db"]);
    for (const args of [["query", "SELECT 1"], ["export", "events"], ["stats"], ["runs"]]) {
      writeFileSync(trace, "");
      const r = node(["--import", "./trace.mjs", bin(), ...args, "--db", "cli.db"]);
      expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
      const loaded = readFileSync(trace, "utf8");
      // query: this process only starts and supervises the statement's process (query-parent.js).
      expect(loaded, args[0]).toContain(`/dist/cli/${args[0] === "query" ? "query-parent" : args[0]}.js`);
      expect(loaded, args[0]).not.toMatch(/\/dist\/(extract|locales|content|language|gazetteer)\/|chrono-node|compromise|cheerio|linkedom|franc|i18n-iso-countries|warcio/);
    }
  });
});

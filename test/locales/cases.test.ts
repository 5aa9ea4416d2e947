// Locale cases as data: every test/locales/<lang>/cases.jsonl line is one article
// (title, paragraphs, published) and what must come out of it:
//   expect    the exact set of event keys "CC|Target|action" (the scorer's keys)
//   main      keys that must be main events (optional)
//   scope     key -> scope (optional)
//   announced key -> announced date (optional)
//   note      what the case checks (the test's name)
//   skip      a reason: the case needs an engine feature the engine lacks; it is
//             listed as skipped with the reason, not run
// Adding a case for any language is adding a line; no code here names a language.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { events, find } from "./helpers.js";
import { Trace } from "../../src/extract/trace.js";

interface Case {
  title: string | null;
  paragraphs: string[];
  published: string | null;
  expect: string[];
  main?: string[];
  /** Keys that must come out as background mentions (main: false). */
  background?: string[];
  scope?: Record<string, string | null>;
  announced?: Record<string, string | null>;
  note?: string;
  skip?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const langs = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "cases.jsonl")))
  .map((d) => d.name)
  .sort();

function load(lang: string): { line: number; c: Case }[] {
  const out: { line: number; c: Case }[] = [];
  readFileSync(join(here, lang, "cases.jsonl"), "utf8").split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    const c = JSON.parse(raw) as Case;
    if (!Array.isArray(c.paragraphs) || !Array.isArray(c.expect)) throw new Error(`${lang}/cases.jsonl:${i + 1}: paragraphs and expect are required`);
    out.push({ line: i + 1, c });
  });
  return out;
}

const keyOf = (e: { actor: { jurisdiction: string | null }; target: string; action: string }) => `${e.actor.jurisdiction}|${e.target}|${e.action}`;

for (const lang of langs) {
  describe(`${lang} cases`, () => {
    for (const { line, c } of load(lang)) {
      const name = `${lang}:${line} ${c.note ?? c.title ?? c.paragraphs[0].slice(0, 60)}`;
      if (c.skip) {
        it.skip(`${name} [skipped: ${c.skip}]`, () => {});
        continue;
      }
      it(name, async () => {
        // A failing case prints the engine's trace: what it found, dropped and why.
        const trace = new Trace();
        const evs = await events(lang, c.title, c.paragraphs, c.published, trace);
        const why = `\n--- trace ---\n${trace.format()}\n`;
        expect([...new Set(evs.map(keyOf))].sort(), why).toEqual([...new Set(c.expect)].sort());
        for (const k of c.main ?? []) expect(find(evs, k)?.main, `${k} main${why}`).toBe(true);
        for (const k of c.background ?? []) expect(find(evs, k)?.main, `${k} background${why}`).toBe(false);
        for (const [k, s] of Object.entries(c.scope ?? {})) expect(find(evs, k)?.scope, `${k} scope${why}`).toBe(s);
        for (const [k, d] of Object.entries(c.announced ?? {})) expect(find(evs, k)?.announced, `${k} announced`).toBe(d);
      });
    }
  });
}

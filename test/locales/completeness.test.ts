// Completeness of every locale loadLocales() returns: the sections the engine reads are
// present and non-empty, every form compiles, no form is both a trigger and a cue, and
// each language has its cases as data (test/locales/<lang>/cases.jsonl).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadLocales } from "../../src/locales/index.js";
import { compileForms, compileKeyed } from "../../src/extract/patterns.js";
import { compileLocale } from "../../src/extract/compile.js";
import type { Locale } from "../../src/locales/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const locales = [...(await loadLocales()).values()];

/** Locales with the full set of sections: grammar, frames, categories, at least 15 cases. */
const FULL = new Set(["en", "nl", "fr", "de", "es", "it", "pt"]);
const MIN_FULL_CASES = 15;
const MIN_CASES = 8;

/**
 * Locales whose cases are still code tests (test/locales/<lang>/<lang>.test.ts) with fewer
 * than MIN_CASES cases and no cases.jsonl yet. A documented shortfall, not a pass: the test
 * below fails once such a locale reaches MIN_CASES data cases, so the entry must then go.
 */
const PENDING_CASES: Record<string, string> = {
  da: "3 code tests in da.test.ts, no cases.jsonl yet",
  id: "3 code tests in id.test.ts, no cases.jsonl yet",
  no: "3 code tests in no.test.ts, no cases.jsonl yet",
  ur: "3 code tests in ur.test.ts, no cases.jsonl yet",
};

/**
 * Forms that are both a trigger form and a negation/hypothetical/proposal/background cue
 * of the same locale, with the reason they are meant to be both. Empty: there are none.
 */
const OVERLAP_EXCEPTIONS: Record<string, string[]> = {};

/**
 * Sections a locale may leave empty, with the reason. Urdu is verb-final: the object stands
 * before the verb, while liftObjects are read after a ban verb ("blocked the ban"); its lifts
 * are whole trigger phrases ("پابندی ختم", "پابندی اٹھا").
 */
const EMPTY_EXCEPTIONS: Record<string, string[]> = { ur: ["cues.liftObjects"] };

const CUE_KINDS = ["negation", "hypothetical", "proposal", "background", "liftObjects", "clauseBreaks"] as const;
const CONFLICT_CUES = ["negation", "hypothetical", "proposal", "background"] as const;

const norm = (f: string) => f.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

function cases(lang: string): number {
  const file = join(here, lang, "cases.jsonl");
  if (!existsSync(file)) return 0;
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).length;
}

/** Every list of forms in a locale, by a name that says where it is. */
function formLists(l: Locale): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const t of l.triggers) out.push([`triggers.${t.id}`, t.forms]);
  for (const [k, v] of Object.entries(l.cues)) if (Array.isArray(v)) out.push([`cues.${k}`, v]);
  l.scopes.forEach((s, i) => out.push([`scopes[${i}] (${s.scope})`, s.forms]));
  l.bodies.forEach((b, i) => out.push([`bodies[${i}] (${b.name})`, b.forms]));
  out.push(["actorNouns", l.actorNouns], ["targetCues", l.targetCues], ["audienceNouns", l.audienceNouns]);
  for (const [cc, forms] of Object.entries(l.demonyms)) out.push([`demonyms.${cc}`, forms]);
  for (const [cc, forms] of Object.entries(l.placeAliases)) out.push([`placeAliases.${cc}`, forms]);
  for (const [name, forms] of Object.entries(l.categories ?? {})) out.push([`categories.${name}`, forms]);
  if (l.frames) for (const k of ["nounLinks", "transparent", "passiveAux", "quantifiers", "stops", "pronouns"] as const) out.push([`frames.${k}`, l.frames[k]]);
  if (l.grammar) for (const [k, v] of Object.entries(l.grammar)) if (Array.isArray(v)) out.push([`grammar.${k}`, v]);
  const d = l.dates;
  for (const k of ["deadline", "effective", "expires", "immediate", "monthOnly", "future", "weekdays", "dayParts"] as const) out.push([`dates.${k}`, d[k]]);
  for (const k of ["periodLinks", "futureBefore", "inForce", "past"] as const) if (d[k]) out.push([`dates.${k}`, d[k]!]);
  out.push(["dates.relative", Object.keys(d.relative ?? {})], ["dates.durationUnits", Object.keys(d.durationUnits)], ["dates.numbers", Object.keys(d.numbers)]);
  return out;
}

describe("locale completeness", () => {
  it("finds the seven full locales", () => {
    const codes = new Set(locales.map((l) => l.code));
    for (const c of FULL) expect(codes.has(c), `full locale ${c} is not loaded by loadLocales()`).toBe(true);
  });

  for (const l of locales) {
    const name = l.code || "(a locale without code)";
    describe(name, () => {
      it("has every required section", () => {
        let missing: string[] = [];
        if (!l.code) missing.push("code");
        if (!l.triggers?.length) missing.push("triggers");
        else if (!l.triggers.some((t) => t.action === "ban" && t.forms.length)) missing.push("a ban trigger");
        for (const t of l.triggers ?? []) if (!t.forms?.length) missing.push(`forms of trigger ${t.id}`);
        for (const k of CUE_KINDS) if (!l.cues?.[k]?.length) missing.push(`cues.${k}`);
        if (!l.scopes?.length) missing.push("scopes");
        if (!l.bodies?.length) missing.push("bodies");
        if (!l.dates) missing.push("dates");
        if (FULL.has(l.code)) {
          if (!l.grammar) missing.push("grammar");
          if (!l.frames) missing.push("frames");
          if (!l.categories || !Object.keys(l.categories).length) missing.push("categories");
        }
        const excused = new Set(EMPTY_EXCEPTIONS[l.code] ?? []);
        for (const k of excused) expect(missing.includes(k), `locale ${name}: ${k} is no longer empty: remove it from EMPTY_EXCEPTIONS`).toBe(true);
        missing = missing.filter((m) => !excused.has(m));
        expect(missing, `locale ${name} misses: ${missing.join(", ")}`).toEqual([]);
      });

      it("compiles every form and the whole locale", () => {
        const bad: string[] = [];
        for (const [where, forms] of formLists(l)) {
          for (const f of forms) {
            try { compileForms([f]); } catch (e) { bad.push(`${where}: ${JSON.stringify(f)} (${(e as Error).message})`); }
          }
          try { compileKeyed([{ key: where, forms }]); } catch (e) { bad.push(`${where} as a keyed list (${(e as Error).message})`); }
        }
        expect(bad, `locale ${name}: forms that do not compile:\n${bad.join("\n")}`).toEqual([]);
        expect(() => compileLocale(l), `locale ${name}: compileLocale throws`).not.toThrow();
      });

      it("has no form that is both a trigger and a cue", () => {
        const triggers = new Map<string, string>();
        for (const t of l.triggers) for (const f of t.forms) triggers.set(norm(f), t.id);
        const allowed = new Set((OVERLAP_EXCEPTIONS[l.code] ?? []).map(norm));
        const both: string[] = [];
        for (const k of CONFLICT_CUES) for (const f of l.cues[k]) {
          const n = norm(f);
          if (triggers.has(n) && !allowed.has(n)) both.push(`${JSON.stringify(f)} is in ${triggers.get(n)} and cues.${k}`);
        }
        expect(both, `locale ${name}: forms both a trigger and a cue:\n${both.join("\n")}`).toEqual([]);
      });

      it("has its cases as data", () => {
        const n = cases(l.code);
        const min = FULL.has(l.code) ? MIN_FULL_CASES : MIN_CASES;
        if (PENDING_CASES[l.code]) {
          expect(n, `locale ${name} now has ${n} cases in test/locales/${l.code}/cases.jsonl: remove it from PENDING_CASES`).toBeLessThan(min);
          return;
        }
        expect(n, `locale ${name}: test/locales/${l.code}/cases.jsonl has ${n} cases, at least ${min} needed`).toBeGreaterThanOrEqual(min);
      });
    });
  }
});

// A locale's forms compiled into regexps: what they match must not depend on how the
// alternation is written. The shared word boundaries are written once per run of forms
// (V8 builds the Unicode letter class anew at every occurrence, which made compiling the
// cue lists most of a one-file extract's start-up), and a keyed matcher builds a group's
// regexp only when its first word is found.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileForms, compileGroup, compileKeyed, compileKeyedMatcher, formSource, formsSource } from "../../src/extract/patterns.js";
import { loadLocales } from "../../src/locales/index.js";

const CLASS = "(?<![\\p{L}\\p{N}])";
const count = (s: string, part: string) => s.split(part).length - 1;

/** The alternation written form by form, each with its own boundaries (as before). */
const naiveForms = (forms: string[], flags = "giu") =>
  new RegExp([...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => `(?:${formSource(f)})`).join("|"), flags);
function naiveKeyed(lists: { key: string; forms: string[] }[], flags = "giu") {
  const pairs: { key: string; form: string }[] = [];
  const seen = new Set<string>();
  for (const l of lists) for (const form of l.forms) if (!seen.has(form)) (seen.add(form), pairs.push({ key: l.key, form }));
  pairs.sort((a, b) => b.form.replace(/\*/g, "").length - a.form.replace(/\*/g, "").length);
  return { re: new RegExp(pairs.map((p, i) => `(?<k${i}>${formSource(p.form)})`).join("|") || "(?!)", flags), keys: pairs.map((p) => p.key) };
}
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
const keyedMatches = (r: { re: RegExp; keys: string[] }, text: string) =>
  [...text.matchAll(r.re)].map((m) => `${m.index}:${m[0]}:${r.keys[Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0].slice(1) as unknown as number]}`);

describe("compiled forms", () => {
  it("write the letter-class boundary once for a run of forms that share it", () => {
    const re = compileForms(["ban", "bans", "banned", "prohibit*", "block"]);
    expect(count(re.source, CLASS)).toBe(1);
    expect(matches(re, "They banned it; bans and prohibitions, unblock, block.")).toEqual(["5:banned", "16:bans", "25:prohibitions", "48:block"]);
    const k = compileKeyed([{ key: "ban", forms: ["ban", "bans"] }, { key: "lift", forms: ["lift* the ban", "unban"] }]);
    expect(count(k.re.source, CLASS)).toBe(1);
  });

  const word = fc.constantFrom("ban", "bans", "the", "ban*", "app", "apps", "lift", "l'app", "über", "*verbot", "verbot", "TikTok", "in", "x", "-", "ß", "…", "3", "中国", "禁止");
  const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ").replace(/ \*/g, " ").replace(/(^| )\*(?=.* )/, "$1"))
    .chain((f) => fc.constantFrom(f, f.replace(" ", " ... ")));
  const text = fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", ", ", ". ", "-", "TIKTOK", "Bans", "Verbot", "Nutzungsverbot", "’", "'")), { maxLength: 25 }).map((ws) => ws.join(""));

  it("match what the form-by-form alternation matches (property)", () => {
    fc.assert(fc.property(fc.array(form, { minLength: 1, maxLength: 12 }), text, (forms, t) => {
      expect(matches(compileForms(forms), t)).toEqual(matches(naiveForms(forms), t));
      const lists = [{ key: "a", forms: forms.filter((_, i) => i % 2 === 0) }, { key: "b", forms: forms.filter((_, i) => i % 2 === 1) }];
      expect(keyedMatches(compileKeyed(lists), t)).toEqual(keyedMatches(naiveKeyed(lists), t));
    }), { numRuns: 200 });
  });

  // A few locales of different scripts and word shapes: the form-by-form regexps of all sixteen take half a minute to compile.
  it("match what the form-by-form alternation matches, for locales' lists over the corpus", async () => {
    const texts = ["000_8ed593b27608a371", "001_6cdbbb912da3131c", "002_b00bb61414f3dd3b", "003_0768ee479c4dd0ae", "004_72ef12c861ec6d89"]
      .map((f) => readFileSync(join(__dirname, "../../corpus", `${f}.txt`), "utf8"));
    const text = texts.join("\n\n");
    for (const [code, l] of await loadLocales()) {
      if (!["en", "de", "fr", "tr", "zh"].includes(code)) continue;
      const lists = [l.triggers.map((t) => ({ key: t.id, forms: t.forms })), l.scopes.map((s, i) => ({ key: `${s.scope}#${i}`, forms: s.forms }))];
      for (const ls of lists) expect(keyedMatches(compileKeyed(ls), text), code).toEqual(keyedMatches(naiveKeyed(ls), text));
      const cues = Object.values(l.cues).filter((v): v is string[] => Array.isArray(v));
      for (const forms of [...cues, l.targetCues, l.audienceNouns]) expect(matches(compileForms(forms), text), code).toEqual(matches(naiveForms(forms), text));
    }
  });
});

describe("keyed matchers", () => {
  it("build a group's regexp only when its first word is found", () => {
    const built: string[] = [];
    const Real = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Real, { construct: (t, args: [string, string?]) => (built.push(String(args[0])), Reflect.construct(t, args)) });
    try {
      const m = compileKeyedMatcher([{ key: "ban", forms: ["ban*", "prohibit*"] }, { key: "lift", forms: ["lift* the ban", "unblock*"] }]);
      const before = built.filter((s) => s.includes("?<k0>")).length;
      expect(before).toBe(0);
      expect(m.find("They lifted the ban.").map((h) => `${h.text}=${h.key}`)).toEqual(["lifted the ban=lift"]);
      // The groups of "lift" and "ban", found in the text; not those of "prohibit" or "unblock".
      const groups = built.filter((s) => s.includes("?<k0>"));
      expect(groups).toHaveLength(2);
      expect(groups.join()).not.toMatch(/prohibit|unblock/);
    } finally {
      globalThis.RegExp = Real;
    }
  });
});

// A group of plain word forms tries its words alone first and tests the boundaries (and the rest
// of a word after a trailing "*") apart; it must answer at every position what the group's whole
// regexp, boundaries and all, answers there: the same text, the same alternative.
describe("keyed groups", () => {
  const whole = (lists: { key: string; forms: string[] }[]) => compileKeyed(lists, "yiu");
  const answer = (m: RegExpExecArray | null, keys: string[]) =>
    m && `${m[0]}=${keys[Object.entries(m.groups ?? {}).findIndex(([, v]) => v !== undefined)]}`;
  const sameEverywhere = (lists: { key: string; forms: string[] }[], text: string, positions?: number[]) => {
    const g = compileGroup(lists);
    const w = whole(lists);
    for (const at of positions ?? Array.from({ length: text.length + 1 }, (_, i) => i)) {
      w.re.lastIndex = at;
      expect(answer(g.at(text, at), g.keys), `${JSON.stringify(text)} at ${at}`).toBe(answer(w.re.exec(text), w.keys));
    }
  };

  it("answer as the whole regexp where a boundary or the rest of a word decides", () => {
    const lists = [{ key: "ban", forms: ["ban", "bans", "banned", "ban on", "bann*", "ban ... on"] }, { key: "other", forms: ["ban it", "ban-*"] }];
    for (const t of ["The ban on TikTok", "\u0345ban on TikTok", "x\u0345ban", "ban\u0345", "𝐀ban on TikTok", "ban𝐀", "anti-ban on X", "禁止ban on X", "ban禁止",
      "l'ban on", "BAN ON it", "bans, banned, banning", "banned'ban禁止", "bann'", "bann’s", "ban-ned", "ban - it", "ΑΒΓ ban", "a\u00a0ban\u2009on it", "ſban", "K ban",
      "ban the app on", "ban a b c d e on", "banſ", "bannK"]) sameEverywhere(lists, t);
  });

  const word = fc.constantFrom("ban", "bans", "the", "ban*", "app", "apps", "lift", "l'app", "über", "verbot", "TikTok", "in", "x", "-", "ß", "3", "中国", "禁止", "on*", "ſ");
  const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ").replace(/ \*/g, " "))
    .chain((f) => fc.constantFrom(f, f.replace(" ", " ... ")));
  const piece = fc.constantFrom("ban", "BANS", "banned", "on", "the", "app", "lift", "l'", "über", "ÜBER", "verbot", " ", "  ", "-", "'", "’", ", ", ".", "\u0345", "𝐀", "禁止", "中国", "ſ", "K", "é", "x", "3", "\u00a0");
  it("answer as the whole regexp at every position (property)", () => {
    fc.assert(fc.property(fc.array(form, { minLength: 1, maxLength: 6 }), fc.array(piece, { maxLength: 16 }).map((ps) => ps.join("")), (forms, t) => {
      sameEverywhere([{ key: "a", forms: forms.filter((_, i) => i % 2 === 0) }, { key: "b", forms: forms.filter((_, i) => i % 2 === 1) }], t);
    }), { numRuns: 300 });
  });

  it("answer as the whole regexp for locales' lists over the corpus, wherever a form's first word stands", async () => {
    const text = ["000_8ed593b27608a371", "001_6cdbbb912da3131c", "002_b00bb61414f3dd3b", "003_0768ee479c4dd0ae", "004_72ef12c861ec6d89"]
      .map((f) => readFileSync(join(__dirname, "../../corpus", `${f}.txt`), "utf8")).join("\n\n");
    const lower = text.toLowerCase();
    for (const [code, l] of await loadLocales()) {
      if (!["en", "de", "fr", "tr", "zh", "ar"].includes(code)) continue;
      for (const list of [...l.triggers.map((t) => ({ key: t.id, forms: t.forms })), ...l.scopes.map((s, i) => ({ key: `${s.scope}#${i}`, forms: s.forms }))]) {
        for (const f of list.forms) {
          const first = f.trim().replace(/^\*/, "").split(/\s+|\.\.\./)[0].replace(/\*$/, "").toLowerCase();
          const positions: number[] = [];
          for (let i = lower.indexOf(first); i >= 0 && first; i = lower.indexOf(first, i + 1)) positions.push(i);
          if (positions.length) sameEverywhere([list], text, positions);
        }
      }
    }
  });
});

describe("forms as a source", () => {
  it("read as the source of the compiled forms, without building them (empty: the empty pattern)", async () => {
    expect(formsSource([])).toBe(new RegExp("").source);
    expect(formsSource(["a/b", "x"])).toBe("(?:(?<![\\p{L}\\p{N}])(?:(?:a/b)|(?:x))(?![\\p{L}\\p{N}]))");
    for (const [, l] of await loadLocales()) {
      const lists = [...Object.values(l.cues).filter((v): v is string[] => Array.isArray(v)), l.targetCues, l.audienceNouns, l.dates.monthOnly, l.dates.effective];
      for (const forms of lists) expect(formsSource(forms).replace(/\//g, "\\/")).toBe(compileForms(forms).source);
    }
  });
});

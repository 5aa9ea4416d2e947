// `banwatch eval --gate` over a tiny gold folder written here, and the gate's rules on
// figures made up by hand.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkGate, readGate, type EvalResult } from "../../src/eval/run.js";
import { score, type GoldArticle } from "../../src/eval/score.js";

const ROOT = resolve(__dirname, "../..");
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/banwatch.js"), "eval", ...args], { cwd: ROOT, encoding: "utf8" });
const json = (dir: string, name: string, v: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(v));
  return f;
};

/** One article (the Belgian TikTok ban of the corpus) with gold that dates it a day early, and spells the target in capitals. */
function tinyGold(): { tmp: string; dir: string } {
  const tmp = mkdtempSync(join(tmpdir(), "banwatch-gate-"));
  const dir = join(tmp, "tiny");
  mkdirSync(dir);
  copyFileSync(join(ROOT, "corpus/000_8ed593b27608a371.txt"), join(dir, "tiny-1.txt"));
  const be = { jurisdiction: "BE", level: "national" };
  json(dir, "tiny-1.json", {
    id: "tiny-1", lang: "en", published: "2023-03-09",
    events: [
      { action: "ban", target: " TIKTOK ", actor: be, scope: "official_devices", announced: "2023-03-09", main: true },
      { action: "ban", target: "TikTok", actor: { jurisdiction: "EU" }, optional: true },
      { action: "advisory", target: "TikTok", actor: be, optional: true },
      { action: "ban", target: "TikTok", actor: { jurisdiction: "BE-VLG" }, optional: true },
    ],
  });
  return { tmp, dir };
}

describe("banwatch eval --gate", () => {
  it("fails with status 1 and names the set and figure out of bounds; --json and --split carry the sets", () => {
    const { tmp, dir } = tinyGold();
    const gate = json(tmp, "gate.json", {
      minimum: { tiny: { main_f1: 0.9, published: 0.5 }, "tiny/one": { lang: 0.9 } },
      maximum: { tiny: { announced_wrong: 0.1 }, total: { published_wrong: 0.1 }, "tiny/one": { announced_wrong: 1 } },
      measured: {}, note: "test",
    });
    const split = json(tmp, "split.json", { _: "comment", one: ["tiny-1"] });
    const r = run(dir, "--gate", gate, "--split", split, "--json");
    expect(r.status, r.stderr).toBe(1);
    const failures = r.stderr.split("\n").filter((l) => l.startsWith("banwatch eval: gate: "));
    expect(failures.map((l) => l.slice("banwatch eval: gate: ".length)).sort()).toEqual([
      "tiny: announced_wrong 1.000 is above the pinned maximum 0.100",
      "tiny: published 0.000 is below the pinned minimum 0.500",
      "total: published_wrong 1.000 is above the pinned maximum 0.100",
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.sets.map((s: { name: string }) => s.name)).toEqual(["tiny", "tiny/one"]);
    expect(out.sets[1]).toMatchObject({ part_of: "tiny", articles: 1 });
    // The capitalised gold target matched the extracted "TikTok"; the optional events cost nothing.
    expect(out.sets[0]).toMatchObject({ articles: 1, main: { tp: 1, fp: 0, fn: 0 }, all: { tp: 1, fp: 0, fn: 0 }, announced_wrong: 1, published_wrong: 1 });
    expect(out.total).toMatchObject({ articles: 1, announced_wrong: 1, published_wrong: 1 });
    expect(out.gate).toMatchObject({ passed: false, skipped: [] });
    expect(out.gate.failures).toHaveLength(3);
  });

  it("passes with status 0 within the pins, prints each set then the total, and skips pins of sets not evaluated", () => {
    const { tmp, dir } = tinyGold();
    const gate = json(tmp, "gate.json", {
      minimum: { tiny: { main_f1: 0.9, lang: 0.9 }, elsewhere: { main_f1: 0.5 } },
      maximum: { tiny: { announced_wrong: 1, published_wrong: 1 } },
    });
    const r = run(dir, "--gate", gate);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("gate: elsewhere: not evaluated, its pins are skipped");
    expect(r.stderr).toContain("gate passed");
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe(`== tiny (${dir})`);
    expect(lines).toContain("  matched events: scope 1.00, level 1.00, announced 0.00 (wrong 1.00)");
    expect(lines).toContain("== total (1 set(s): tiny)");
    expect(lines).toContain("main events: P 1.00 R 1.00 F1 1.00 (tp 1 fp 0 fn 0)");
    expect(lines.at(-1)).toBe("summary main_f1=1.00 all_f1=1.00 scope=1.00 announced=0.00 lang=1.00 published=0.00 announced_wrong=1.00 published_wrong=1.00");
  });
});

describe("gate rules", () => {
  const gold: GoldArticle[] = [{ id: "a", lang: "en", published: "2023-01-02", events: [{ action: "ban", target: "X", actor: { jurisdiction: "US" }, main: true }] }];
  const good = score(gold, [{ id: "a", lang: "en", published: "2023-01-02", events: gold[0].events }]);
  const bad = score(gold, [{ id: "a", lang: "fr", published: "2023-01-03", events: [] }]);
  const result = (sets: [string, typeof good][], total = good): EvalResult =>
    ({ dirs: [], predictions: [], warnings: [], total, sets: sets.map(([name, scores]) => ({ name, dir: name, scores, counts: undefined as never })) });

  it("reads the first, flat shape of the file as minimums of the total", () => {
    const tmp = mkdtempSync(join(tmpdir(), "banwatch-gate-"));
    const g = readGate(json(tmp, "g.json", { minimum: { main_f1: 0.9, lang: 0.99 }, measured: { main_f1: 0.92 }, note: "" }));
    expect(g).toEqual({ minimum: { total: { main_f1: 0.9, lang: 0.99 } }, maximum: {} });
    expect(() => readGate(json(tmp, "h.json", { minimum: { dev: { main_f: 0.9 } } }))).toThrow(/main_f.*is not a figure/);
  });

  it("checks each pinned set, and the total only when every pinned set was evaluated", () => {
    const gate = { minimum: { dev: { main_f1: 0.5, lang: 0.5 }, total: { main_f1: 0.5 } }, maximum: { dev: { published_wrong: 0.1 }, dev2: { published_wrong: 0.1 } } };
    expect(checkGate(result([["dev", good], ["dev2", good]]), gate)).toEqual({ failures: [], skipped: [] });
    const r = checkGate(result([["dev", bad]], bad), gate);
    expect(r.failures).toEqual([
      "dev: main_f1 0.000 is below the pinned minimum 0.500",
      "dev: lang 0.000 is below the pinned minimum 0.500",
      "dev: published_wrong 1.000 is above the pinned maximum 0.100",
    ]);
    expect(r.skipped).toEqual(["total: not checked, since dev2 not evaluated", "dev2: not evaluated, its pins are skipped"]);
  });

  it("fails a minimum on a figure that cannot be computed, never a maximum", () => {
    const none = score([{ id: "a", lang: "en", published: null, events: [] }], []);
    const r = checkGate(result([["s", none]]), { minimum: { s: { announced: 0.1 } }, maximum: { s: { announced_wrong: 0, published_wrong: 0 } } });
    expect(r.failures).toEqual(["s: announced n/a is below the pinned minimum 0.100"]);
  });
});

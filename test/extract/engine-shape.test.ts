// The engine stays readable: no function under src/extract runs to 60 lines or more
// (the layout-based reader of src/util/function-lengths.ts measures them).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { functionLengths } from "../../src/util/function-lengths.js";

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".ts") ? [join(d, f)] : []));

describe("engine shape", () => {
  it("measures functions by their layout, multi-line signatures included", () => {
    const src = ["export function a(x: number,", "  y: number): number {", "  return x + y;", "}", "const b = (s: string) => {", ...Array(70).fill("  s;"), "};"].join("\n");
    expect(functionLengths(src)).toEqual([{ name: "a", line: 1, lines: 4 }, { name: "b", line: 5, lines: 72 }]);
  });
  it("keeps every function of src/extract under 60 lines", () => {
    const long = walk("src/extract").flatMap((f) => functionLengths(readFileSync(f, "utf8")).filter((x) => x.lines >= 60).map((x) => `${f}:${x.line} ${x.name} (${x.lines} lines)`));
    expect(long).toEqual([]);
  });
});

// furnitureByName remembers its answer per "class id" (a page repeats its class names): the
// answers are those of the name alone, whatever was asked before and however often.
import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { furnitureByName, AMBIGUOUS, LIKELY, SURE } from "../../../src/content/html/blocks.js";

const el = (cls?: string, id?: string) => ({ attribs: { ...(cls !== undefined ? { class: cls } : {}), ...(id !== undefined ? { id } : {}) } }) as unknown as Element;

describe("furnitureByName", () => {
  const cases: [string | undefined, string | undefined, number][] = [
    ["sidebar", undefined, LIKELY], ["entry-content", undefined, 0], ["comment-content", undefined, SURE],
    ["meta", undefined, AMBIGUOUS], [undefined, undefined, 0], ["post author-matt", "sidebar", LIKELY],
  ];
  it("gives the same answer asked once, again, and in another order", () => {
    const first = cases.map(([c, i]) => furnitureByName(el(c, i)));
    const again = [...cases].reverse().map(([c, i]) => furnitureByName(el(c, i))).reverse();
    expect(again).toEqual(first);
    expect(first).toEqual(cases.map((x) => x[2]));
  });
  it("keeps its answers when many unique names empty the memory", () => {
    for (let i = 0; i < 60_000; i++) furnitureByName(el(`unique-name-${i}`));
    expect(cases.map(([c, i]) => furnitureByName(el(c, i)))).toEqual(cases.map((x) => x[2]));
  });
});

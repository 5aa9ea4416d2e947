// cheerio's `load` is taken from the file of the package that defines it, not through the
// package's entry (which also loads undici for fetching): it must be the very same function.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { loadCheerio } from "../../../src/content/html/libraries.js";

describe("the HTML libraries", () => {
  it("cheerio's load is the one the package exports", () => {
    const own = loadCheerio();
    expect(own).toBe((createRequire(import.meta.url)("cheerio") as { load: unknown }).load);
    expect(own("<p>Ban <b>TikTok</b></p>")("b").text()).toBe("TikTok");
  });
});

// How short an article may be: 80 characters, or 14 words as the segmenter counts them,
// so that a Chinese news brief (few characters, many words) is read, not rejected.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/index.js";
import { isRejection } from "../../src/types.js";

describe("short articles", () => {
  it("reads a Chinese brief of under 80 characters", async () => {
    const r = await extractArticle(" date 2024-01-10 中国政府禁止抖音。据报道，该禁令立即生效，所有用户都无法再访问该应用程序。");
    expect(isRejection(r)).toBe(false);
    if (isRejection(r)) return;
    expect(r.events.map((e) => `${e.actor.jurisdiction}|${e.target}|${e.action}`)).toContain("CN|TikTok|ban");
  });
  it("still rejects a few words of a spaced script", async () => {
    const r = await extractArticle("Belgium bans TikTok.");
    expect(isRejection(r)).toBe(true);
  });
});

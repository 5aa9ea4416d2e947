import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("id locale", () => {
  it("finds 'melarang' with the longer name TikTok Shop", async () => {
    const evs = await events("id", null, [
      "Pemerintah kini resmi melarang kegiatan social commerce di Indonesia, termasuk platform TikTok Shop.",
    ], "2023-09-27");
    expect(keys(evs)).toEqual(["ID|TikTok Shop|ban"]);
    expect(find(evs, "ID|TikTok Shop|ban")?.main).toBe(true);
  });
  it("reads 'mencabut larangan' as a lift", async () => {
    expect(keys(await events("id", null, ["Pemerintah mencabut larangan terhadap TikTok."]))).toEqual(["ID|TikTok|lift"]);
  });
  it("negation and hypotheticals are not bans", async () => {
    expect(keys(await events("id", null, ["Pemerintah tidak melarang TikTok."]))).toEqual([]);
    expect(keys(await events("id", null, ["Jika pemerintah melarang TikTok, pedagang akan rugi."]))).toEqual([]);
  });
});

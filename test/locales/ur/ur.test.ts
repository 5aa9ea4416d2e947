import { describe, expect, it } from "vitest";
import { events, keys } from "../helpers.js";

describe("ur locale", () => {
  it("reads 'بحال کرنے' (restored) as a lift by the PTA", async () => {
    const evs = await events("ur", null, ["پاکستان ٹیلی کمیونیکیشن اتھارٹی نے ٹک ٹاک کو مشروط بحال کرنے کا اعلان کر دیا ۔"]);
    expect(keys(evs)).toEqual(["PK|TikTok|lift"]);
  });
  it("reads 'پابندی عائد' as a ban", async () => {
    const evs = await events("ur", null, ["پی ٹی اے کی جانب سے ٹک ٹاک پر پابندی عائد کر دی گئی ۔"]);
    expect(keys(evs)).toEqual(["PK|TikTok|ban"]);
  });
  it("a sentence without a ban yields nothing", async () => {
    expect(keys(await events("ur", null, ["ٹک ٹاک ایک مشہور ویڈیو شیئرنگ ایپ ہے ۔"]))).toEqual([]);
  });
});

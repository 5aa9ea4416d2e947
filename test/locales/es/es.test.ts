import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("es locale", () => {
  it("finds a ban on official phones with a past weekday", async () => {
    const evs = await events("es", "Canadá prohíbe TikTok", [
      "El gobierno canadiense prohibió el lunes TikTok en los teléfonos oficiales de los funcionarios.",
    ], "2023-03-01");
    const e = find(evs, "CA|TikTok|ban")!;
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-02-27");
  });
  it("'planea' is a proposal; negation is not a ban", async () => {
    expect(keys(await events("es", null, ["El gobierno español planea prohibir TikTok."]))).toEqual(["ES|TikTok|proposal"]);
    expect(keys(await events("es", null, ["España no prohibirá TikTok."]))).toEqual([]);
  });
  it("a judge blocking the order is a lift; coordinations give one event each", async () => {
    expect(keys(await events("es", null, ["Una jueza de Estados Unidos bloqueó la orden que prohibía WeChat."]))).toContain("US|WeChat|lift");
    expect(keys(await events("es", null, ["Estados Unidos prohibió TikTok y WeChat."]))).toEqual(["US|TikTok|ban", "US|WeChat|ban"]);
  });
});

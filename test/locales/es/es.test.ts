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

describe("es deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    expect(keys(await events("es", null, ["La CNMC prohibió Telegram."]))).toEqual(["ES|Telegram|ban"]);
  });
  it("reads a lifted block as a lift", async () => {
    expect(keys(await events("es", null, ["El Gobierno de Turquía levantó el bloqueo de Instagram."]))).toContain("TR|Instagram|lift");
    expect(keys(await events("es", null, ["Instagram vuelve a estar disponible en Turquía."]))).toContain("TR|Instagram|lift");
  });
  it("reads sales bans as public, age limits as minors, schools as other", async () => {
    expect(find(await events("es", null, ["Indonesia prohíbe la venta de Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("es", null, ["Australia prohíbe TikTok a los menores de 16 años."]), "AU|TikTok|ban")!.scope).toBe("minors");
    expect(find(await events("es", null, ["España prohíbe TikTok en las aulas."]), "ES|TikTok|ban")!.scope).toBe("other");
  });
});

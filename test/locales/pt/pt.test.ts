import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";
import { Trace } from "../../../src/extract/trace.js";

describe("pt locale", () => {
  it("finds a ban with an effective date", async () => {
    const evs = await events("pt", "EUA proíbem TikTok", [
      "O Congresso dos Estados Unidos proibiu o TikTok a partir de 19 de janeiro.",
    ], "2025-01-10");
    const e = find(evs, "US|TikTok|ban")!;
    expect(e.effective).toBe("2025-01-19");
  });
  it("suspending the ban is a lift, with its duration", async () => {
    const evs = await events("pt", null, ["Donald Trump assinou uma ordem que suspende por 75 dias a proibição do TikTok."], "2025-01-21");
    const e = find(evs, "US|TikTok|lift")!;
    expect(e).toBeDefined();
    expect(e.duration).toBe("P75D");
  });
  it("'restaurantes' and 'exclusivamente' are no triggers (the verbs' forms are listed, not 'restaur*', 'exclu*')", async () => {
    const trace = new Trace();
    await events("pt", null, ["O governo reabriu os restaurantes que vendiam álcool.", "O Telegram foi restaurado no Brasil.",
      "A cerveja será vendida exclusivamente nas arenas.", "O governo excluiu a Huawei da rede 5G."], "2022-11-18", trace);
    const forms = trace.sentences.flatMap((s) => s.triggers.map((t) => t.form.toLowerCase()));
    expect(forms).not.toContain("restaurantes");
    expect(forms).not.toContain("exclusivamente");
    expect(forms).toContain("restaurado");
    expect(forms).toContain("excluiu");
  });
  it("negation and hypotheticals are not bans", async () => {
    expect(keys(await events("pt", null, ["Portugal não proibiu o TikTok."]))).toEqual([]);
    expect(keys(await events("pt", null, ["Se o Brasil proibir o TikTok, haverá protestos."]))).toEqual([]);
  });
});

describe("pt deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    expect(keys(await events("pt", null, ["A Anatel bloqueou o Telegram."]))).toEqual(["BR|Telegram|ban"]);
  });
  it("reads an overturned order and an unblocking as lifts", async () => {
    expect(keys(await events("pt", null, ["O STF determinou o desbloqueio do Telegram."]))).toContain("BR|Telegram|lift");
    expect(keys(await events("pt", null, ["O desembargador do TRF-2 derrubou a ordem de suspensão do Telegram."]))).toContain("BR|Telegram|lift");
  });
  it("reads sales bans as public, age limits as minors, schools as other", async () => {
    expect(find(await events("pt", null, ["A Indonésia proíbe a venda de Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("pt", null, ["A Austrália proíbe o TikTok para menores de 16 anos."]), "AU|TikTok|ban")!.scope).toBe("minors");
    expect(find(await events("pt", null, ["Portugal proíbe o TikTok nas escolas."]), "PT|TikTok|ban")!.scope).toBe("other");
  });
});

import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("nl locale", () => {
  it("finds a ban with a weekday compound and 'per direct'", async () => {
    const evs = await events("nl", "Kabinet verbiedt TikTok op werktelefoons", [
      "Het kabinet heeft donderdagochtend per direct TikTok verboden op de werktelefoons van rijksambtenaren.",
    ], "2023-02-24");
    const e = find(evs, "NL|TikTok|ban")!;
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-02-23");
    expect(e.effective).toBe("2023-02-23");
  });
  it("reads 'ontraden' as advisory", async () => {
    const evs = await events("nl", null, ["Het kabinet ontraadt rijksambtenaren om TikTok op hun werktelefoon te gebruiken."]);
    expect(keys(evs)).toEqual(["NL|TikTok|advisory"]);
  });
  it("negation and hypotheticals are not bans", async () => {
    expect(keys(await events("nl", null, ["De regering gaat TikTok niet verbieden."]))).toEqual([]);
    expect(keys(await events("nl", null, ["Als België TikTok zou verbieden, volgen andere landen."]))).toEqual([]);
  });
  it("reads 'wil' as a proposal", async () => {
    expect(keys(await events("nl", null, ["De Tweede Kamer wil TikTok verbieden op werktelefoons."]))).toEqual(["NL|TikTok|proposal"]);
  });
  it("reads lifting as a lift", async () => {
    expect(keys(await events("nl", null, ["Pakistan heeft het verbod op TikTok opgeheven."]))).toContain("PK|TikTok|lift");
  });
  it("keeps a duration 'zes maanden'", async () => {
    const e = (await events("nl", null, ["België verbiedt TikTok voor zes maanden op diensttelefoons."]))[0];
    expect(e.duration).toBe("P6M");
  });
});

describe("nl deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    const e = find(await events("nl", null, ["De Autoriteit Persoonsgegevens verbiedt TikTok."]), "NL|TikTok|ban")!;
    expect(e.actor.name).toBe("Dutch Data Protection Authority");
  });
  it("reads a lifted blockade as a lift", async () => {
    expect(keys(await events("nl", null, ["Turkije heeft de blokkade van Instagram opgeheven."]))).toContain("TR|Instagram|lift");
    expect(keys(await events("nl", null, ["Turkije maakt een einde aan het verbod op Instagram."]))).toContain("TR|Instagram|lift");
  });
  it("reads sales bans as public, age limits as minors, networks as other", async () => {
    expect(find(await events("nl", null, ["Indonesië verbiedt de verkoop van Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("nl", null, ["Australië verbiedt TikTok voor jongeren jonger dan 16 jaar."]), "AU|TikTok|ban")!.scope).toBe("minors");
    expect(find(await events("nl", null, ["Nederland weert Huawei uit het 5G-netwerk."]), "NL|Huawei|ban")!.scope).toBe("other");
  });
});

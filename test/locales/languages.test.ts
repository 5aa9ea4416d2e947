// Every locale folder must be reachable: franc may return its language (the closed set in
// src/language/codes.ts) and the gazetteer knows country names in it.
import { describe, expect, it } from "vitest";
import { loadLocales } from "../../src/locales/index.js";
import { ISO3_TO_1 } from "../../src/language/codes.js";
import { detectText } from "../../src/language/detect.js";
import { countryNames } from "../../src/gazetteer/jurisdictions.js";

describe("locales and the language detector", () => {
  it("every locale's franc code is in the detector's closed set and maps back to the locale", async () => {
    for (const [code, l] of await loadLocales()) expect(ISO3_TO_1[l.franc], code).toBe(code);
  });
  it("detects the newer languages from one news sentence", () => {
    expect(detectText("حظرت الحكومة الباكستانية تطبيق تيك توك في جميع أنحاء البلاد بعد قرار من المحكمة.")).toBe("ar");
    expect(detectText("Bilgi Teknolojileri ve İletişim Kurumu, Instagram'a erişim engeli getirdiğini açıkladı.")).toBe("tr");
    expect(detectText("Роскомнадзор заблокировал доступ к социальной сети Instagram на территории России.")).toBe("ru");
    expect(detectText("Suomen hallitus kielsi TikTokin käytön ministeriöiden työpuhelimissa perjantaina.")).toBe("fi");
    expect(detectText("El govern de Veneçuela ha bloquejat la xarxa social durant una setmana per ordre del president.")).toBe("ca");
    expect(detectText("美国政府宣布禁止在政府设备上使用抖音，该禁令立即生效。")).toBe("zh");
  });
});

describe("country names for every locale", () => {
  it("each locale gets country names in its own language (i18n-iso-countries has them all)", async () => {
    for (const code of (await loadLocales()).keys()) expect(countryNames(code).size, code).toBeGreaterThan(200);
  });
  it("names in the newer languages", () => {
    expect(countryNames("tr").get("Pakistan")).toBe("PK");
    expect(countryNames("ar").get("الصين")).toBe("CN");
    expect(countryNames("ru").get("Турция")).toBe("TR");
    expect(countryNames("fi").get("Venäjä")).toBe("RU");
    expect(countryNames("ca").get("Veneçuela")).toBe("VE");
    expect(countryNames("zh").get("印度")).toBe("IN");
  });
  it("a language i18n-iso-countries does not have gets no names (English names still apply)", () => {
    expect(countryNames("xx").size).toBe(0);
    expect(countryNames("en").get("Turkey") ?? countryNames("en").get("Türkiye")).toBe("TR");
  });
});

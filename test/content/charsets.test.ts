// Issue 14 item 7 and issue 16 rows 9-11: undeclared legacy charsets, UTF-16/32 without
// a BOM, NUL bytes and broken UTF-8 (each case failed before: read as windows-1252 or kept NULs).
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeHtml, utf8Survey } from "../../src/content/html/decode.js";
import { checkBytes } from "../../src/content/guards.js";
import { buildArticle } from "../../src/content/article.js";
import { isRejection, type RawDocument } from "../../src/types.js";

const SENTENCES: [string, string][] = [
  ["windows-1251", "Правительство Бельгии запретило использование приложения TikTok на служебных телефонах государственных служащих."],
  ["koi8-r", "Правительство Бельгии запретило использование приложения TikTok на служебных телефонах государственных служащих."],
  ["iso-8859-2", "Rząd zakazał używania aplikacji TikTok na służbowych telefonach urzędników państwowych, poinformował w piątek minister cyfryzacji."],
  ["shift_jis", "ベルギー政府は、公務員の業務用携帯電話でのTikTokの使用を禁止しました。"],
  ["gb18030", "比利时政府禁止公务员在工作手机上使用抖音国际版应用程序。"],
  ["euc-kr", "벨기에 정부는 공무원의 업무용 휴대전화에서 틱톡 사용을 금지했습니다."],
  ["iso-8859-7", "Η κυβέρνηση του Βελγίου απαγόρευσε τη χρήση της εφαρμογής TikTok στα υπηρεσιακά τηλέφωνα των δημοσίων υπαλλήλων."],
];

const raw = (bytes: Uint8Array, name: string, contentType: string | null = null): RawDocument =>
  ({ uri: `file:///t/${name}`, id: name, fetchedAt: "2024-01-01T00:00:00Z", contentType, bytes, sha256: "x" });

describe("undeclared legacy charsets go to the detector, not to windows-1252", () => {
  for (const [cs, sentence] of SENTENCES) {
    it(`${cs}: a real sentence reads right without any declaration`, () => {
      const bytes = iconv.encode(sentence, cs);
      expect(decodeHtml(bytes).text).toBe(sentence);
      const html = iconv.encode(`<html><body><p>${sentence}</p></body></html>`, cs);
      expect(decodeHtml(html).text).toContain(sentence);
    });
  }

  it("a Russian windows-1251 text export is read as Russian", () => {
    const body = `Бельгия запретила TikTok на служебных телефонах\n\n${SENTENCES[0][1]} Решение вступает в силу немедленно, сообщил премьер-министр на пресс-конференции в Брюсселе.`;
    const a = buildArticle(raw(iconv.encode(body, "windows-1251"), "ru.txt", "text/plain"));
    if (isRejection(a)) throw new Error(a.detail);
    expect(a.lang).toBe("ru");
    expect(a.text).toContain("служебных телефонах");
  });

  it("a Polish ISO-8859-2 page without a meta charset is read as Polish", () => {
    const p = SENTENCES[2][1];
    const html = `<html><head><title>TikTok zakazany</title></head><body><article><h1>TikTok zakazany w administracji</h1><p>${p}</p><p>${p} Decyzja obowiązuje od poniedziałku.</p></article></body></html>`;
    const a = buildArticle(raw(iconv.encode(html, "iso-8859-2"), "pl.html", "text/html"));
    if (isRejection(a)) throw new Error(a.detail);
    expect(a.lang).toBe("pl");
    expect(a.text).toContain("służbowych telefonach");
  });
});

describe("UTF-16 and UTF-32 without a BOM", () => {
  const page = "<html><body><p>Le gouvernement belge interdit TikTok sur les téléphones de service.</p></body></html>";
  for (const cs of ["utf-16le", "utf-16be", "utf-32le", "utf-32be"]) {
    it(`${cs} is recognised by its NUL pattern, not rejected as binary`, () => {
      const bytes = iconv.encode(page, cs);
      expect(checkBytes(bytes, 1e6)).toBeNull();
      const d = decodeHtml(bytes);
      expect(d.charset).toBe(cs);
      expect(d.text).toBe(page);
    });
  }
});

describe("NUL bytes", () => {
  const text = "A".repeat(2000) + " The Belgian government banned TikTok. ";
  it("a stray NUL after the first KB of text is removed, the text kept", () => {
    const bytes = new TextEncoder().encode(text + "\u0000" + text);
    expect(checkBytes(bytes, 1e6)).toBeNull();
    expect(decodeHtml(bytes).text).toBe(text + text);
  });
  it("bytes full of NULs beyond the first KB are binary", () => {
    const bytes = new Uint8Array(20000);
    bytes.set(new TextEncoder().encode(text));
    expect(checkBytes(bytes, 1e6)).toMatchObject({ reason: "binary" });
  });
});

describe("broken UTF-8 is decoded per byte, never as another charset", () => {
  it("one invalid byte in a UTF-8 file", () => {
    const good = new TextEncoder().encode("Les téléphones de service: la décision du gouvernement belge");
    const bytes = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const d = decodeHtml(bytes, "text/html; charset=utf-8");
    expect(d.charset).toBe("utf-8");
    expect(d.text).toContain("décision du gouvernement");
    expect(d.text).toContain("\ufffd");
    expect(d.text).not.toContain("Ã©");
  });
  it("a UTF-8 file cut inside a character keeps the rest readable", () => {
    const bytes = new TextEncoder().encode("téléphones interdits à Bruxelles € ");
    const cut = new Uint8Array([...bytes, ...bytes.subarray(0, 2), ...bytes.subarray(3)]); // é cut in the middle
    expect(utf8Survey(cut).invalid).toBeGreaterThan(0);
    const d = decodeHtml(cut);
    expect(d.charset).toBe("utf-8");
    expect(d.text).toContain("interdits à Bruxelles €");
  });
});

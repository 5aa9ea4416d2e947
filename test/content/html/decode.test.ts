import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeHtml } from "../../../src/content/html/index.js";
import { utf8Status } from "../../../src/content/html/decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeHtml", () => {
  it("uses the HTTP header charset", () => {
    const bytes = iconv.encode("<p>Grüße aus Köln</p>", "windows-1252");
    expect(decodeHtml(bytes, "text/html; charset=ISO-8859-1")).toEqual({ text: "<p>Grüße aus Köln</p>", charset: "windows-1252" });
  });
  it("a BOM wins over everything", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>é</p>")]);
    expect(decodeHtml(bytes, "text/html; charset=windows-1251").text).toBe("<p>é</p>");
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode("<p>ж</p>", "utf-16le")]);
    expect(decodeHtml(le).text).toBe("<p>ж</p>");
  });
  it("reads <meta charset> and http-equiv declarations", () => {
    const cyr = iconv.encode('<meta charset="windows-1251"><p>Запрет</p>', "windows-1251");
    expect(decodeHtml(cyr).text).toContain("Запрет");
    const httpEquiv = iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Запрет</p>', "koi8-r");
    expect(decodeHtml(httpEquiv)).toMatchObject({ charset: "koi8-r" });
    expect(decodeHtml(httpEquiv).text).toContain("Запрет");
  });
  it("a wrong ISO-8859-1 declaration over UTF-8 bytes does not garble the text", () => {
    const bytes = utf8('<meta charset="iso-8859-1"><p>Kosovo’s “status” — Rücker</p>');
    const d = decodeHtml(bytes, "text/html; charset=iso-8859-1");
    expect(d.charset).toBe("utf-8");
    expect(d.text).toContain("Kosovo’s “status” — Rücker");
  });
  it("a UTF-8 declaration over Latin-1 bytes falls back to windows-1252", () => {
    const bytes = iconv.encode('<meta charset="utf-8"><p>café “x”</p>', "windows-1252");
    expect(decodeHtml(bytes).text).toContain("café “x”");
  });
  it("no declaration: UTF-8 when valid, else windows-1252", () => {
    expect(decodeHtml(utf8("<p>naïve</p>")).charset).toBe("utf-8");
    expect(decodeHtml(iconv.encode("<p>naïve</p>", "latin1")).text).toBe("<p>naïve</p>");
  });
  it("a multibyte sequence cut at the end is truncation, not a wrong charset", () => {
    const b = utf8("<p>é€");
    expect(utf8Status(b.subarray(0, b.length - 1))).toEqual({ valid: true, multibyte: true });
  });
});

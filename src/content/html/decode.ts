// Bytes -> text with the right charset. Order: BOM, HTTP header, <meta>, then detection.
// A declaration is a claim, not a fact: pages that declare a single-byte charset but are
// valid UTF-8 with multibyte sequences are decoded as UTF-8, and a UTF-8 declaration over
// bytes that are not UTF-8 falls back to windows-1252 (what browsers do for Latin-1 labels).
import iconv from "iconv-lite";
import { CHARSET_PRESCAN_BYTES } from "./constants.js";

export interface Decoded {
  text: string;
  charset: string; // the charset actually used, lower case ("utf-8", "windows-1252", ...)
}

/** WHATWG maps these labels to windows-1252, which is a superset for printable text. */
const LATIN1_LABELS = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252"]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]);

export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!l) return null;
  if (UTF8_LABELS.has(l)) return "utf-8";
  if (LATIN1_LABELS.has(l)) return "windows-1252";
  if (l === "utf-16" || l === "utf-16le") return "utf-16le";
  if (l === "utf-16be") return "utf-16be";
  if (l === "x-sjis" || l === "shift-jis") return "shift_jis";
  if (l === "gb2312" || l === "x-gbk") return "gbk";
  return iconv.encodingExists(l) ? l : null;
}

/** charset=... out of a Content-Type value. */
export function charsetFromContentType(ct: string | null | undefined): string | null {
  const m = ct ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct) : null;
  return m ? normalizeCharset(m[1]) : null;
}

function charsetFromBom(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** <meta charset=x> or <meta http-equiv=content-type content="...; charset=x"> in the first bytes. */
export function charsetFromMeta(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, CHARSET_PRESCAN_BYTES)).toString("latin1");
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      const cs = normalizeCharset(direct[1]);
      if (cs) return cs;
    }
  }
  return null;
}

/** Strict UTF-8 validity (a sequence cut at the very end is tolerated) and whether any multibyte sequence occurs. */
export function utf8Status(b: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let len: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { len = 2; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; min = 0x10000; }
    else return { valid: false, multibyte };
    if (i + len > n) return { valid: true, multibyte }; // truncated at the end: the page was cut, not mis-encoded
    let cp = c & (0x7f >> len);
    for (let k = 1; k < len; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return { valid: false, multibyte };
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { valid: false, multibyte };
    multibyte = true;
    i += len;
  }
  return { valid: true, multibyte };
}

const utf8Decoder = new TextDecoder("utf-8");

function decodeWith(b: Uint8Array, charset: string): string {
  if (charset === "utf-8") return utf8Decoder.decode(b);
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), charset);
}

/**
 * Decode HTML bytes. contentType is the HTTP Content-Type header when known.
 * Exported for the crawler: the same rules apply to any fetched HTML.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.skip), bom.charset), charset: bom.charset };

  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  if (declared === "utf-16le" || declared === "utf-16be") {
    // A UTF-16 declaration inside an ASCII-compatible document is a lie (HTML standard: treat as UTF-8).
    const looksUtf16 = bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0);
    if (looksUtf16) return { text: decodeWith(bytes, declared), charset: declared };
  }
  const st = utf8Status(bytes);
  // Valid UTF-8 with real multibyte text is UTF-8 whatever the label says; pure ASCII is
  // the same in every ASCII-compatible charset, so the declaration may stand.
  if (st.valid && (st.multibyte || !declared || declared === "utf-8" || declared.startsWith("utf-16"))) {
    return { text: decodeWith(bytes, "utf-8"), charset: "utf-8" };
  }
  if (declared && declared !== "utf-8" && !declared.startsWith("utf-16")) {
    return { text: decodeWith(bytes, declared), charset: declared };
  }
  // Declared UTF-8 (or nothing) but not valid UTF-8: the commonest real case is Latin-1/cp1252.
  return { text: decodeWith(bytes, "windows-1252"), charset: "windows-1252" };
}

// Bytes -> text with the right charset. Order: BOM, UTF-16/32 by their NUL pattern, HTTP
// header, <meta>, then the bytes themselves. A declaration is a claim, not a fact: valid
// UTF-8 with multibyte sequences is UTF-8 whatever the page declares; UTF-8 with a few
// broken bytes stays UTF-8 (each broken byte becomes U+FFFD); undeclared bytes that are
// not UTF-8 go to a statistical detector (jschardet) before the windows-1252 fallback.
import { createRequire } from "node:module";
import type * as Iconv from "iconv-lite";
import type * as Jschardet from "jschardet";
import { CHARSET_PRESCAN_BYTES } from "./constants.js";

// iconv-lite and jschardet are required on first use: UTF-8 text (most inputs) needs neither,
// and loading them took some 75 ms of a one-file `banwatch extract`. jschardet's CommonJS
// build is one file, the same code as its ESM tree of modules, and loads in a third of the time.
const require = createRequire(import.meta.url);
let iconvLoaded: typeof Iconv | null = null;
let jschardetLoaded: typeof Jschardet | null = null;
const iconv = () => (iconvLoaded ??= require("iconv-lite") as typeof Iconv);
const jschardet = () => (jschardetLoaded ??= require("jschardet") as typeof Jschardet);

export interface Decoded {
  text: string;
  charset: string; // the charset actually used, lower case ("utf-8", "windows-1252", ...)
}

/** WHATWG maps these labels to windows-1252, which is a superset for printable text. */
const LATIN1_LABELS = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252"]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]);
/** How many bytes the UTF-16/32 sniff and the detector look at. */
const SNIFF_BYTES = 4096;
const DETECT_BYTES = 64 * 1024;
/** A detector guess below this confidence is too little evidence (a short text): windows-1252 stands. */
const MIN_DETECT_CONFIDENCE = 0.1;

export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!l) return null;
  if (UTF8_LABELS.has(l)) return "utf-8";
  if (LATIN1_LABELS.has(l)) return "windows-1252";
  if (l === "utf-16" || l === "utf-16le") return "utf-16le";
  if (l === "utf-16be") return "utf-16be";
  if (l === "x-sjis" || l === "shift-jis" || l === "cp932") return "shift_jis";
  if (l === "gb2312" || l === "x-gbk") return "gbk";
  if (l === "cp949") return "euc-kr";
  return iconv().encodingExists(l) ? l : null;
}

/** charset=... out of a Content-Type value. */
export function charsetFromContentType(ct: string | null | undefined): string | null {
  const m = ct ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct) : null;
  return m ? normalizeCharset(m[1]) : null;
}

function charsetFromBom(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { charset: "utf-32le", skip: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { charset: "utf-32be", skip: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/**
 * UTF-16 or UTF-32 without a BOM, told by where the NUL bytes fall: text and markup are
 * mostly ASCII, so one byte of each 2 (or three of each 4) is NUL in a fixed position.
 */
export function sniffWideUnicode(b: Uint8Array): "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~3;
  if (n < 8) return null;
  const nulAt = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) nulAt[i & 3]++;
  const quarter = n / 4;
  const share = nulAt.map((c) => c / quarter);
  const high = (k: number) => share[k] > 0.6;
  const low = (k: number) => share[k] < 0.1;
  if (high(1) && high(2) && high(3) && low(0)) return "utf-32le";
  if (high(0) && high(1) && high(2) && low(3)) return "utf-32be";
  if (high(1) && high(3) && low(0) && low(2)) return "utf-16le";
  if (high(0) && high(2) && low(1) && low(3)) return "utf-16be";
  return null;
}

/** <meta charset=x> or <meta http-equiv=content-type content="...; charset=x"> in the first bytes. */
export function charsetFromMeta(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, CHARSET_PRESCAN_BYTES)).toString("latin1");
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    const cs = direct ? normalizeCharset(direct[1]) : null;
    if (cs) return cs;
  }
  return null;
}

/** Counts well-formed multibyte UTF-8 sequences and broken ones (a sequence cut at the very end is not broken). */
export function utf8Survey(b: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) { invalid++; i++; continue; }
    if (i + len > n && tailIsPrefix(b, i)) break; // the page was cut, not mis-encoded
    if (wellFormed(b, i, len)) { multibyte++; i += len; } else { invalid++; i++; }
  }
  return { multibyte, invalid };
}

function tailIsPrefix(b: Uint8Array, i: number): boolean {
  for (let k = i + 1; k < b.length; k++) if ((b[k] & 0xc0) !== 0x80) return false;
  return true;
}

function wellFormed(b: Uint8Array, i: number, len: number): boolean {
  if (i + len > b.length) return false;
  let cp = b[i] & (0x7f >> len);
  for (let k = 1; k < len; k++) {
    const cc = b[i + k];
    if ((cc & 0xc0) !== 0x80) return false;
    cp = (cp << 6) | (cc & 0x3f);
  }
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  return cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}

/** Strict UTF-8 validity (a sequence cut at the very end is tolerated) and whether any multibyte sequence occurs. */
export function utf8Status(b: Uint8Array): { valid: boolean; multibyte: boolean } {
  const s = utf8Survey(b);
  return { valid: s.invalid === 0, multibyte: s.multibyte > 0 };
}

/** The detector's guess for bytes that are not UTF-8, as an iconv-lite name; null when it has none. */
export function detectCharset(b: Uint8Array): string | null {
  const guesses = jschardet().detectAll(b.subarray(0, DETECT_BYTES));
  const top = guesses[0];
  if (!top || top.confidence < MIN_DETECT_CONFIDENCE) return null;
  // Latin-1 text scores the same under many Latin charsets; the web's default wins a tie.
  const tie = guesses.some((g) => normalizeCharset(g.encoding) === "windows-1252" && g.confidence >= top.confidence * 0.99);
  const cs = tie ? "windows-1252" : normalizeCharset(top.encoding);
  return cs && cs !== "utf-8" && cs !== "ascii" ? cs : null;
}

const utf8Decoder = new TextDecoder("utf-8"); // not fatal: each broken sequence becomes U+FFFD

function decodeWith(b: Uint8Array, charset: string): string {
  if (charset === "utf-8") return utf8Decoder.decode(b);
  return iconv().decode(Buffer.from(b.buffer, b.byteOffset, b.length), charset);
}

/** Which charset the bytes are in, BOM and NUL patterns already ruled out. */
function chooseCharset(bytes: Uint8Array, declared: string | null): string {
  const s = utf8Survey(bytes);
  // Valid UTF-8 with real multibyte text is UTF-8 whatever the label says; pure ASCII is
  // the same in every ASCII-compatible charset, so the declaration may stand.
  if (s.invalid === 0 && (s.multibyte > 0 || !declared || declared === "utf-8")) return "utf-8";
  if (declared && declared !== "utf-8") return declared;
  // UTF-8 with a few broken bytes (a cut or a bad copy) is still UTF-8: never switch the whole file.
  // Legacy charsets almost never form well-formed multibyte sequences, so these outnumber the broken ones only in UTF-8.
  if (s.multibyte > 0 && s.invalid <= s.multibyte) return "utf-8";
  return detectCharset(bytes) ?? "windows-1252";
}

/**
 * Decode HTML (or text) bytes. contentType is the HTTP Content-Type header when known.
 * NUL characters are removed from the text: they are never content.
 * Exported for the crawler: the same rules apply to any fetched HTML.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const { text, charset } = decodeRaw(bytes, contentType);
  return { text: text.includes("\u0000") ? text.replace(/\u0000/g, "") : text, charset };
}

function decodeRaw(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.skip), bom.charset), charset: bom.charset };
  const wide = sniffWideUnicode(bytes);
  if (wide) return { text: decodeWith(bytes, wide), charset: wide };
  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  // A UTF-16 declaration over bytes without its NUL pattern is a lie (HTML standard: treat as UTF-8).
  const usable = declared?.startsWith("utf-16") || declared?.startsWith("utf-32") ? null : declared;
  const charset = chooseCharset(bytes, usable);
  return { text: decodeWith(bytes, charset), charset };
}

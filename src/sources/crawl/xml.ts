// Shared XML reading for feeds and sitemaps: bytes -> string (declared encoding
// honoured) -> plain object tree with namespace prefixes removed.
import { XMLParser } from "fast-xml-parser";
import iconv from "iconv-lite";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true, // rdf:RDF -> RDF, news:news -> news, dc:date -> date
  isArray: (name) => ["item", "entry", "link", "url", "sitemap"].includes(name),
  parseTagValue: false, // keep "2023" a string
  trimValues: true,
  processEntities: true,
});

export function decodeXml(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), "utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), "utf16be");
  const decl = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(buf.subarray(0, 200).toString("latin1"));
  const enc = decl?.[1];
  return enc && iconv.encodingExists(enc) && !/^utf-?8$/i.test(enc) ? iconv.decode(buf, enc) : buf.toString("utf8");
}

/** The parsed document, or null when it is not well-formed XML. */
export function parseXml(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    return parser.parse(decodeXml(bytes)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Text content of a node that may be a string or {#text, @_attr}. */
export function text(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === "string" || typeof node === "number") return String(node).trim() || undefined;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "object") return text((node as Record<string, unknown>)["#text"]);
  return undefined;
}

/** A date string as ISO 8601, or undefined when unreadable. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Looks like XML rather than HTML: worth trying the feed and sitemap readers. */
export function looksLikeXml(contentType: string | null, bytes: Uint8Array): boolean {
  if (contentType && /xml|rss|atom/i.test(contentType) && !/xhtml/i.test(contentType)) return true;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString("latin1");
  return /^\uFEFF?\s*(<\?xml|<rss|<feed|<rdf:RDF|<urlset|<sitemapindex)/i.test(head.replace(/^\xEF\xBB\xBF/, ""))
    && !/<html/i.test(head);
}

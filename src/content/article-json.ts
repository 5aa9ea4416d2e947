// Articles other tools already extracted, as one JSON object each: news-please, Fundus,
// trafilatura and banwatch's own article shape (extract --json). The text is taken as
// given (no HTML to read); title, date, URL and language come from the fields each tool
// writes. The raw JSON is what is stored, so reextract reads it the same way.
import type { PartialDate } from "../types.js";

/** Content type of a document holding one pre-extracted article as JSON. */
export const ARTICLE_JSON_TYPE = "application/vnd.banwatch.article+json";

export interface ArticleFields {
  shape: "news-please" | "fundus" | "trafilatura" | "banwatch";
  title: string | null;
  text: string;
  published: PartialDate | null;
  url: string | null;
  lang: string | null;
  authors: string[];
  siteName: string | null;
  /** The outlet the record names: its `outlet` field, or a `source` that is a name rather than an address. */
  outlet: string | null;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
/** An http(s) address, or null (trafilatura's `source` is the page's URL; other tools name the outlet there). */
const httpUrl = (v: unknown): string | null => (/^https?:\/\//i.test(str(v) ?? "") ? str(v) : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : str(v) ? [str(v)!] : []);

/** "2023-03-10 12:00:00", "2023-03-10T12:00:00+01:00", "2023-03" -> the date part. */
export function dateOf(v: unknown): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(str(v) ?? "");
  return m ? [m[1], m[2], m[3]].filter(Boolean).join("-") : null;
}

/** Fundus writes the body as sections of paragraphs (plus a summary). */
function fundusBody(body: unknown): string | null {
  if (typeof body === "string") return str(body);
  if (!body || typeof body !== "object") return null;
  const b = body as { summary?: unknown; sections?: { headline?: unknown; paragraphs?: unknown }[] };
  const parts = [...strs(b.summary)];
  for (const s of Array.isArray(b.sections) ? b.sections : []) parts.push(...strs(s.headline), ...strs(s.paragraphs));
  return parts.length ? parts.join("\n\n") : null;
}

function shapeOf(o: Obj): ArticleFields["shape"] | null {
  if ("maintext" in o) return "news-please";
  if ("plaintext" in o || "publishing_date" in o || (o.body && typeof o.body === "object")) return "fundus";
  if ("raw_text" in o || "fingerprint" in o || "hostname" in o || ("source" in o && "text" in o)) return "trafilatura";
  if ("text" in o) return "banwatch";
  return null;
}

/** The article in one JSON object, or a sentence saying why it is not one. */
export function articleFields(o: unknown): ArticleFields | string {
  if (!o || typeof o !== "object" || Array.isArray(o)) return "the line is not a JSON object";
  const j = o as Obj;
  const shape = shapeOf(j);
  if (!shape) return "no article text field (maintext, plaintext, body or text)";
  const html = (j.html && typeof j.html === "object" ? j.html : {}) as Obj;
  const text = shape === "news-please" ? str(j.maintext)
    : shape === "fundus" ? str(j.plaintext) ?? fundusBody(j.body)
    : str(j.text) ?? str(j.raw_text);
  if (!text) return `the ${shape} article has an empty text`;
  return {
    shape, text, title: str(j.title),
    published: dateOf(j.date_publish ?? j.publishing_date ?? j.date ?? j.published),
    url: str(j.url) ?? httpUrl(j.source) ?? str(html.responded_url) ?? str(html.requested_url),
    lang: str(j.language) ?? str(j.lang),
    authors: strs(j.authors ?? j.author),
    siteName: str(j.source_domain) ?? str(j.sitename) ?? str(j.hostname) ?? str(j.publisher),
    outlet: str(j.outlet) ?? (httpUrl(j.source) ? null : str(j.source)),
  };
}

/** Paragraphs of a tool's plain text: blank lines separate them, else single newlines do. */
export function paragraphsOf(text: string): string[] {
  const t = text.replace(/\r\n?/g, "\n");
  const parts = /\n\s*\n/.test(t) ? t.split(/\n\s*\n/) : t.split("\n");
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Stored JSON bytes -> the fields buildArticle lays out, or why they are not an article. */
export function readArticleJson(bytes: Uint8Array): (Omit<ArticleFields, "shape" | "text" | "lang" | "outlet"> & {
  publishedSource: string | null; langHints: string[]; paragraphs: string[];
}) | string {
  let obj: unknown;
  try {
    obj = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (e) {
    return `not JSON: ${(e as Error).message}`;
  }
  const f = articleFields(obj);
  if (typeof f === "string") return f;
  const { shape, text, lang, outlet: _outlet, ...rest } = f;
  return { ...rest, publishedSource: f.published ? shape : null, langHints: lang ? [lang.toLowerCase().slice(0, 2)] : [], paragraphs: paragraphsOf(text) };
}

// JSON lines of other tools' articles (news-please, Fundus, trafilatura, banwatch's own
// shape) -> one RawDocument per line, streamed. A line that is not JSON, or not an
// article, is a rejection naming its line number; the rest of the file goes on. A line
// longer than maxBytes is never held in memory whole.
import { sha256 } from "../util/hash.js";
import { reject, type RawDocument, type Rejection } from "../types.js";
import { ARTICLE_JSON_TYPE, articleFields } from "../content/article-json.js";
import { normalizeUrl, urlId } from "./crawl/url.js";
import type { InputItem } from "./input.js";

export interface JsonlOrigin {
  uri: string; // of the file (or "stdin:")
  id: string; // its id: the path under the ingest root without extension
}

interface Line {
  n: number; // 1-based line number
  bytes: Uint8Array | null; // null when the line was longer than the limit
  size: number;
}

/** Splits a byte stream into lines without keeping an over-long line. */
export async function* lines(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const flush = (): Line => {
    const line = { n: ++n, bytes: size > maxBytes ? null : new Uint8Array(Buffer.concat(parts)), size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of source) {
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      if (size + nl <= maxBytes) parts.push(buf.subarray(0, nl));
      size += nl;
      yield flush();
      buf = buf.subarray(nl + 1);
    }
    if (size + buf.length <= maxBytes) parts.push(Buffer.from(buf)); // copy: the stream may reuse its chunk
    size += buf.length;
  }
  if (size > 0) yield flush();
}

export async function* readJsonl(source: AsyncIterable<Uint8Array>, origin: JsonlOrigin, maxBytes: number): AsyncGenerator<InputItem> {
  for await (const line of lines(source, maxBytes)) {
    const item = fromLine(line, origin, maxBytes);
    if (item) yield item;
  }
}

function fromLine(line: Line, origin: JsonlOrigin, maxBytes: number): InputItem | null {
  const uri = `${origin.uri}#line=${line.n}`;
  const id = `${origin.id}#${line.n}`;
  if (!line.bytes) {
    return { kind: "rejected", uri, id, size: line.size,
      rejection: reject("content", "too_large", `line ${line.n} of ${origin.uri} is ${line.size} bytes, over the limit of ${maxBytes}`) };
  }
  const text = Buffer.from(line.bytes).toString("utf8").trim();
  if (!text) return null; // blank lines separate nothing
  const raw: RawDocument = { uri, id, fetchedAt: new Date().toISOString(), contentType: ARTICLE_JSON_TYPE, bytes: line.bytes,
    sha256: sha256(line.bytes), urlNamesArticle: true, via: "jsonl" };
  const refused = (r: Rejection): InputItem => ({ kind: "rejected", uri, id, rejection: r, raw });
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    return refused(reject("source", "bad_json", `line ${line.n} of ${origin.uri} is not JSON: ${(e as Error).message}`));
  }
  const fields = articleFields(obj);
  if (typeof fields === "string") return refused(reject("source", "not_article", `line ${line.n} of ${origin.uri}: ${fields}`));
  // The outlet the record names ("outlet", or a "source" that is a name) is the article's outlet.
  const named: RawDocument = fields.outlet ? { ...raw, hints: { outlet: fields.outlet } } : raw;
  const url = fields.url ? normalizeUrl(fields.url) : null;
  // A line with a URL is that page wherever the file lies; without one, its place in the file names it.
  if (url) return { kind: "document", raw: { ...named, uri: url, id: urlId(url) } };
  const ownId = (obj as { id?: unknown }).id;
  return { kind: "document", raw: fields.shape === "banwatch" && typeof ownId === "string" && ownId ? { ...named, id: ownId } : named };
}

// Reads back what ingest stored, so extraction can be re-run without fetching: the raw
// document of an article (bytes un-gzipped) and the article row itself.
import { gunzipSync } from "node:zlib";
import type { DB } from "./db.js";
import type { RawDocument } from "../types.js";

export interface StoredArticle {
  id: string;
  document_id: number | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_source: string | null;
  published_inferred: number;
  lang: string;
  lang_hints: string;
  text: string;
}

interface DocRow {
  uri: string;
  article_id: string;
  read_at: string;
  content_type: string | null;
  headers: string | null;
  sha256: string;
  body: Buffer | null;
  compressed: number;
}

/** Every stored article, in id order (a stable order for runs and their logs). */
export function storedArticles(db: DB): StoredArticle[] {
  return db.prepare(`SELECT id, document_id, url, outlet, title, published, published_source, published_inferred, lang,
    lang_hints, text FROM articles ORDER BY id`).all() as StoredArticle[];
}

/** The raw document an article was built from, or null when it has none or its bytes were pruned. */
export function storedDocument(db: DB, a: StoredArticle): RawDocument | null {
  if (a.document_id == null) return null;
  const d = db.prepare(`SELECT uri, article_id, read_at, content_type, headers, sha256, body, compressed
    FROM documents WHERE id = ?`).get(a.document_id) as DocRow | undefined;
  if (!d?.body) return null;
  const bytes = d.compressed ? gunzipSync(d.body) : d.body;
  return {
    uri: d.uri, id: d.article_id, fetchedAt: d.read_at, contentType: d.content_type,
    headers: d.headers ? (JSON.parse(d.headers) as Record<string, string>) : undefined,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sha256: d.sha256,
    // Source hints are not kept on the document; the article row remembers what they gave.
    hints: {
      ...(a.outlet && !a.url ? { outlet: a.outlet } : {}),
      ...(a.published_source === "source" && a.published ? { published: a.published } : {}),
    },
  };
}

// Temporary stores and hand-made articles for store and CLI tests (no corpus, no extractors).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { openDb, type DB } from "../../src/store/db.js";
import { StoreWriter } from "../../src/store/writer.js";
import { layout } from "../../src/content/article.js";
import type { Article, ArticleResult, BanEvent, RawDocument } from "../../src/types.js";

export function tempStore(): { dir: string; file: string; db: DB; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "banwatch-store-"));
  const file = join(dir, "t.db");
  const db = openDb(file);
  return { dir, file, db, done: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export function article(id: string, text: string, o: Partial<Article> = {}): Article {
  return { id, url: null, title: `Title of ${id}`, published: null, publishedSource: null, lang: "en", langHints: [], ...layout(text.split("\n\n")), ...o };
}

export function event(o: Partial<BanEvent> = {}): BanEvent {
  return {
    action: "ban", target: "TikTok", actor: { jurisdiction: "BE", level: "national", name: "government" }, scope: "official_devices",
    audience: null, announced: null, effective: null, deadline: null, expires: null, duration: null, main: true,
    evidence: [{ text: "Belgium bans TikTok.", start: 0, end: 20 }], rules: ["test.rule"], ...o,
  };
}

export const result = (a: Article, events: BanEvent[]): ArticleResult =>
  ({ id: a.id, lang: a.lang, published: a.published, title: a.title, url: a.url, text: a.text, events });

export function rawOf(a: Article, body = `${a.title}\n\n${a.text}`): RawDocument {
  const bytes = new TextEncoder().encode(body);
  return { uri: `file:///tmp/${a.id}.txt`, id: a.id, fetchedAt: "2024-01-01T00:00:00Z", contentType: "text/plain", bytes,
    sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Writes articles with their events, as ingest would. */
export function seed(db: DB, items: [Article, BanEvent[]][], withDocuments = true): void {
  const w = new StoreWriter(db);
  for (const [a, evs] of items) w.writeArticle(withDocuments ? rawOf(a) : null, a, result(a, evs), null);
}

// Upgrades from older schema versions. MIGRATIONS[i] takes a database from version i+1
// to i+2; schema.sql always holds the latest full schema for new files. Add a step
// here and the same change to schema.sql.
import type Database from "better-sqlite3";

export const MIGRATIONS: ((db: Database.Database) => void)[] = [
  // 1 -> 2: runs remember their process, so only runs whose process is gone are closed as interrupted.
  (db) => {
    db.exec("ALTER TABLE runs ADD COLUMN pid INTEGER");
    db.exec("ALTER TABLE runs ADD COLUMN host TEXT");
  },
  // 2 -> 3: documents say which reader they came through; articles holding the same content
  // under several names become one (their documents are linked to it), so report counts are true.
  (db) => {
    db.exec("ALTER TABLE documents ADD COLUMN source TEXT");
    db.exec("UPDATE documents SET source = CASE WHEN uri LIKE 'http%' THEN 'crawl' ELSE 'file' END");
    mergeSameContent(db);
  },
];

/** Keeps the first article (by id) of each content hash; documents of the others point to it. */
function mergeSameContent(db: Database.Database): void {
  const groups = db.prepare(`SELECT content_hash, min(id) AS keep FROM articles GROUP BY content_hash HAVING count(*) > 1`)
    .all() as { content_hash: string; keep: string }[];
  const relink = db.prepare(`UPDATE documents SET article_id = ? WHERE article_id IN
    (SELECT id FROM articles WHERE content_hash = ? AND id <> ?)`);
  // Their mentions go with them (ON DELETE CASCADE); canonical events are rebuilt by the next run.
  const drop = db.prepare("DELETE FROM articles WHERE content_hash = ? AND id <> ?");
  for (const g of groups) {
    relink.run(g.keep, g.content_hash, g.keep);
    drop.run(g.content_hash, g.keep);
  }
}

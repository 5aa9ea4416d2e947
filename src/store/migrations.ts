// Upgrades from older schema versions. MIGRATIONS[i] takes a database from version i+1
// to i+2; schema.sql always holds the latest full schema for new files. Add a step
// here and the same change to schema.sql.
import type Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema.sql");

/** The CREATE statements of schema.sql that create these objects (views, triggers, tables), as written there. */
function schemaStatements(names: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(SCHEMA, "utf8").split("\n")) {
    if (!cur.length && (line.startsWith("--") || !line.trim())) continue;
    cur.push(line);
    const trigger = cur[0].startsWith("CREATE TRIGGER");
    if (trigger ? line.trim() === "END;" : line.trimEnd().endsWith(";")) {
      const stmt = cur.join("\n");
      if (names.some((n) => new RegExp(`^CREATE [A-Z ]*IF NOT EXISTS ${n}\\b`).test(stmt))) out.push(stmt);
      cur = [];
    }
  }
  return out;
}

/** A column's definition as schema.sql writes it inside its CREATE TABLE (found by its first words). */
const schemaColumn = (start: RegExp): string =>
  readFileSync(SCHEMA, "utf8").split("\n").find((l) => start.test(l))!.trim().replace(/,$/, "");

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
  // 3 -> 4: incremental merge (canonical events): mentions carry their subject and how they joined
  // their event, events their subject and date support, a queue of changed subjects kept by
  // triggers, the views of the new columns; every subject queued so the next merge redoes all.
  (db) => {
    // Each column only when missing: the step may meet a file that already has some.
    const add = (table: string, column: string, def: string) => {
      const has = db.prepare(`SELECT 1 FROM pragma_table_xinfo('${table}') WHERE name = ?`).get(column);
      if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${def}`);
    };
    add("event_mentions", "event_join", schemaColumn(/^\s+event_join\s/));
    add("event_mentions", "subject", schemaColumn(/^\s+subject\s+TEXT GENERATED/));
    add("events", "subject", "subject TEXT");
    add("events", "announced_reports", "announced_reports INTEGER NOT NULL DEFAULT 0");
    add("events", "digest", "digest TEXT");
    db.exec("DROP VIEW IF EXISTS v_events; DROP VIEW IF EXISTS v_event_reports;");
    for (const s of schemaStatements(["mentions_subject", "events_subject", "events_changes", "merge_queue", "mentions_queue_insert", "mentions_queue_delete",
      "mentions_queue_update", "articles_queue_update", "v_events", "v_event_reports", "v_event_dates"])) db.exec(s);
    // Old events keep their ids through the first merge (matched by their reports' articles).
    db.exec("UPDATE events SET subject = (SELECT m.subject FROM event_mentions m WHERE m.event_id = events.id LIMIT 1)");
    db.exec("DELETE FROM events WHERE subject IS NULL");
    db.exec("INSERT OR IGNORE INTO merge_queue (subject) SELECT DISTINCT subject FROM event_mentions");
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

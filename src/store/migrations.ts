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
];

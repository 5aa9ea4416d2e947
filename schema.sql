-- banwatch event store (SQLite). This file is the whole schema an analyst needs to read;
-- src/store/db.ts applies it to a new file (src/store/migrations.ts upgrades older ones) and records the version in PRAGMA user_version.
-- Dates are ISO 8601 text, only as precise as known ("2023", "2023-02", "2023-02-23");
-- *_precision columns say which ("year", "month", "day").
PRAGMA foreign_keys = ON;

-- One row per ingest/crawl/reextract run.
CREATE TABLE IF NOT EXISTS runs (
  id          INTEGER PRIMARY KEY,
  command     TEXT NOT NULL,                 -- ingest, crawl, reextract, run
  started_at  TEXT NOT NULL,
  ended_at    TEXT,
  status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed', 'interrupted')),
  read        INTEGER NOT NULL DEFAULT 0,    -- inputs read
  stored      INTEGER NOT NULL DEFAULT 0,    -- articles new or changed
  unchanged   INTEGER NOT NULL DEFAULT 0,    -- inputs already stored with the same bytes
  rejected    INTEGER NOT NULL DEFAULT 0,    -- inputs that could not be used (see documents.reject_*)
  events      INTEGER NOT NULL DEFAULT 0,    -- event mentions written
  errors      TEXT NOT NULL DEFAULT '{}',    -- JSON: {reason: count}
  details     TEXT NOT NULL DEFAULT '{}',    -- JSON: per-source counts and anything a command adds
  pid         INTEGER,                       -- process that runs it: a 'running' row whose process is gone was interrupted
  host        TEXT
) STRICT;

-- Raw inputs exactly as read or fetched: re-extraction never needs the source again.
CREATE TABLE IF NOT EXISTS documents (
  id            INTEGER PRIMARY KEY,
  uri           TEXT NOT NULL,               -- file:// path (#line=N for a JSON line), http(s) URL (crawled, WARC record) or stdin:
  article_id    TEXT NOT NULL,               -- the article this input becomes or repeats (canonical URL hash, else path under the ingest root)
  read_at       TEXT NOT NULL,               -- when read or fetched
  content_type  TEXT,
  headers       TEXT,                        -- JSON of HTTP response headers, when fetched
  sha256        TEXT NOT NULL,               -- of the raw bytes; '' when none were read (missing, unreadable, too large)
  size          INTEGER NOT NULL,
  body          BLOB,                        -- raw bytes (gzip-compressed when compressed = 1); NULL once pruned
  compressed    INTEGER NOT NULL DEFAULT 0 CHECK (compressed IN (0, 1)),
  status        TEXT NOT NULL CHECK (status IN ('stored', 'rejected')),
  reject_stage  TEXT,                        -- source, content, language, extract, store
  reject_reason TEXT,                        -- empty, binary, too_large, no_text, ...
  reject_detail TEXT,
  run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  source        TEXT,                        -- the reader: file, warc, jsonl, stdin or crawl
  UNIQUE (uri, sha256)
) STRICT;
CREATE INDEX IF NOT EXISTS documents_article ON documents(article_id);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status, reject_reason);

-- Extracted articles: one row per article id, replaced when its input changes.
CREATE TABLE IF NOT EXISTS articles (
  id                  TEXT PRIMARY KEY,
  document_id         INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  url                 TEXT,
  outlet              TEXT,                  -- domain or source name
  title               TEXT,
  published           TEXT,
  published_precision TEXT CHECK (published_precision IN ('year', 'month', 'day')),
  published_source    TEXT,                  -- which signal gave the date (export-first-line, dateline, json-ld, ...)
  published_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (published_inferred IN (0, 1)),
  lang                TEXT NOT NULL,         -- ISO 639-1, 'und' when undetermined
  lang_hints          TEXT NOT NULL DEFAULT '[]',
  text                TEXT NOT NULL,         -- body without headline and furniture; evidence offsets index into it
  content_hash        TEXT NOT NULL,         -- sha256 of title + text
  extractor_version   TEXT NOT NULL,
  ingested_at         TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles(content_hash);

-- Canonical events: one decision, merged from its mentions across articles and languages.
CREATE TABLE IF NOT EXISTS events (
  id                  INTEGER PRIMARY KEY,
  event_key           TEXT NOT NULL UNIQUE,  -- deterministic: subject|action|announced (or "undated"), "#2"... for a second decision of that key
  action              TEXT NOT NULL CHECK (action IN ('ban', 'advisory', 'proposal', 'lift')),
  target              TEXT NOT NULL,
  jurisdiction        TEXT,
  level               TEXT CHECK (level IN ('supranational', 'national', 'subnational', 'local')),
  actor_name          TEXT,
  scope               TEXT CHECK (scope IN ('official_devices', 'personal_devices', 'official_network', 'public', 'minors', 'other')),
  audience            TEXT,
  announced           TEXT,
  announced_precision TEXT CHECK (announced_precision IN ('year', 'month', 'day')),
  effective           TEXT,
  deadline            TEXT,
  expires             TEXT,
  duration            TEXT,
  n_mentions          INTEGER NOT NULL,
  n_articles          INTEGER NOT NULL,
  n_outlets           INTEGER NOT NULL,
  n_languages         INTEGER NOT NULL,
  languages           TEXT NOT NULL,         -- JSON array of ISO 639-1 codes
  outlets             TEXT NOT NULL DEFAULT '[]', -- JSON array of known outlets (articles of unknown outlet count in n_outlets only)
  first_reported      TEXT,                  -- earliest publication date of a reporting article
  last_reported       TEXT,
  confidence          REAL NOT NULL,         -- 0..1: more reports, main-story reports and dates raise it
  changes_event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL, -- the earlier decision this one lifts
  change_kind         TEXT CHECK (change_kind IN ('lift', 'extension', 'amendment')), -- only 'lift' is produced: no rule reads extensions or amendments yet
  subject             TEXT,                  -- the merge unit: jurisdiction|target as event_mentions.subject
  announced_reports   INTEGER NOT NULL DEFAULT 0, -- reporting articles whose own date gave announced (equal to it, or a day within it); v_event_dates lists every date read
  digest              TEXT                   -- the merge's fingerprint of the row (SHA-256 of its other columns): an unchanged event is not rewritten
) STRICT;
CREATE INDEX IF NOT EXISTS events_jurisdiction ON events(jurisdiction, announced);
CREATE INDEX IF NOT EXISTS events_target ON events(target COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS events_announced ON events(announced);
CREATE INDEX IF NOT EXISTS events_action ON events(action, jurisdiction);
CREATE INDEX IF NOT EXISTS events_subject ON events(subject);
CREATE INDEX IF NOT EXISTS events_changes ON events(changes_event_id);

-- One row per event per article: every field of the event model, with its evidence.
CREATE TABLE IF NOT EXISTS event_mentions (
  id                  INTEGER PRIMARY KEY,
  article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,      -- position among the article's events
  event_id            INTEGER REFERENCES events(id) ON DELETE SET NULL,
  action              TEXT NOT NULL CHECK (action IN ('ban', 'advisory', 'proposal', 'lift')),
  target              TEXT NOT NULL,
  jurisdiction        TEXT,
  level               TEXT CHECK (level IN ('supranational', 'national', 'subnational', 'local')),
  actor_name          TEXT,
  scope               TEXT CHECK (scope IN ('official_devices', 'personal_devices', 'official_network', 'public', 'minors', 'other')),
  audience            TEXT,
  announced           TEXT,
  announced_precision TEXT CHECK (announced_precision IN ('year', 'month', 'day')),
  effective           TEXT,
  deadline            TEXT,
  expires             TEXT,
  duration            TEXT,
  main                INTEGER NOT NULL CHECK (main IN (0, 1)),
  evidence_text       TEXT NOT NULL,         -- the first evidence sentence
  evidence_start      INTEGER NOT NULL,      -- character offsets into articles.text
  evidence_end        INTEGER NOT NULL,
  evidence            TEXT NOT NULL,         -- JSON array of all {text, start, end}
  rules               TEXT NOT NULL,         -- JSON array of the rule ids that fired
  extractor_version   TEXT NOT NULL,
  -- how the merge placed this report in its event: date (its own date), published (its main story's
  -- article date), only (the one compatible decision), nearest (nearest before its article),
  -- article (undated article: nearest to the decisions its other reports joined by date or as the only one),
  -- support (no time known: the best-supported decision), alone (no dated decision fits)
  event_join          TEXT CHECK (event_join IN ('date', 'published', 'only', 'nearest', 'article', 'support', 'alone')),
  -- the merge unit: jurisdiction|target, the target without ASCII case, hyphens, underscores or doubled spaces
  subject             TEXT GENERATED ALWAYS AS (coalesce(jurisdiction, '') || '|' || lower(replace(replace(replace(replace(trim(target), '-', ' '), '_', ' '), '  ', ' '), '  ', ' '))) VIRTUAL,
  UNIQUE (article_id, ordinal)
) STRICT;
CREATE INDEX IF NOT EXISTS mentions_event ON event_mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_subject ON event_mentions(subject);
CREATE INDEX IF NOT EXISTS mentions_key ON event_mentions(jurisdiction, target, action);
CREATE INDEX IF NOT EXISTS mentions_announced ON event_mentions(announced);

-- Subjects whose reports changed since the last merge: the next merge re-examines only these
-- (src/store/canonical.ts). Kept by the triggers below, so every writer is covered. They test
-- for the subject rather than say INSERT OR IGNORE: an outer statement's conflict policy (the
-- articles upsert) overrides a trigger's own, and a queued subject then failed the write.
CREATE TABLE IF NOT EXISTS merge_queue (
  subject TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS mentions_queue_insert AFTER INSERT ON event_mentions BEGIN
  INSERT INTO merge_queue (subject) SELECT new.subject WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE subject = new.subject);
END;
CREATE TRIGGER IF NOT EXISTS mentions_queue_delete AFTER DELETE ON event_mentions BEGIN
  INSERT INTO merge_queue (subject) SELECT old.subject WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE subject = old.subject);
END;
CREATE TRIGGER IF NOT EXISTS mentions_queue_update AFTER UPDATE OF action, target, jurisdiction, level, actor_name, scope, audience,
  announced, effective, deadline, expires, duration, main, rules, article_id ON event_mentions BEGIN
  INSERT INTO merge_queue (subject) SELECT old.subject WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE subject = old.subject);
  INSERT INTO merge_queue (subject) SELECT new.subject WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE subject = new.subject);
END;
-- An article's stated date, language or outlet feeds the merge; a date the merge inferred does not.
CREATE TRIGGER IF NOT EXISTS articles_queue_update AFTER UPDATE OF published, published_inferred, lang, outlet ON articles
WHEN (CASE WHEN old.published_inferred = 1 THEN NULL ELSE old.published END) IS NOT (CASE WHEN new.published_inferred = 1 THEN NULL ELSE new.published END)
  OR old.lang IS NOT new.lang OR old.outlet IS NOT new.outlet BEGIN
  INSERT INTO merge_queue (subject) SELECT DISTINCT m.subject FROM event_mentions m
    WHERE m.article_id = new.id AND NOT EXISTS (SELECT 1 FROM merge_queue q WHERE q.subject = m.subject);
END;

-- Full-text search over article titles and bodies (external content: the text lives in
-- articles only; triggers keep the index in step). Join on rowid:
--   SELECT a.id, a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
--   WHERE articles_fts MATCH 'tiktok AND (ambtenaren OR fonctionnaires)' ORDER BY rank;
-- After a VACUUM (which may renumber articles' rowids) run
--   INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');   (banwatch reextract does it too)
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- Views: the usual questions as one SELECT, no code reading needed.

-- v_events: one row per canonical event (one decision), flat, every field. changes_* name
-- the earlier decision a lift ends.
CREATE VIEW IF NOT EXISTS v_events AS
SELECT e.id, e.action, e.target, e.jurisdiction, e.level, e.actor_name, e.scope, e.audience,
       e.announced, e.announced_precision, e.announced_reports, e.effective, e.deadline, e.expires, e.duration,
       e.n_articles, e.n_outlets, e.n_languages, e.n_mentions, e.languages, e.outlets,
       e.first_reported, e.last_reported, e.confidence,
       e.change_kind, e.changes_event_id, c.action AS changes_action, c.announced AS changes_announced,
       e.event_key
FROM events e
LEFT JOIN events c ON c.id = e.changes_event_id;

-- v_event_reports: one row per (event, reporting article), with outlet, language, the report's
-- own reading of the decision (scope, level, actor, date: the event holds the vote) and how the
-- merge placed it (joined_by), and the evidence sentence (of the article's main-story mention of
-- the event when it has one).
CREATE VIEW IF NOT EXISTS v_event_reports AS
SELECT m.event_id, e.action, e.target, e.jurisdiction, e.announced AS event_announced, e.scope AS event_scope,
       m.article_id, a.title, a.url, a.outlet, a.lang, a.published, a.published_inferred,
       max(m.main) AS main, m.scope, m.level, m.actor_name, m.announced, m.event_join AS joined_by,
       m.evidence_text, m.evidence_start, m.evidence_end, m.rules, m.extractor_version, count(*) AS n_mentions
FROM event_mentions m
JOIN articles a ON a.id = m.article_id
JOIN events e ON e.id = m.event_id
GROUP BY m.event_id, m.article_id;

-- v_event_dates: every date the reports of an event read, with how many articles read it (as
-- their main story or not), how many took it from their publication day rather than the text,
-- whether it is the event's date and whether it disagrees with it (neither contains the other).
CREATE VIEW IF NOT EXISTS v_event_dates AS
SELECT e.id AS event_id, e.action, e.target, e.jurisdiction, e.announced AS event_announced,
       m.announced AS date_read, m.announced_precision AS precision_read,
       count(DISTINCT m.article_id) AS n_articles,
       count(DISTINCT CASE WHEN m.main = 1 THEN m.article_id END) AS n_main,
       count(DISTINCT CASE WHEN m.rules LIKE '%"date.published"%' THEN m.article_id END) AS n_from_publication,
       m.announced IS e.announced AS chosen,
       e.announced IS NOT NULL AND substr(m.announced, 1, length(e.announced)) <> e.announced
         AND substr(e.announced, 1, length(m.announced)) <> m.announced AS disagrees
FROM event_mentions m
JOIN events e ON e.id = m.event_id
WHERE m.announced IS NOT NULL
GROUP BY e.id, m.announced;

-- v_timeline: canonical events by announced date (undated last) and jurisdiction.
CREATE VIEW IF NOT EXISTS v_timeline AS
SELECT e.announced, e.announced_precision, substr(e.announced, 1, 4) AS year, substr(e.announced, 1, 7) AS month,
       e.jurisdiction, e.level, e.action, e.target, e.scope, e.actor_name,
       e.n_articles, e.n_languages, e.confidence, e.change_kind, e.id AS event_id
FROM events e
ORDER BY e.announced IS NULL, e.announced, e.jurisdiction, e.target;

-- ==== crawl frontier (src/sources/crawl/sqlite-frontier.ts) ====
-- Every URL the crawler knows, so a killed crawl resumes without fetching twice and
-- a re-crawl sends conditional requests. One row per normalised URL.
CREATE TABLE IF NOT EXISTS crawls (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT                        -- NULL: running or killed; the next crawl resumes it
) STRICT;

CREATE TABLE IF NOT EXISTS frontier (
  url               TEXT PRIMARY KEY,     -- normalised (no fragment, no utm_*, sorted query)
  host              TEXT NOT NULL,        -- origin: politeness and robots.txt apply per origin
  kind              TEXT NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap')),
  depth             INTEGER NOT NULL DEFAULT 0,
  hints             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(hints)), -- {lang, outlet, published}
  state             TEXT NOT NULL CHECK (state IN ('queued', 'done', 'failed')),
  outcome           TEXT,                 -- fetched, not_modified, unchanged, duplicate, redirect, discovered, robots_denied, over_limit, error
  crawl_id          INTEGER NOT NULL REFERENCES crawls(id),
  attempts          INTEGER NOT NULL DEFAULT 0,
  not_before        INTEGER NOT NULL DEFAULT 0, -- epoch ms; retry backoff
  last_error        TEXT,                 -- reason code: http_404, timeout, too_large, ...
  last_error_detail TEXT,
  redirect_chain    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(redirect_chain)),
  http_status       INTEGER,
  etag              TEXT,
  last_modified     TEXT,
  content_hash      TEXT,                 -- sha256 of the body last fetched
  fetched_at        TEXT,
  discovered_from   TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS frontier_todo ON frontier (crawl_id, state);
CREATE INDEX IF NOT EXISTS frontier_content ON frontier (content_hash) WHERE content_hash IS NOT NULL;

-- Per-origin politeness that must survive a restart: no request before next_allowed_at.
CREATE TABLE IF NOT EXISTS crawl_hosts (
  host            TEXT PRIMARY KEY,
  next_allowed_at INTEGER NOT NULL DEFAULT 0 -- epoch ms
) STRICT;
-- ==== end crawl frontier ====

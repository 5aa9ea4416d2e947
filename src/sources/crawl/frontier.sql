-- ==== crawl frontier (src/sources/crawl/frontier.sql) ====
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

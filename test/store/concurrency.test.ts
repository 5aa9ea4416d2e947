// Analysts read while ingest writes: WAL lets a read-only connection see the last
// committed state without waiting for an open write transaction.
import { afterEach, expect, it } from "vitest";
import { openReadOnly } from "../../src/store/readonly.js";
import { rebuildEvents } from "../../src/store/canonical.js";
import { article, event, seed, tempStore } from "./helpers.js";

let store: ReturnType<typeof tempStore>;
afterEach(() => store.done());

it("reads committed rows while a write transaction is open", () => {
  store = tempStore();
  seed(store.db, [[article("a", "Belgium bans TikTok.", { published: "2023-03-10" }), [event({ announced: "2023-03-10" })]]]);
  rebuildEvents(store.db);
  expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
  const reader = openReadOnly(store.file);
  store.db.exec("BEGIN IMMEDIATE");
  store.db.prepare("DELETE FROM event_mentions").run();
  const t0 = Date.now();
  expect(reader.prepare("SELECT count(*) n FROM v_event_reports").get()).toEqual({ n: 1 });
  expect(Date.now() - t0).toBeLessThan(1000); // no busy wait
  store.db.exec("COMMIT");
  expect(reader.prepare("SELECT count(*) n FROM event_mentions").get()).toEqual({ n: 0 });
  reader.close();
});

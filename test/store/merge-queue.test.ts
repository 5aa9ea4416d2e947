// The merge queue's triggers never fail a write: an article rewritten (an upsert) while its
// subjects are already queued, its date changed, keeps the write and the queue.
import { afterEach, expect, it } from "vitest";
import { StoreWriter } from "../../src/store/writer.js";
import { article, event, result, tempStore } from "./helpers.js";

let store: ReturnType<typeof tempStore> | null = null;
afterEach(() => {
  store?.done();
  store = null;
});

it("rewrites an article whose subjects are queued, its date changed", () => {
  store = tempStore();
  const w = new StoreWriter(store.db);
  const a = article("a", "Belgium bans TikTok on official devices.", { published: "2023-03-10" });
  w.writeArticle(null, a, result(a, [event({ announced: "2023-03-10" })]), null);
  const queued = () => (store!.db.prepare("SELECT count(*) n FROM merge_queue").get() as { n: number }).n;
  expect(queued()).toBe(1);
  const b = { ...a, published: "2023-03-11" };
  expect(() => w.writeArticle(null, b, result(b, [event({ announced: "2023-03-11" })]), null)).not.toThrow();
  expect(queued()).toBe(1);
  expect(store.db.prepare("SELECT published FROM articles WHERE id = 'a'").get()).toEqual({ published: "2023-03-11" });
});

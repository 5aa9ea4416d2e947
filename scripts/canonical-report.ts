// Compares the store's canonical events with the decisions of the gold sets: how many gold
// decisions were split across canonical events, how many were wrongly merged with another.
//   node --import tsx scripts/canonical-report.ts --db FILE [GOLD_DIR...] [--verbose]
// Gold decisions are gold events grouped across articles by jurisdiction|target|action
// and announced date (same prefix or within 30 days). An undated gold event joins the
// latest dated decision of its key with the same scope announced on or before its
// article's date, else the undated decision of its key and scope. Gold events marked
// optional are left out. Judge merging on what mentions exist: a gold event is matched
// to the store's mentions of the same article, jurisdiction, target and action.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { openDb } from "../src/store/db.js";

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const verbose = args.includes("--verbose") ? (args.splice(args.indexOf("--verbose"), 1), true) : false;
const dbFile = flag("--db") ?? "data/banwatch.db";
const dirs = args.length ? args : ["../shared/gold/seeds", "../shared/gold/dev"].filter(existsSync);

interface GoldEvent { article: string; published: string | null; key: string; scope: string | null; announced: string | null; main: boolean }
interface Decision { id: string; key: string; scope: string | null; dates: string[]; members: GoldEvent[] }

const gold: GoldEvent[] = [];
for (const dir of dirs)
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const a = JSON.parse(readFileSync(join(dir, f), "utf8"));
    for (const e of a.events ?? []) {
      if (e.optional) continue;
      gold.push({ article: basename(f, ".json"), published: a.published ?? null, scope: e.scope ?? null, announced: e.announced ?? null,
        main: !!e.main, key: `${e.actor?.jurisdiction ?? ""}|${String(e.target).toLowerCase()}|${e.action}` });
    }
  }

const day = (d: string) => { const [y, m = 1, dd = 1] = d.split("-").map(Number); return Date.UTC(y, m - 1, dd) / 864e5; };
const near = (a: string, b: string) => a.startsWith(b) || b.startsWith(a) || (a.length > 4 && b.length > 4 && Math.abs(day(a) - day(b)) <= 30);

// Gold decisions: dated events first (sorted, so the grouping is stable), then undated ones.
const decisions: Decision[] = [];
const sorted = [...gold].sort((x, y) => `${x.key}|${x.announced}|${x.article}`.localeCompare(`${y.key}|${y.announced}|${y.article}`));
for (const g of sorted.filter((g) => g.announced)) {
  const d = decisions.find((d) => d.key === g.key && d.dates.every((x) => near(x, g.announced!)));
  if (d) { d.members.push(g); d.dates.push(g.announced!); }
  else decisions.push({ id: `${g.key}|${g.announced}`, key: g.key, scope: g.scope, dates: [g.announced!], members: [g] });
}
const datedDecisions = decisions.slice();
for (const g of sorted.filter((g) => !g.announced)) {
  const fits = datedDecisions.filter((d) => d.key === g.key && (!g.scope || !d.scope || d.scope === g.scope)
    && (!g.published || d.dates[0].slice(0, g.published.length) <= g.published));
  fits.sort((a, b) => (a.dates[0] < b.dates[0] ? 1 : -1));
  let d = fits[0] ?? decisions.find((d) => d.key === g.key && !d.dates.length && d.scope === g.scope);
  if (!d) decisions.push((d = { id: `${g.key}|undated|${g.scope ?? "-"}`, key: g.key, scope: g.scope, dates: [], members: [] }));
  d.members.push(g);
}

// Store side: the canonical event(s) of each gold event's matching mentions.
const db = openDb(dbFile, { readonly: true });
const rows = db.prepare(`SELECT article_id, coalesce(jurisdiction, '') || '|' || lower(target) || '|' || action AS key, event_id
  FROM event_mentions`).all() as { article_id: string; key: string; event_id: number }[];
const eventsOf = new Map<string, Set<number>>();
for (const r of rows) {
  const k = `${r.article_id}#${r.key}`;
  (eventsOf.get(k) ?? eventsOf.set(k, new Set()).get(k)!).add(r.event_id);
}
const nEvents = (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
const articles = new Set((db.prepare("SELECT id FROM articles").all() as { id: string }[]).map((r) => r.id));

const decisionsOfEvent = new Map<number, Set<string>>();
let matched = 0, split = 0, intact = 0, missed = 0, multi = 0;
const splitIds: string[] = [];
for (const d of decisions) {
  const evs = new Set<number>();
  let found = 0;
  for (const g of d.members) {
    const s = eventsOf.get(`${g.article}#${g.key}`);
    if (!s) continue;
    found++;
    for (const e of s) {
      evs.add(e);
      (decisionsOfEvent.get(e) ?? decisionsOfEvent.set(e, new Set()).get(e)!).add(d.id);
    }
  }
  if (new Set(d.members.map((m) => m.article)).size > 1) multi++;
  if (!found) { missed++; continue; }
  matched++;
  if (evs.size > 1) { split++; splitIds.push(`${d.id} -> events ${[...evs].sort((a, b) => a - b).join(",")}`); }
  else intact++;
}
const wrong = new Set<string>();
const mergedEvents: string[] = [];
for (const [e, ds] of [...decisionsOfEvent].sort((a, b) => a[0] - b[0]))
  if (ds.size > 1) { for (const d of ds) wrong.add(d); mergedEvents.push(`event ${e} <- ${[...ds].sort().join(" + ")}`); }

// The three checks the issue names.
const check = (label: string, sql: string, ...p: unknown[]) => {
  const r = db.prepare(sql).all(...p) as { id: number; n_articles: number; languages: string }[];
  console.log(`  ${label}: ${r.length ? r.map((x) => `event ${x.id} with ${x.n_articles} articles ${x.languages}`).join("; ") : "none"}`);
};
const inGold = (ids: string[]) => ids.filter((i) => articles.has(i));
console.log(`gold sets: ${dirs.join(", ")}; gold articles ${new Set(gold.map((g) => g.article)).size}, in store ${inGold([...new Set(gold.map((g) => g.article))]).length}`);
console.log(`canonical events in store: ${nEvents}`);
console.log(`gold decisions: ${decisions.length} (${multi} reported by more than one article)`);
console.log(`  with at least one extracted mention: ${matched}; none extracted: ${missed}`);
console.log(`  kept whole: ${intact}; split across canonical events: ${split}; wrongly merged with another decision: ${wrong.size}`);
console.log("checks:");
check("Belgian TikTok ban (seeds)", `SELECT DISTINCT e.id, e.n_articles, e.languages FROM events e JOIN event_mentions m ON m.event_id = e.id
  WHERE e.jurisdiction = 'BE' AND lower(e.target) = 'tiktok' AND e.action = 'ban' AND m.main = 1`);
check("UK TikTok ban of 16 March 2023", `SELECT DISTINCT e.id, e.n_articles, e.languages FROM events e JOIN event_mentions m ON m.event_id = e.id
  WHERE e.jurisdiction = 'GB' AND lower(e.target) = 'tiktok' AND e.action = 'ban' AND m.article_id LIKE 'uk-%'`);
check("Canadian TikTok ban (en + fr)", `SELECT DISTINCT e.id, e.n_articles, e.languages FROM events e JOIN event_mentions m ON m.event_id = e.id
  WHERE e.jurisdiction = 'CA' AND lower(e.target) = 'tiktok' AND e.action = 'ban' AND m.article_id LIKE 'ca-%'`);
if (verbose || split || wrong.size) {
  for (const s of splitIds) console.log(`split: ${s}`);
  for (const m of mergedEvents) console.log(`merged: ${m}`);
}
db.close();
void resolve;

// `npm run bench` (merge part): the canonical merge on synthetic stores. Mentions are
// generated, not extracted (the extractor has its own bench): subjects drawn Zipf-like
// (a few huge ones, as TikTok in the US), decisions spread over years, reports dated to the
// day or the month, undated main stories and background mentions. Prints the full rebuild
// at 10k and 50k articles (and their ratio) and the incremental merge of 100 articles
// added to the 50k store.
import { performance } from "node:perf_hooks";
import { openDb, type DB } from "../src/store/db.js";
import { rebuildEvents, updateEvents } from "../src/store/canonical.js";

const SUBJECTS = 2000;
const DAY = 86400000;

/** A small deterministic generator, so every run benches the same store. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function fill(db: DB, from: number, to: number, rand: () => number): void {
  const art = db.prepare(`INSERT INTO articles (id, outlet, published, published_precision, lang, text, content_hash, extractor_version, ingested_at)
    VALUES (?, ?, ?, ?, ?, 'text', 'h', 'bench', '2024-01-01')`);
  const men = db.prepare(`INSERT INTO event_mentions (article_id, ordinal, action, target, jurisdiction, level, scope, announced,
    announced_precision, main, evidence_text, evidence_start, evidence_end, evidence, rules, extractor_version)
    VALUES (?, ?, ?, ?, ?, 'national', ?, ?, ?, ?, 's', 0, 1, '[]', '[]', 'bench')`);
  const zipf = () => Math.min(SUBJECTS - 1, Math.floor(Math.exp(rand() * Math.log(SUBJECTS)) - 1));
  const scopes = ["public", "official_devices", "minors", null];
  db.transaction(() => {
    for (let i = from; i < to; i++) {
      const id = `a${i}`;
      const pub = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * DAY).toISOString().slice(0, 10);
      const dated = rand() < 0.8;
      art.run(id, `outlet${i % 300}`, dated ? pub : null, dated ? "day" : null, ["en", "fr", "de", "nl"][i % 4]);
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) {
        const subj = zipf();
        const decision = new Date(Date.parse(pub) - Math.floor(rand() * (k ? 900 : 10)) * DAY).toISOString();
        const r = rand();
        const announced = r < 0.5 ? decision.slice(0, 10) : r < 0.7 ? decision.slice(0, 7) : null;
        const action = rand() < 0.9 ? "ban" : rand() < 0.5 ? "lift" : "proposal";
        men.run(id, k, action, `target ${subj % 700}`, ["US", "GB", "FR"][subj % 3], scopes[Math.floor(rand() * 4)], announced,
          announced ? (announced.length === 10 ? "day" : "month") : null, k === 0 ? 1 : 0);
      }
    }
  })();
}

/** Wall and CPU seconds of f: on a shared machine the CPU time says more than the wall clock. */
const seconds = (f: () => void) => {
  const t = performance.now();
  const c = process.cpuUsage();
  f();
  const cpu = process.cpuUsage(c);
  return { wall: Number(((performance.now() - t) / 1000).toFixed(3)), cpu: Number(((cpu.user + cpu.system) / 1e6).toFixed(3)) };
};

function store(articles: number): DB {
  const db = openDb(":memory:");
  fill(db, 0, articles, rng(7));
  return db;
}

const small = store(10_000);
const rebuild10k = seconds(() => rebuildEvents(small));
const big = store(50_000);
const rebuild50k = seconds(() => rebuildEvents(big));
const mentions = big.prepare("SELECT count(*) FROM event_mentions").pluck().get() as number;
const largest = big.prepare("SELECT count(*) AS n FROM event_mentions GROUP BY subject ORDER BY n DESC LIMIT 1").pluck().get() as number;
fill(big, 50_000, 50_100, rng(11));
const touched = big.prepare("SELECT count(*) FROM merge_queue").pluck().get() as number;
const add100 = seconds(() => updateEvents(big));
console.log(JSON.stringify({
  merge: {
    rebuild_10k_articles_s: rebuild10k,
    rebuild_50k_articles_s: rebuild50k,
    rebuild_growth_10k_to_50k: { wall: Number((rebuild50k.wall / rebuild10k.wall).toFixed(2)), cpu: Number((rebuild50k.cpu / rebuild10k.cpu).toFixed(2)) },
    mentions_50k: mentions,
    largest_subject_mentions: largest,
    events_50k: big.prepare("SELECT count(*) FROM events").pluck().get(),
    add_100_articles_subjects_touched: touched,
    add_100_articles_merge_s: add100,
  },
}, null, 2));

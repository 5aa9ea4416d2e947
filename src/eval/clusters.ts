// How reports merge into decisions, scored as ../shared/tools/score-clusters.mjs does: the
// gold sets are ingested together into a scratch store, then per decision of clusters.json
// (key "JURISDICTION|target|action|announced" -> the articles whose main story it is):
// "whole" when every listed article has a mention of that key and all of them are in ONE
// event; "dated" when that event's announced equals the decision's (or starts with a
// month or year the decision knows only). Decisions are also scored by part: "tune" (no
// article of dev2's held-out half) and "holdout" (at least one), so rules tuned on the one
// are measured on the other.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDb, type DB } from "../store/db.js";
import { ingestPaths } from "../pipeline.js";
import { REPO_ROOT } from "./run.js";

export const DEFAULT_CLUSTERS = resolve(REPO_ROOT, "../shared/gold/clusters.json");
export const CLUSTER_FIGURES = ["merged_whole", "right_date"] as const;
export type ClusterFigure = (typeof CLUSTER_FIGURES)[number];

export interface ClusterScores {
  name: string;
  decisions: number;
  merged_whole: number | null;
  right_date: number | null;
  /** Decisions where a listed article has no mention of the key: upstream, the merge cannot help. */
  missing_mention: number;
  /** Whole decisions whose date no listed report read (neither it nor a day within it): upstream too. */
  date_unread: number;
  lines: string[];
}

const norm = (s: string | null) => String(s ?? "").normalize("NFKC").toLowerCase().replace(/[-\u2010\u2011\u2013_]+/g, " ").replace(/\s+/g, " ").trim();

interface Mention { article_id: string; jurisdiction: string | null; target: string; action: string; event_id: number | null; announced: string | null }

export function readClusters(file: string): Record<string, string[]> {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => !k.startsWith("_") && Array.isArray(v))) as Record<string, string[]>;
}

/** Scores the decisions of `clusters` in a store. */
export function scoreClusters(db: DB, name: string, clusters: Record<string, string[]>): ClusterScores {
  const mentions = db.prepare("SELECT article_id, jurisdiction, target, action, event_id, announced FROM event_mentions").all() as Mention[];
  const byArticle = new Map<string, Mention[]>();
  for (const m of mentions) (byArticle.get(m.article_id) ?? byArticle.set(m.article_id, []).get(m.article_id)!).push(m);
  const announced = new Map((db.prepare("SELECT id, announced FROM events").all() as { id: number; announced: string | null }[]).map((r) => [r.id, r.announced]));
  const s: ClusterScores = { name, decisions: 0, merged_whole: null, right_date: null, missing_mention: 0, date_unread: 0, lines: [] };
  let whole = 0, dated = 0;
  for (const [key, arts] of Object.entries(clusters)) {
    const [j, t, a, date] = key.split("|");
    s.decisions++;
    const found = arts.map((art) => (byArticle.get(art) ?? []).filter((m) => m.jurisdiction === j && norm(m.target) === norm(t) && m.action === a));
    const missing = found.filter((f) => !f.length).length;
    const ids = new Set(found.flat().map((m) => m.event_id));
    const ok = missing === 0 && ids.size === 1 && !ids.has(null);
    const ann = ids.size === 1 ? announced.get([...ids][0]!) ?? null : null;
    const dok = ok && (ann === date || (date.length < 10 && String(ann ?? "").startsWith(date)));
    const read = found.flat().some((m) => m.announced?.startsWith(date));
    whole += +ok;
    dated += +dok;
    if (missing) s.missing_mention++;
    if (ok && !dok && !read) s.date_unread++;
    const why = !ok ? (missing ? "split (mention missing upstream)" : "split") : dok ? "ok" : read ? "date" : "date (no report read it)";
    s.lines.push(`${why.padEnd(32)} ${key}: ${arts.length} reports, ${missing} without the mention, ${ids.size} events, announced ${ann}`);
  }
  s.merged_whole = s.decisions ? whole / s.decisions : null;
  s.right_date = s.decisions ? dated / s.decisions : null;
  return s;
}

/** Ingests the gold folders together into a scratch store and scores all decisions, then by part. */
export async function evaluateClusters(dirs: string[], clustersFile: string, holdout: Set<string>): Promise<ClusterScores[]> {
  const clusters = readClusters(clustersFile);
  const tmp = mkdtempSync(join(tmpdir(), "banwatch-clusters-"));
  const db = openDb(join(tmp, "gold.db"));
  try {
    await ingestPaths(db, dirs);
    const part = (held: boolean) => Object.fromEntries(Object.entries(clusters).filter(([, arts]) => arts.some((a) => holdout.has(a)) === held));
    const out = [scoreClusters(db, "clusters", clusters)];
    if (holdout.size) out.push(scoreClusters(db, "clusters/tune", part(false)), scoreClusters(db, "clusters/holdout", part(true)));
    return out;
  } finally {
    db.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const formatClusterScores = (s: ClusterScores): string =>
  `summary decisions=${s.decisions} merged_whole=${s.merged_whole?.toFixed(2) ?? "n/a"} right_date=${s.right_date?.toFixed(2) ?? "n/a"} ` +
  `missing_mention=${s.missing_mention} date_unread=${s.date_unread}`;

/** Pins of eval-gate.json's "clusters" section: {"minimum": {"clusters/tune": {"merged_whole": n, ...}}}. */
export function checkClusterGate(file: string, scores: ClusterScores[]): string[] {
  const gate = JSON.parse(readFileSync(file, "utf8")) as { clusters?: { minimum?: Record<string, Partial<Record<ClusterFigure, number>>> } };
  const failures: string[] = [];
  for (const [name, pins] of Object.entries(gate.clusters?.minimum ?? {})) {
    const s = scores.find((x) => x.name === name);
    if (!s) continue;
    for (const [k, min] of Object.entries(pins) as [ClusterFigure, number][]) {
      const x = s[k];
      if (x == null || x + 1e-9 < min) failures.push(`${name}: ${k} ${x?.toFixed(3) ?? "n/a"} is below the pinned minimum ${min.toFixed(3)}`);
    }
  }
  return failures;
}

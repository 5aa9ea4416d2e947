// The merge's seams: one stored report of a ban in (MentionRow), one decision out (CanonicalEvent).
import type { Precision } from "../types.js";

export interface MentionRow {
  id: number;
  article_id: string;
  ordinal: number;
  action: string;
  target: string;
  jurisdiction: string | null;
  level: string | null;
  actor_name: string | null;
  scope: string | null;
  audience: string | null;
  announced: string | null;
  effective: string | null;
  deadline: string | null;
  expires: string | null;
  duration: string | null;
  main: number;
  /** The article's stated publication date (never an inferred one: inference is an output). */
  published: string | null;
  lang: string;
  outlet: string | null;
  /** JSON array of rule ids, as stored; optional so tests can leave it out. */
  rules?: string | null;
  /** 1 when the announced date was lent by the article's publication day (rule date.published); read from rules when absent. */
  date_lent?: number | null;
  /** The merge unit, as the store's generated column computes it; derived when absent. */
  subject?: string;
}

/** Only lifts are produced: no extractor rule reads an extension or an amendment yet. */
export type ChangeKind = "lift";

/**
 * How a report found its decision: `date` by its own announced date, `published` by its
 * article's date (a main story), `only` as the one compatible decision, `nearest` as the
 * one nearest before its article, `article` (its article has no date: the one nearest to
 * the decisions the article's other reports were placed in by date or as the only one),
 * `support` (no time known at all: the best-supported one; too weak to date its article),
 * `alone` (no decision fits: undated reports agreeing with each other).
 */
export type JoinKind = "date" | "published" | "only" | "nearest" | "article" | "support" | "alone";

/** Kinds of placement that never depend on other subjects: what article hints are made of. */
export const FIRM_JOINS: ReadonlySet<JoinKind> = new Set(["date", "only"]);

/** Undated article -> the days of the decisions its reports firmly joined, by subject, and whether a main report did. */
export type ArticleHints = Map<string, { subject: string; day: number; main: boolean }[]>;

/**
 * What an undated article's firm placements of other subjects tell its main reports: the days of the
 * decisions its main story joined, and the latest day its background reports joined (the story's
 * decision comes after what it tells as background).
 */
export interface ArticleHint {
  days: number[];
  after: number | null;
}

/** The event fields a canonical event shares with its mentions, voted among them. */
export type EventFields = Pick<MentionRow, "action" | "target" | "jurisdiction" | "level" | "actor_name" | "scope" | "audience"
  | "announced" | "effective" | "deadline" | "expires" | "duration">;

export interface CanonicalEvent extends EventFields {
  key: string;
  subject: string;
  announced_precision: Precision | null;
  /** Reports whose own date gave the chosen announced date (equal to it or within it). */
  announced_reports: number;
  mentionIds: number[];
  /** How each mention joined: mention id -> kind. */
  joins: Map<number, JoinKind>;
  n_articles: number;
  n_outlets: number;
  n_languages: number;
  languages: string[];
  outlets: string[];
  first_reported: string | null;
  last_reported: string | null;
  confidence: number;
  changesKey: string | null;
  changeKind: ChangeKind | null;
}

export interface MergeResult {
  events: CanonicalEvent[];
  /** Articles without a publication date whose main event is dated elsewhere: article id -> that date. */
  inferredPublished: Map<string, string>;
}

// The typed seams of the pipeline:
// Source -> RawDocument -> Article -> Mention[] -> ArticleResult (spec events) -> Store.

/** Where a stage gave up on its input. Stored and counted, never thrown. */
export interface Rejection {
  kind: "rejection";
  stage: "source" | "content" | "language" | "extract" | "store";
  reason: string; // short machine code: empty, binary, too_large, no_text, not_found, ...
  detail: string; // human sentence: what was wrong and what to do
}
export const reject = (stage: Rejection["stage"], reason: string, detail: string): Rejection => ({
  kind: "rejection",
  stage,
  reason,
  detail,
});
export const isRejection = (x: unknown): x is Rejection =>
  typeof x === "object" && x !== null && (x as Rejection).kind === "rejection";

/** Raw input exactly as read or fetched. */
export interface RawDocument {
  uri: string; // file:// path or http(s) URL
  id: string; // proposed article id: path under the ingest root without extension, or a hash of the URL
  fetchedAt: string; // ISO timestamp
  contentType: string | null; // e.g. "text/html; charset=utf-8", "text/plain"
  headers?: Record<string, string>;
  bytes: Uint8Array;
  sha256: string;
  /**
   * Hints from the source (feed/sitemap language, outlet name). `url`: the page a file is a copy
   * of, as a sidecar gives it (src/sources/sidecar.ts); it never renames the article.
   */
  hints?: { lang?: string; outlet?: string; published?: string; url?: string };
  /**
   * Set by readers of files, WARC and JSON lines: the page's canonical URL, when it has one,
   * names the article instead of `id` (the crawler names its pages itself).
   */
  urlNamesArticle?: boolean;
  /** The reader it came through (documents.source); the crawler leaves it unset. */
  via?: "file" | "warc" | "jsonl" | "stdin";
}

/** A date only as precise as known: "2023", "2023-02", "2023-02-23". */
export type PartialDate = string;
export type Precision = "year" | "month" | "day";
export const precisionOf = (d: PartialDate): Precision =>
  d.length >= 10 ? "day" : d.length >= 7 ? "month" : "year";

export interface Paragraph {
  text: string;
  start: number; // offsets into Article.text
  end: number;
  lang?: string;
}

/** The extracted article: body text without headline or page furniture. */
export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  published: PartialDate | null;
  publishedSource: string | null; // which signal gave the date (first-line, dateline, json-ld, ...)
  modified?: PartialDate | null;
  authors?: string[];
  siteName?: string | null;
  lang: string; // ISO 639-1 or "und"
  langHints: string[]; // declared languages (html lang, meta, source hint)
  text: string;
  paragraphs: Paragraph[];
}

export type Action = "ban" | "advisory" | "proposal" | "lift";
export type Scope = "official_devices" | "personal_devices" | "official_network" | "public" | "minors" | "other";
export type Level = "supranational" | "national" | "subnational" | "local";

export interface Actor {
  jurisdiction: string | null; // ISO 3166-1/-2 or "EU"
  level: Level | null;
  name: string | null;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** One event as the spec (and `extract --json`) shapes it. */
export interface BanEvent {
  action: Action;
  target: string;
  actor: Actor;
  scope: Scope | null;
  audience: string | null;
  announced: PartialDate | null;
  effective: PartialDate | null;
  deadline: PartialDate | null;
  expires: PartialDate | null;
  duration: string | null;
  main: boolean;
  evidence: Evidence[];
  /** Ids of the rules that fired; provenance beyond the spec. */
  rules?: string[];
  /** For each field, the rule that set it and the text it matched; provenance beyond the spec. */
  why?: Provenance;
}

/** What set a field: the rule (see src/extract/rules.ts) and the text it matched. */
export interface Fired {
  rule: string;
  text: string;
}
/** The fields of a mention or event whose origin is recorded. */
export type ProvenancedField = "action" | "target" | "actor" | "scope" | "audience" | "announced" | "effective"
  | "deadline" | "expires" | "duration" | "background";
export type Provenance = Partial<Record<ProvenancedField, Fired>>;

/** The article object of the spec: what `extract --json` prints. */
export interface ArticleResult {
  id: string;
  lang: string;
  published: PartialDate | null;
  title: string | null;
  url: string | null;
  text: string;
  events: BanEvent[];
}

/** One report of a ban in one sentence, before mentions of an article are merged into events. */
export interface Mention extends Omit<BanEvent, "main" | "evidence" | "rules" | "why"> {
  /** How the actor was found: named in the sentence, or the article's default jurisdiction. */
  actorSource: "sentence" | "article" | "none";
  /** The sentence reads as background ("already", "previously"). */
  background: boolean;
  inTitle: boolean;
  paragraph: number;
  sentence: number;
  evidence: Evidence;
  /** The trigger: a verb reports a decision; a noun ("the ban on X") may refer to one; a follow cue lists earlier ones. */
  triggerKind: "verb" | "noun" | "follow";
  /** Where the target came from: named in the sentence, or the targets the text listed before ("these apps"). */
  targetSource: "named" | "previous";
  /** The trigger is a ban noun after a demonstrative ("this ban"): it reports the story's own decision. */
  refersBack?: boolean;
  /** Whether the target is a name the gazetteer knows (not a cued or open-world name, nor a category). */
  knownTarget: boolean;
  /** Whether the target was read from a frame's object position only: no list of names or categories knows it. */
  openTarget?: boolean;
  rules: string[];
  why: Provenance;
}

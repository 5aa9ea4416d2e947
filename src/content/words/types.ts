// The shape of one language's page-furniture and dateline words. Every list holds plain
// lower-case phrases (no regex syntax); src/content/words/index.ts compiles them once.

export interface ContentWords {
  /** Headings that open the furniture after an article: related stories, comments, "more". */
  endMarkers: string[];
  /** Heading prefixes that open such furniture whatever follows ("more from", "mehr zum thema ..."). */
  endMarkerPrefixes: string[];
  /** Labels of "read also" inserts inside the body ("Lire aussi : <headline>"). */
  readAlso: string[];
  /** Whole short lines that are furniture: ad labels, share and rating prompts, subscriptions. */
  furnitureLines: string[];
  /** Opening words of such lines when a little text follows ("share on ...", "sign up for ..."). */
  furniturePrefixes: string[];
  /** The copyright notice that marks a footer wherever it stands in a line ("all rights reserved"). */
  rightsReserved: string[];
  /**
   * Phrases of the calls and notes that close a page's text, wherever they stand in a short
   * line there: subscribe, support us, sign up, log in to comment, how to cite, reprint terms.
   */
  closingCalls: string[];
  /** Phrases of an advertising or affiliate disclosure ("This post contains affiliate links", "Anzeige, enthält Affiliate Links"). */
  disclosures: string[];
  /**
   * Phrases of a consent or cookie notice wherever they stand in a short line that also
   * says "cookie" ("we use cookies", "korzystamy z cookies", "Einwilligung").
   */
  cookieNotices: string[];
  /** Labels of image credits and captions ("Foto:", "Crédits photo :"). */
  credits: string[];
  /** Words that introduce an author's name ("by", "von", "par"). */
  bylinePrefixes: string[];
  /** Labels that sign a reader's comment before its name and time ("Posted by: Ann at 6:31 AM"). */
  commentSignatures: string[];
  /** Labels of a publication note ("published", "publié le", "veröffentlicht am"). */
  publishedLabels: string[];
  /** Labels of an update note ("updated", "mis à jour le", "aktualisiert am"). */
  updatedLabels: string[];
  /** Units of a reading-time note after its number ("5 min read", "11 minut czytania"). */
  readingTime: string[];
  /** Words between a day and its month in a written date ("19 de enero"). */
  dayMonthJoiners?: string[];
  /** Marks after a clock time ("3:17 pm"). */
  timeSuffixes?: string[];
  /** Words for "today" that introduce a day of the month ("today, March 16"). */
  today: string[];
  /**
   * Labels of a line at the head or tail of a text export that gives the page's address
   * ("URL: https://...", "Bron: https://...", "Quelle: https://..."): the article's URL.
   */
  sourceLabels?: string[];
  /**
   * How the language orders an all-numeric date ("11.07.2024", "12/04/2025"): day first, or
   * either (English: the UK writes the day first, the US the month). Day first when absent.
   */
  numericOrder?: "day-month" | "either";
  /** chrono-node locale that reads this language's dates, when chrono has one. */
  chrono?: "en" | "nl" | "fr" | "de" | "es" | "it" | "pt";
}

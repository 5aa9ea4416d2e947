// The merge's tuned numbers, in one place. (DAY_WINDOW, the date rule, is in dates.ts.)

/** Actor names that say nothing about which body decided: never a sign of the same decision. */
export const GENERIC_ACTORS = new Set(["government", "authorities", "state", "officials", "ministry", "parliament", "court", "regulator", "president"]);

/** Weight of a report's vote on a field: a main-story report counts double a background one. */
export const VOTE_MAIN = 2;
export const VOTE_BACKGROUND = 1;

/**
 * Confidence of a canonical event: a base, more per reporting article (up to a cap), a main
 * report, a date, several languages; less without a jurisdiction.
 */
export const CONFIDENCE = {
  base: 0.3, perArticle: 0.15, articlesCap: 4, main: 0.1, dated: 0.1, multilingual: 0.05, noJurisdiction: 0.2, floor: 0.05,
} as const;

// Durations on the command line ("500ms", "2s", "48h", "7d"), parsed without commander so that
// `banwatch query`'s parent process (query-parent.ts) can read its --timeout before loading it.

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
export type DurationUnit = "ms" | "s" | "m" | "h" | "d";

/** Milliseconds, or null when the text is no duration; a bare number is in `unit`. */
export function parseDuration(v: string, unit: DurationUnit): number | null {
  const m = v.trim().match(/^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i);
  return m ? Math.round(Number(m[1]) * UNITS[(m[2] ?? unit).toLowerCase()]) : null;
}

/** How long `banwatch query` lets a statement run unless --timeout says otherwise. */
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

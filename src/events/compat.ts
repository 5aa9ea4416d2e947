// When two mentions can be reports of one decision: dates within a window, scopes of the
// same family, the same level of government. Each test is lenient with unknown values.

/** Announced dates further apart than this are different decisions. */
export const DATE_WINDOW_DAYS = 30;

/** Day number (days since 1970) of the first day a partial date can mean. */
export const dayNumber = (d: string): number => {
  const [y, m = 1, dd = 1] = d.split("-").map(Number);
  return Date.UTC(y, m - 1, dd) / 86400000;
};

/** Day number of the last day a partial date can mean ("2023-02" -> 28 February). */
export const lastDayNumber = (d: string): number => {
  const [y, m, dd] = d.split("-").map(Number);
  if (dd) return Date.UTC(y, m - 1, dd) / 86400000;
  if (m) return Date.UTC(y, m, 0) / 86400000;
  return Date.UTC(y, 11, 31) / 86400000;
};

/** Two partial dates agree when one is a prefix of the other or they lie within the window. */
export function compatibleDates(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  // Coarse dates (a year) never match a different year; only day/month ranges get the window.
  const gap = Math.max(dayNumber(a) - lastDayNumber(b), dayNumber(b) - lastDayNumber(a), 0);
  return gap <= DATE_WINDOW_DAYS && a.length > 4 && b.length > 4;
}

/**
 * Scope families: bans on an organisation's devices, networks or staff phones are often
 * worded differently by different outlets for one decision; a ban on everyone or on
 * minors is a different decision. "other" and unknown scopes fit anything.
 */
const FAMILY: Record<string, string> = {
  official_devices: "org",
  personal_devices: "org",
  official_network: "org",
  public: "public",
  minors: "minors",
};
export function compatibleScopes(a: string | null, b: string | null): boolean {
  const fa = a ? FAMILY[a] : undefined;
  const fb = b ? FAMILY[b] : undefined;
  return !fa || !fb || fa === fb;
}

/** Known levels must agree (a city's ban is not the state's). */
export const compatibleLevels = (a: string | null, b: string | null): boolean => !a || !b || a === b;

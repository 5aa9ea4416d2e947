// The merge unit ("subject"): one jurisdiction and one target, all actions, so that a lift
// and the ban it ends are examined together. The store computes the same key as a generated
// column (schema.sql, event_mentions.subject); this mirror serves plain values in tests.
// SQLite's lower() folds ASCII only, and so does this function, so both always agree.

export const subjectKey = (jurisdiction: string | null, target: string): string => {
  const t = target.replace(/^ +| +$/g, "").replace(/[-_]/g, " ").replace(/ {2}/g, " ").replace(/ {2}/g, " ").replace(/[A-Z]/g, (c) => c.toLowerCase());
  return `${jurisdiction ?? ""}|${t}`;
};

export const subjectOf = (m: { jurisdiction: string | null; target: string; subject?: string }): string =>
  m.subject ?? subjectKey(m.jurisdiction, m.target);

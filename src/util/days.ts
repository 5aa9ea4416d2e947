// Partial dates ("2023", "2023-02", "2023-02-23") as day numbers: shared by the extractor and the merge.

/** Day number (days since 1970) of the first day a partial date can mean. */
export const dayNumber = (d: string): number =>
  Date.UTC(Number(d.slice(0, 4)), d.length > 4 ? Number(d.slice(5, 7)) - 1 : 0, d.length > 7 ? Number(d.slice(8, 10)) : 1) / 86400000;

/** Day number of the last day a partial date can mean ("2023-02" -> 28 February). */
export const lastDayNumber = (d: string): number => {
  if (d.length > 7) return dayNumber(d);
  const y = Number(d.slice(0, 4));
  return (d.length > 4 ? Date.UTC(y, Number(d.slice(5, 7)), 0) : Date.UTC(y, 11, 31)) / 86400000;
};

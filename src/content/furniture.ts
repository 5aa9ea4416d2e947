// Page furniture in text exports, as data. A line matching END_MARKERS after the
// article has begun ends the article ("Related items", "Lees ook"); DROP_LINES are
// credits and captions removed wherever they stand.
export const END_MARKERS: RegExp[] = [
  /^(?:related|related items|related articles|related stories|related news|related content|more from\b.*|more stories|more news|read more|read also|also read|see also|most read|most popular|trending|recommended|you may also like|you might also like|coming up|the guide|latest news|top stories|tags?:?|share this( article)?|comments?|leave a (comment|reply)|advertisement)\s*:?$/i,
  /^(?:lees ook|lees meer|meer nieuws|meer over\b.*|gerelateerd|gerelateerde artikelen|meest gelezen|bekijk ook|ook interessant)\s*:?$/i,
  /^(?:lire aussi|à lire aussi|a lire aussi|sur le même sujet|voir aussi|les plus lus|dans la même rubrique|articles similaires)\s*:?$/i,
  /^(?:mehr zum thema|weitere artikel|das könnte sie auch interessieren|lesen sie auch|auch interessant|meistgelesen|verwandte artikel)\s*:?$/i,
  /^(?:lee también|leer más|noticias relacionadas|más noticias|te puede interesar|lo más leído)\s*:?$/i,
  /^(?:leggi anche|potrebbe interessarti|articoli correlati|più letti|ultime notizie)\s*:?$/i,
  /^(?:leia também|leia mais|notícias relacionadas|mais lidas|veja também|saiba mais)\s*:?$/i,
];

/** Credits and caption labels: "Photo :", "Sumber :", "• Ist". */
export const DROP_LINES: RegExp[] = [
  /^(?:photo|foto|fotos|sumber|source|bron|image|bild|afbeelding|crédits?|credits?|copyright)\s*:\s*$/i,
  /^[•·]\s*\S.{0,40}$/u,
];

/** How many body paragraphs must come before an end marker counts (a marker at the top is navigation). */
export const MIN_PARAGRAPHS_BEFORE_END = 2;

/** A run of this many short teaser lines with timestamps is a teaser list: the article ended before it. */
export const TEASER_RUN = 3;
export const TEASER_MAX_CHARS = 90;

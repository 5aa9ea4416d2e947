// A locale's function words compiled into the small patterns the engine reads lists and
// clauses with. A locale without a grammar section reads lists by punctuation only.
import type { Locale } from "../locales/types.js";
import { escapeRegExp as esc } from "./words.js";

export interface CompiledGrammar {
  /** The text between two places of one list ("the US, Canada and the EU"). */
  listGap: RegExp;
  /** Optional article before a place name, as a regexp source ending a pattern. */
  articles: string;
  collectiveActor: RegExp;
  complementizer: RegExp;
  /** A complementizer right before the end of a text ("exige que", "son intention d'"): what follows is the complement of a verb or noun before it. */
  complementizerEnd: RegExp;
  infinitiveEnd: RegExp;
  /** An infinitive marker inside a text ("ordered to remove"): who is ordered is no passive subject of the ban. */
  infinitiveIn: RegExp;
  referenceNounEnd: RegExp;
  determinerEnd: RegExp;
  additive: RegExp;
  /** A demonstrative ending a text ("this", "cette"): the ban noun after it is the story's decision. */
  demonstrativeEnd: RegExp;
  /** A singular definite article at the end of a text ("du ", "el "). */
  singularArticleEnd: RegExp;
  /** A demonstrative opening a text ("ces plastiques ..."): it points back at what came before. */
  demonstrativeStart: RegExp;
  /** "such a", "ein solches" ending a text: the ban noun after it is of the kind just told. */
  suchEnd: RegExp;
  /** "semelhantes", "similaires" opening the text after a ban noun: the same, where adjectives follow the noun. */
  suchStart: RegExp;
  /** Trigger forms that are the noun after a word that makes no verb of them (lower case), and that word's test. */
  nounAfterWord: Set<string>;
  /** Determiners that are relative words too ("that"), lower case (Locale grammar.relativeDeterminers). */
  relativeDeterminers: Set<string>;
  verbMarkedEnd: RegExp;
  /** A comma or conjunction opening a text: after a list's comma, the word before it is a list item ("restaurants, bars and taverns"). */
  listAfter: RegExp;
  /** A preposition or quantifier ending a text ("the list of", "and other"). */
  prepositionEnd: RegExp;
  /** Adjectives (and number compounds) ending a text before a ban noun: "a 10-day", "a temporary". */
  modifiersEnd: RegExp;
  adjectivesEnd: RegExp;
  /** A function word (preposition, article, conjunction) ending the words a demonym may describe. */
  windowStop: RegExp;
  /** An article or determiner opening a noun phrase ("the employees" -> "employees"). */
  leadingArticle: RegExp;
  /** Right after a place: a noun that makes it qualify other countries ("EU country"). */
  memberNoun: RegExp;
  /** Right before a place: the same in noun-first order ("pays de l'"). */
  memberOfEnd: RegExp;
  /** A preposition of place ending a text ("In Turchia"). */
  locativeEnd: RegExp;
  /** An enacting verb and an article ending a text ("passed the"): the ban noun after it refers back. */
  enactedEnd: RegExp;
  /** A question word opening a text (after "¿" or a quote): the question takes its content as given. */
  questionOpener: RegExp | null;
}

const NEVER = /(?!)/;
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join("|");
/** Elided articles ("l'") take no space after them. */
const articleSource = (words: string[]) => {
  const full = words.filter((w) => !/['’]$/.test(w));
  const elided = words.filter((w) => /['’]$/.test(w)).map((w) => esc(w.slice(0, -1)) + "['’]");
  const parts = [...(full.length ? [`(?:${alt(full)})\\s+`] : []), ...elided];
  return parts.length ? `(?:${parts.join("|")})?` : "";
};

export function compileGrammar(locale: Locale): CompiledGrammar {
  const g = locale.grammar;
  if (!g) {
    return { listGap: /^[\s,]*(?:\(\s*)?$/u, articles: "", collectiveActor: NEVER, complementizer: NEVER, complementizerEnd: NEVER, infinitiveEnd: NEVER, infinitiveIn: NEVER,
      referenceNounEnd: NEVER, determinerEnd: NEVER, additive: NEVER, leadingArticle: NEVER, windowStop: NEVER, prepositionEnd: NEVER, demonstrativeEnd: NEVER, singularArticleEnd: NEVER, demonstrativeStart: NEVER, suchEnd: NEVER, suchStart: NEVER, nounAfterWord: new Set(), relativeDeterminers: new Set(), verbMarkedEnd: NEVER, listAfter: NEVER, modifiersEnd: NEVER, adjectivesEnd: NEVER,
      memberNoun: NEVER, memberOfEnd: NEVER, locativeEnd: NEVER, enactedEnd: NEVER, questionOpener: null };
  }
  const articles = articleSource(g.articles);
  const conj = g.conjunctions.length ? `(?:${alt(g.conjunctions)})\\s+` : "(?!)";
  const preps = g.listPrepositions?.length ? `(?:(?:${alt(g.listPrepositions)})\\s+)?` : "";
  const det = g.determiners.filter((w) => !/['’]$/.test(w));
  const detElided = g.determiners.filter((w) => /['’]$/.test(w)).map((w) => esc(w.slice(0, -1)) + "['’]");
  return {
    listGap: new RegExp(`^[\\s,]*(?:\\(\\s*$|${conj}${preps})?${articles}\\s*$`, "iu"),
    articles,
    collectiveActor: g.collectiveActors.length ? new RegExp(`^\\s*(?:${alt(g.collectiveActors)})(?![\\p{L}])`, "iu") : NEVER,
    complementizer: g.complementizers.length ? new RegExp(`^\\s*(?:${alt(g.complementizers).replace(/'/g, "['’]")})(?![\\p{L}])`, "iu") : NEVER,
    // An elided form ends in its apostrophe, the next word glued to it ("d'interdire").
    complementizerEnd: g.complementizers.length ? new RegExp(`(?:^|\\s)(?:${alt(g.complementizers).replace(/'/g, "['’]")})(?:\\s+|(?<=['’]))$`, "iu") : NEVER,
    infinitiveEnd: g.infinitiveMarkers?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.infinitiveMarkers)})\\s*$`, "iu") : NEVER,
    infinitiveIn: g.infinitiveMarkers?.length ? new RegExp(`\\s(?:${alt(g.infinitiveMarkers)})\\s`, "iu") : NEVER,
    referenceNounEnd: g.referenceNouns.length ? new RegExp(`(?<![\\p{L}])(?:${alt(g.referenceNouns)})\\s*$`, "iu") : NEVER,
    determinerEnd: new RegExp(
      [...(det.length ? [`(?:^|\\s)(?:${alt(det)})\\s*$`] : []), ...(detElided.length ? [`(?:^|\\s)(?:${detElided.join("|")})$`] : [])].join("|") || "(?!)",
      "iu",
    ),
    modifiersEnd: new RegExp(`(?:\\s+(?:\\d+[-‐]\\p{L}+${g.nounModifiers?.length ? `|${alt(g.nounModifiers)}` : ""})){1,2}\\s*$`, "iu"),
    // After a determiner any hyphenated word is an adjective too ("its world-first ban"); where every
    // noun is capitalised, a capitalised one is a noun ("die Zangi-App gesperrt").
    adjectivesEnd: new RegExp(`(?:\\s+(?:${locale.frames?.capitalisedNouns ? "[\\p{Ll}\\d]" : "[\\p{L}\\d]"}[\\p{L}\\d]*[-‐]\\p{L}+${g.nounModifiers?.length ? `|${alt(g.nounModifiers)}` : ""})){1,2}\\s*$`, locale.frames?.capitalisedNouns ? "u" : "iu"),
    demonstrativeEnd: g.demonstratives?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.demonstratives)})\\s*$`, "iu") : NEVER,
    singularArticleEnd: g.singularArticles?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.singularArticles)})${g.singularArticles.some((a) => /['’]$/.test(a)) ? "\\s*" : "\\s+"}$`, "iu") : NEVER,
    demonstrativeStart: g.demonstratives?.length ? new RegExp(`^\\s*(?:${alt(g.demonstratives)})(?![\\p{L}])`, "iu") : NEVER,
    listAfter: new RegExp(`^\\s*(?:,|(?:${alt(g.conjunctions) || "(?!)"})\\s)`, "iu"),
    // One adjective may follow: "their own national bans", "własne, krajowe zakazy".
    suchEnd: g.suchWords?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.suchWords)})(?:,?\\s+\\p{L}[\\p{L}-]*)?\\s*$`, "iu") : NEVER,
    suchStart: g.suchAfter?.length ? new RegExp(`^\\s+(?:${alt(g.suchAfter)})(?![\\p{L}])`, "iu") : NEVER,
    nounAfterWord: new Set((g.nounAfterWord ?? []).map((w) => w.toLowerCase())),
    relativeDeterminers: new Set((g.relativeDeterminers ?? []).map((w) => w.toLowerCase())),
    verbMarkedEnd: g.verbMarkedEnd ? new RegExp(`(?:${g.verbMarkedEnd})\\s*$`, "iu") : NEVER,
    prepositionEnd: new RegExp(`(?:^|\\s)(?:${alt([...(g.prepositions ?? []), ...(locale.frames?.quantifiers ?? [])].filter((w) => !/['’]$/.test(w))) || "(?!)"})\\s*$`, "iu"),
    windowStop: new RegExp(`\\s(?:${alt([...(g.prepositions ?? []), ...g.articles, ...g.conjunctions].filter((w) => !/['’]$/.test(w))) || "(?!)"})(?=\\s|$)`, "iu"),
    leadingArticle: new RegExp(`^(?:${alt([...g.articles, ...g.determiners].filter((w) => !/['’]$/.test(w))) || "(?!)"})\\s+`, "iu"),
    memberNoun: g.memberNouns?.length ? new RegExp(`^[\\s-]+(?:${alt(g.memberNouns)})(?![\\p{L}])`, "iu") : NEVER,
    memberOfEnd: g.memberOf?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.memberOf).replace(/'/g, "['’]")})\\s*$`, "iu") : NEVER,
    enactedEnd: g.enactVerbs?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.enactVerbs)})\\s+${articles}$`, "iu") : NEVER,
    questionOpener: g.questionWords?.length ? new RegExp(`^[\\s¿¡"“«„'‘]*(?:${alt(g.questionWords).replace(/'/g, "['’]")})(?![\\p{L}])`, "iu") : null,
    locativeEnd: g.locatives?.length ? new RegExp(`(?:^|\\s)(?:${alt(g.locatives)})\\s*$`, "iu") : NEVER,
    additive: g.additive.length ? new RegExp(`(?<![\\p{L}])(?:${alt(g.additive)})(?![\\p{L}])`, "giu") : NEVER,
  };
}

// Step 1 — candidate triggers: each trigger form of the sentence with its locale rule and
// the stretch of text its cues are read in (its clause, the words right before it).
import type { TriggerRule } from "../../locales/types.js";
import type { CompiledLocale } from "../compile.js";
import type { KeyedHit, Span } from "../patterns.js";
import type { SentenceFacts } from "./facts.js";
import { firstWords, lastWords } from "../words.js";
import { CUE_NEAR_WORDS, LIST_CONTEXT_CHARS, NEGATION_AFTER_WORDS, PLAN_MARKER_WORDS } from "../constants.js";

/** A word and a list's comma ending a text (any language). */
const LIST_COMMA_END = /\p{L},\s*$/u;

export interface Candidate {
  hit: Span;
  rule: TriggerRule;
  /** Offsets into the sentence text: the trigger, its clause. */
  rel: number;
  clauseStart: number;
  clauseEnd: number;
  /** The clause before the trigger, and its last few words (where negation and plans count). */
  before: string;
  /**
   * Where in `before` the words after a headline's kicker colon start ("Kein Joint auf der Wiesn: Bayern
   * verbietet Kiffen"), 0 when there is none: the kicker negates, plans and names nothing after it.
   */
  kicker: number;
  near: string;
  /** The words after the trigger up to the next comma of its clause, where a following negation counts ("" in a language without one). */
  after: string;
  /** The rest of the trigger's clause after it. */
  rest: string;
  /** How the form is used here: a verb form after a determiner is a noun ("ordered a ban against ..."). */
  kind: "verb" | "noun";
  /** A ban noun after a demonstrative ("this ban", "cette interdiction") points at the story's decision. */
  refersBack: boolean;
  /** A ban noun after "such a" ("ein solches Verbot"): a ban of the kind just told, of the targets named before. */
  sameKind: boolean;
}

/**
 * Where verbs coordinated with a conjunction join ("banned the film Barbie in July 2023, and banned
 * the film Uncharted in 2022"): each verb's clause ends, and the next one's opens, at the conjunction.
 */
function coordinationBreaks(triggers: KeyedHit[], f: SentenceFacts, c: CompiledLocale): number[] {
  const out: number[] = [];
  for (let i = 1; i < triggers.length; i++) {
    const gap = f.s.text.slice(triggers[i - 1].end - f.s.start, triggers[i].start - f.s.start);
    const m = c.coordinated.exec(gap);
    // A list of subjects is no coordination ("Rusia y Bielorrusia prohibieron"): the text before the conjunction holds more than the first verb.
    // Nor is the infinitive's marker of a plan ("block Telegram, saying it had no plans to ban"): the verb is the plan's, its
    // negation stays ("a law ... to phase out" still opens a clause of its own).
    const planned = c.grammar.infinitiveEnd.test(gap) && c.proposal.test(lastWords(gap, PLAN_MARKER_WORDS));
    if (m && /[\p{L}\p{N}]/u.test(gap.slice(0, m.index)) && !planned) out.push(triggers[i - 1].end - f.s.start + m.index);
  }
  return out;
}

export function candidates(triggers: KeyedHit[], f: SentenceFacts, c: CompiledLocale): Candidate[] {
  const byId = new Map(c.locale.triggers.map((r) => [r.id, r]));
  const breaks = [...f.breaks, ...coordinationBreaks(triggers, f, c)];
  // "sollen zudem nicht-kommerzielle Vereinigungen ...": a form of several words whose last word opens a
  // hyphenated compound ends nowhere; that word is part of the compound.
  const glued = (hit: KeyedHit) => /\s/.test(hit.text) && /^-\p{L}/u.test(f.s.text.slice(hit.end - f.s.start, hit.end - f.s.start + 2));
  return triggers.filter((hit) => !glued(hit)).map((hit) => {
    const rule = byId.get(hit.key)!;
    const rel = hit.start - f.s.start;
    const clauseStart = Math.max(0, ...breaks.filter((b) => b < rel));
    const clauseEnd = Math.min(f.s.text.length, ...breaks.filter((b) => b > rel));
    const before = f.s.text.slice(clauseStart, rel);
    // A verb form after a determiner is a noun ("ordered a ban"); a participle after a preposition or
    // quantifier before a common noun is an adjective ("the list of forbidden information"): both refer to a ban.
    // Adjectives between them do not change that: "ordered a 10-day block of X", "a temporary ban".
    const core = before.replace(c.grammar.modifiersEnd, "");
    const attributive = c.grammar.prepositionEnd.test(core) && /^\s+\p{Ll}/u.test(f.s.text.slice(rel + hit.text.length));
    // A verb form of several words that opens with its noun ("verbod op ... opgeschort") stays a verb.
    const multiWord = /\s/.test(hit.text);
    // A headline drops the article: "Pakistan extends ban on X" -- a verb form followed by a noun's link is the noun.
    const linked = !!c.frames && c.nounForms.has(hit.text.toLowerCase()) && c.frames.nounLink.test(f.s.text.slice(rel + hit.text.length));
    // After a determiner a hyphenated word is an adjective too ("its world-first ban"); not after a preposition
    // ("trottinettes en libre-service bannies de Paris": the noun's complement).
    // A determiner that is also a relative word after a noun opens a relative clause whose verb this is, unless a noun's link
    // follows ("a law that bars children from X"; "that ban on X" is the noun).
    const relative = !!c.frames && /\p{Ll}\s+\S+\s*$/u.test(core) && c.grammar.relativeDeterminers.has(core.trim().split(/\s+/).pop()!.toLowerCase())
      && !c.frames.nounLink.test(f.s.text.slice(rel + hit.text.length));
    const determined = !relative && (c.grammar.determinerEnd.test(core) || c.grammar.determinerEnd.test(before.replace(c.grammar.adjectivesEnd, "")));
    // "such a ban", "ein solches Verbot": a noun of the kind the text just told.
    const such = !multiWord && (c.grammar.suchEnd.test(before) || c.grammar.suchStart.test(f.s.text.slice(rel + hit.text.length)));
    // "restaurants, bars and taverns": a verb form between list separators is a noun in the list.
    const listed = LIST_COMMA_END.test(f.s.text.slice(Math.max(0, rel - LIST_CONTEXT_CHARS), rel))
      && c.grammar.listAfter.test(f.s.text.slice(rel + hit.text.length, rel + hit.text.length + LIST_CONTEXT_CHARS));
    // "Foreign buyer ban passes into law": after a word that makes no verb of it, the shared form is the noun.
    const afterWord = c.grammar.nounAfterWord.has(hit.text.toLowerCase()) && /\p{L}\s+$/u.test(before) && !c.grammar.verbMarkedEnd.test(before);
    const kind = rule.kind === "verb" && !multiWord && (determined || attributive || linked || such || listed || afterWord) ? "noun" : rule.kind;
    // "this ban", "passed the ban": the noun points at the ban the text named.
    const refersBack = kind === "noun" && (c.grammar.demonstrativeEnd.test(before) || c.grammar.enactedEnd.test(before));
    const sameKind = kind === "noun" && such;
    // Read only where the language negates after the verb (de, nl): every trigger of every sentence passes here.
    const after = c.negationAfter ? firstWords(f.s.text.slice(rel + hit.text.length, clauseEnd).split(",")[0], NEGATION_AFTER_WORDS) : "";
    const colon = before.lastIndexOf(": ");
    const kicker = colon < 0 ? 0 : colon + 2;
    return { hit, rule, rel, clauseStart, clauseEnd, before, kicker, near: lastWords(before.slice(kicker), CUE_NEAR_WORDS), after, rest: f.s.text.slice(rel + hit.text.length, clauseEnd), kind, refersBack, sameKind };
  });
}

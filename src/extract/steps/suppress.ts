// Step 2 — suppressors: triggers that report no ban of their own. Negation ("won't face
// restrictions"), a condition ("if banned"), and the stretches other triggers of the same
// sentence govern: the clause an advisory governs, a lift's object and its clause.
import type { Fired } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Candidate } from "./candidates.js";
import type { SentenceFacts } from "./facts.js";
import { fired } from "../rules.js";
import { countWords, isTitleCase, lastWords } from "../words.js";
import { CUE_NEAR_WORDS, DENIED_SUBJECT_WORDS, WITHOUT_GAP_WORDS } from "../constants.js";

/** Stretches of the sentence (absolute offsets) that earlier triggers govern. */
export interface Governed {
  /** The clause an advisory governs: its ban verbs are what the advice says. */
  advisedUntil: number;
  /** The clause of a lift's object: its ban verbs are what the stopped order says. */
  liftedUntil: number;
  /** A lift's object ("blocked the ban"): a ban noun there is no new ban. */
  consumedUntil: number;
  /** The ban noun a lift ends ("la levée de la suspension"): a ban told as background, not a new one. */
  endedUntil: number;
}
export const NOTHING_GOVERNED: Governed = { advisedUntil: -1, liftedUntil: -1, consumedUntil: -1, endedUntil: -1 };

/** "zonder opgaaf van reden geblokkeerd", "blocked X without warning": a "without" far before the trigger, no infinitive marker opening it, says how. */
function saysHow(neg: { index: number; text: string }, near: string, c: CompiledLocale): boolean {
  if (!c.without?.test(neg.text)) return false;
  const after = near.slice(neg.index + neg.text.length);
  return countWords(after) > WITHOUT_GAP_WORDS && !c.grammar.infinitiveEnd.test(after);
}

/** Why a candidate reports nothing, or null. */
export function suppressed(x: Candidate, g: Governed, c: CompiledLocale): Fired | null {
  const { hit, rule } = x;
  const lang = c.locale.code;
  if (hit.start < g.consumedUntil && x.kind === "noun") return fired("suppress.lift-object", lang, hit.text);
  if (hit.start < g.advisedUntil && rule.action === "ban") return fired("suppress.advised", lang, hit.text);
  if (hit.start < g.liftedUntil && rule.action === "ban") return fired("suppress.lifted-clause", lang, hit.text);
  // "Canada is not the first country to ban X": the negation is the comparison's.
  const near = c.negationExcept ? x.near.replace(c.negationExcept, " ") : x.near;
  const neg = c.negation.exec(near);
  if (neg && !saysHow(neg, near, c)) return fired("cue.negation", lang, neg.text);
  // Only a verb is negated after it ("das Verbot nicht umsetzen" negates another verb); after an advisory
  // the negation is what it advises ("riep op om TikTok niet meer te gebruiken").
  const na = x.kind === "verb" && rule.action !== "advisory" && c.negationAfter;
  const negAfter = na ? na.cue.exec(na.except ? x.after.replace(na.except, " ") : x.after) : null;
  if (negAfter) return fired("cue.negation", lang, negAfter.text);
  // "Ein Rauchverbot gibt es nicht nur in Bayern": what only looks like a negation ("nicht nur") denies nothing.
  const denied = x.kind === "noun" && c.nounDenied ? c.nounDenied.exec(c.negationAfter?.except ? x.rest.replace(c.negationAfter.except, " ") : x.rest) : null;
  if (denied) return fired("cue.negation", lang, denied[0].trim());
  // "denied a report that it was preparing to block X": the denial reaches past the cues' few words. A ban noun
  // opening the denied clause is its subject, denied nothing ("denied that the ban was political"); one further
  // on is what the clause says was coming ("desmentiu a notícia de que estaria a preparar a proibição do TikTok").
  const denial = c.denial?.exec(x.before);
  if (denial && (x.kind === "verb" || countWords(x.before.slice(denial.index + denial.text.length)) > DENIED_SUBJECT_WORDS)) return fired("cue.negation", lang, denial.text);
  const hyp = c.hypothetical.exec(x.before);
  if (hyp) return fired("cue.hypothetical", lang, hyp.text);
  // "rejeitou os projetos de lei que previam a proibição": a rejected bill bans nothing, however far its verb stands.
  const bill = c.bill?.exec(x.before);
  const rejected = bill ? c.negation.exec(lastWords(x.before.slice(0, bill.index), CUE_NEAR_WORDS)) ?? c.billRejected?.exec(x.rest) : null;
  if (rejected) return fired("cue.negation", lang, rejected.text);
  return null;
}

/** Words between a subject and its verb ("YouTube has now blocked"). */
const SUBJECT_GAP_WORDS = 2;

/**
 * A platform the gazetteer knows as the subject of an active ban verb with an object ("YouTube
 * blocked the channels of ...", "Twitter suspended the account of ...") moderates its own
 * service: no state decided anything. Only where the subject precedes the verb and the object
 * follows it (not de, nl); a passive ("TikTok was blocked", "X blocked in Brazil") is no such subject.
 */
export function platformSubject(x: Candidate, f: SentenceFacts, c: CompiledLocale): Fired | null {
  const fr = c.frames;
  // Verb-final clauses (de, nl: finite auxiliaries) put objects before the verb too.
  if (!fr || fr.finiteAux || x.kind !== "verb" || x.rule.action !== "ban") return null;
  const subject = f.objects.filter((t) => t.rule === "target.known" && t.end <= x.hit.start && t.start - f.s.start >= x.clauseStart).pop();
  if (!subject) return null;
  const gap = f.s.text.slice(subject.end - f.s.start, x.rel);
  if (/[,;:]/.test(gap) || countWords(gap) > SUBJECT_GAP_WORDS || fr.passiveBefore?.test(f.s.text.slice(0, x.rel))) return null;
  // An object after the verb, opened by a determiner: "blocked the channels", "suspended its account".
  if (!fr.apposition.test(f.s.text.slice(x.rel + x.hit.text.length).trimStart())) return null;
  return fired("suppress.platform-subject", c.locale.code, subject.text);
}

/** A lift verb whose object is a name's possession that is no ban ("revoked Simpson's bail", "quashed Smith's conviction"). */
export function personalMatter(x: Candidate, f: SentenceFacts, c: CompiledLocale): Fired | null {
  if (!c.personalMatter || x.kind !== "verb" || x.rule.action !== "lift") return null;
  const m = c.personalMatter.exec(f.s.text.slice(x.rel + x.hit.text.length));
  return m ? fired("suppress.personal-matter", c.locale.code, m[0].trim()) : null;
}

/**
 * A capitalised trigger inside a sentence, beside another capitalised word, is part of a name
 * ("Secretary-General Ban Ki-moon", "at Pontoon Bar"), where the language writes common nouns
 * in lower case and the sentence is no title-case headline.
 */
export function inName(x: Candidate, f: SentenceFacts, c: CompiledLocale): Fired | null {
  if (!c.frames || c.frames.capitalisedNouns || !/^\p{Lu}\p{Ll}/u.test(x.hit.text)) return null;
  const before = f.s.text.slice(0, x.rel);
  // The start of a sentence, a heading after a colon, a quote or a dash capitalise any word.
  if (!/[\p{L}\p{N}]/u.test(before) || /[:"“«'‘(—–|-]\s*$/u.test(before) || isTitleCase(f.s.text)) return null;
  const prev = /(\S+)\s+$/u.exec(before)?.[1] ?? "";
  const next = /^\s+(\S+)/u.exec(f.s.text.slice(x.rel + x.hit.text.length))?.[1] ?? "";
  return /^\p{Lu}/u.test(prev) || /^\p{Lu}/u.test(next) ? fired("suppress.in-name", c.locale.code, `${prev} ${x.hit.text} ${next}`.trim()) : null;
}

const QUESTION_END = /\?[\s"”»'’)]*$/u;

/**
 * A question that asks whether ("Should social networking sites be banned?", "¿Prohibirá España
 * TikTok?") reports no decision; one that asks why or when takes it as given.
 */
export function yesNoQuestion(x: Candidate, f: SentenceFacts, c: CompiledLocale): Fired | null {
  const opener = c.grammar.questionOpener;
  if (!opener || !QUESTION_END.test(f.s.text)) return null;
  // Spanish opens the question where it starts: "Y ahora, ¿prohibirá el Gobierno TikTok?"
  const open = f.s.text.lastIndexOf("¿", x.rel);
  return opener.test(open >= 0 ? f.s.text.slice(open) : f.s.text) ? null : fired("cue.question", c.locale.code, "?");
}

/** An advisory governs the rest of its clause, whatever happens to the advisory itself. */
export function governAdvice(x: Candidate, g: Governed, sentenceStart: number): Governed {
  return x.rule.action === "advisory" ? { ...g, advisedUntil: sentenceStart + x.clauseEnd } : g;
}

// Step 2 — suppressors: triggers that report no ban of their own. Negation ("won't face
// restrictions"), a condition ("if banned"), and the stretches other triggers of the same
// sentence govern: the clause an advisory governs, a lift's object and its clause.
import type { Fired } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Candidate } from "./candidates.js";
import { fired } from "../rules.js";

/** Stretches of the sentence (absolute offsets) that earlier triggers govern. */
export interface Governed {
  /** The clause an advisory governs: its ban verbs are what the advice says. */
  advisedUntil: number;
  /** The clause of a lift's object: its ban verbs are what the stopped order says. */
  liftedUntil: number;
  /** A lift's object ("blocked the ban"): a ban noun there is no new ban. */
  consumedUntil: number;
}
export const NOTHING_GOVERNED: Governed = { advisedUntil: -1, liftedUntil: -1, consumedUntil: -1 };

/** Why a candidate reports nothing, or null. */
export function suppressed(x: Candidate, g: Governed, c: CompiledLocale): Fired | null {
  const { hit, rule } = x;
  const lang = c.locale.code;
  if (hit.start < g.consumedUntil && x.kind === "noun") return fired("suppress.lift-object", lang, hit.text);
  if (hit.start < g.advisedUntil && rule.action === "ban") return fired("suppress.advised", lang, hit.text);
  if (hit.start < g.liftedUntil && rule.action === "ban") return fired("suppress.lifted-clause", lang, hit.text);
  const neg = c.negation.exec(x.near);
  if (neg) return fired("cue.negation", lang, neg.text);
  // Only a verb is negated after it ("das Verbot nicht umsetzen" negates another verb); after an advisory
  // the negation is what it advises ("riep op om TikTok niet meer te gebruiken").
  const na = x.kind === "verb" && rule.action !== "advisory" && c.negationAfter;
  const negAfter = na ? na.cue.exec(na.except ? x.after.replace(na.except, " ") : x.after) : null;
  if (negAfter) return fired("cue.negation", lang, negAfter.text);
  const hyp = c.hypothetical.exec(x.before);
  if (hyp) return fired("cue.hypothetical", lang, hyp.text);
  return null;
}

/** An advisory governs the rest of its clause, whatever happens to the advisory itself. */
export function governAdvice(x: Candidate, g: Governed, sentenceStart: number): Governed {
  return x.rule.action === "advisory" ? { ...g, advisedUntil: sentenceStart + x.clauseEnd } : g;
}

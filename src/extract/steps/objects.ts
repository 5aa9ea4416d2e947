// Step 4 — targets: what the trigger bans. The target right after a ban noun is that
// ban's; otherwise the targets of the trigger's clause, else of the sentence, else the
// ones the text listed just before ("these apps", "it").
import type { Fired } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Span } from "../patterns.js";
import type { TargetHit } from "../targets.js";
import type { Candidate } from "./candidates.js";
import type { SentenceFacts } from "./facts.js";
import { fired } from "../rules.js";
import { countWords } from "../words.js";
import { NOUN_TARGET_GAP_WORDS, PREVIOUS_TARGET_SENTENCES } from "../constants.js";

/** The targets the text named last, and in which sentence. */
export interface PreviousTargets {
  names: string[];
  sentence: number;
}

export interface ChosenTarget {
  name: string;
  why: Fired;
  known: boolean;
  /** Named after "in addition to": a background ban with no date of its own. */
  aside: boolean;
}

export type TargetVerdict = { dropped: Fired } | { targets: ChosenTarget[]; previous: boolean };

/**
 * "the ban on TikTok": a target right after a ban noun is that ban's, not the object of
 * another trigger in the sentence ("Na het verbod op TikTok heeft ... AliExpress verboden").
 */
export function claimNounTargets(triggers: Candidate[], f: SentenceFacts): Map<number, TargetHit> {
  const claimed = new Map<number, TargetHit>();
  for (const t of triggers) {
    if (t.rule.kind !== "noun") continue;
    const next = f.objects.find((x) => x.start >= t.hit.end && countWords(f.s.text.slice(t.hit.end - f.s.start, x.start - f.s.start)) <= NOUN_TARGET_GAP_WORDS);
    if (next) claimed.set(t.hit.start, next);
  }
  return claimed;
}

const chosen = (x: TargetHit, f: SentenceFacts, why?: Fired): ChosenTarget =>
  ({ name: x.name, why: why ?? { rule: x.rule, text: x.text }, known: x.rule === "target.known", aside: false });

export function chooseTargets(x: Candidate, f: SentenceFacts, claimed: Map<number, TargetHit>, previous: PreviousTargets | null,
  si: number, c: CompiledLocale): TargetVerdict {
  const inClause = f.objects.filter((t) => t.start - f.s.start >= x.clauseStart && t.end - f.s.start <= x.clauseEnd);
  const own = claimed.get(x.hit.start);
  let hits = own ? [own] : inClause.length ? inClause : f.objects;
  if (!own) {
    const claimedNames = new Set([...claimed.values()].map((t) => t.name));
    if (hits.some((t) => !claimedNames.has(t.name))) hits = hits.filter((t) => !claimedNames.has(t.name));
  }
  if (hits.length) {
    const names = new Set(hits.map((t) => t.name));
    const aside = [...names].some((n) => !f.aside.has(n)) ? f.aside : new Set<string>();
    const out = [...new Map(hits.map((t) => [t.name, chosen(t, f, own === t ? fired("target.noun", c.locale.code, t.text) : undefined)])).values()];
    for (const t of out) t.aside = aside.has(t.name);
    return { targets: out, previous: false };
  }
  return previousTargets(x, previous, si, c);
}

/** A verb with no target of its own refers to what the text just listed, unless it describes that set. */
function previousTargets(x: Candidate, previous: PreviousTargets | null, si: number, c: CompiledLocale): TargetVerdict {
  const lang = c.locale.code;
  if (x.rule.kind === "noun") return { dropped: fired("suppress.noun-without-target", lang, x.hit.text) };
  if (!previous || si - previous.sentence > PREVIOUS_TARGET_SENTENCES) return { dropped: fired("suppress.no-target", lang, x.hit.text) };
  // "une des applications bannies", "de geblokkeerde apps": a participle after "apps" refers to the ban, it reports none.
  const ref = c.grammar.referenceNounEnd.exec(x.before);
  if (ref) return { dropped: fired("suppress.reference-noun", lang, ref[0].trim()) };
  const why = fired("target.previous-sentence", lang, previous.names.join(", "));
  return { targets: previous.names.map((name) => ({ name, why, known: false, aside: false })), previous: true };
}

export type { Span };

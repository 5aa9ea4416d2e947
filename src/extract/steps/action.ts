// Step 3 — the action class: the trigger's own (ban, advisory, lift), unless its object
// makes a ban verb a lift ("blocked the order", "suspende ... a proibição") or a plan cue
// makes a ban a proposal. A lift only planned is dropped.
import type { Action, Fired } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { CompiledGrammar } from "../grammar.js";
import type { Candidate } from "./candidates.js";
import type { Governed } from "./suppress.js";
import { fired } from "../rules.js";
import { lastWords } from "../words.js";
import { GOVERNOR_WORDS } from "../constants.js";
import { determinersOf, orderAfter } from "./orders.js";

/** The ban or rule a lift stops: where its text ends (absolute offset). */
export interface LiftObject {
  end: number;
}

export type ActionVerdict =
  | { dropped: Fired; governed: Governed }
  | { action: Action; why: Fired; cues: Fired[]; lift: LiftObject | null; governed: Governed; endsBan?: boolean };

/**
 * A ban verb's object naming a ban or rule, not right after the verb ("divest-or-ban law")
 * unless a compound names its own target ("blockiert Tiktok-Aus"). After a determiner the
 * form is a noun ("announced the ban in an executive order"), which stops nothing.
 */
function liftObject(x: Candidate, text: string, c: CompiledLocale): { index: number; text: string } | null {
  if (x.rule.action !== "ban" || x.kind !== "verb") return null;
  // Within the trigger's clause: "blocked Instagram, lifting the ban" blocks no ban.
  const order = orderAfter(text, x.rel + x.hit.text.length, x.clauseEnd, c);
  if (!order) return null;
  const { segment, next, obj } = order;
  if (subjectAfterVerb(segment.slice(obj.index + obj.text.length), c)) return null;
  // "bloqueada ... por orden de Maduro", "blocked by order of the court": after a preposition other than a
  // genitive ("the enforcement of the ban") the order is the ban's cause, not what the verb stops.
  if (causeLink(next.slice(0, obj.index), c)) return null;
  // "have banned or plan to ban disposable vapes": after an infinitive marker the form is a verb, not the object.
  if (c.grammar.infinitiveEnd.test(next.slice(0, obj.index))) return null;
  const apart = /[\p{L}\p{N}]/u.test(next.slice(0, obj.index)) || /^[\p{L}\p{N}]+-/u.test(obj.text);
  return apart ? obj : null;
}

/** Words a second noun phrase after the rule noun may open within (an adverbial before it: "am Spieltag das Mitführen"). */
const SECOND_OBJECT_WORDS = 4;

/**
 * Where the subject may follow the finite verb (verb-second languages, `frames.invertedSubjects`), a rule noun
 * right after a ban verb with another noun phrase after it is the verb's subject, not what it stops:
 * "Zusätzlich verbietet die Verfügung am Spieltag das Mitführen von Pyrotechnik", "Seit 2020 verbietet das
 * Gesetz den Verkauf von X". The second phrase opens with an article that is no genitive ("das Verbot der
 * Stadt" is one phrase) and stands after no preposition ("hob die Verfügung für die Stadt auf").
 */
function subjectAfterVerb(rest: string, c: CompiledLocale): boolean {
  const fr = c.locale.frames, g = c.locale.grammar;
  if (!fr?.invertedSubjects?.length || !g) return false;
  const genitives = new Set((fr.genitives ?? []).map((w) => w.toLowerCase()));
  const preps = new Set((g.prepositions ?? []).map((w) => w.toLowerCase()));
  const words = rest.toLowerCase().split(/\s+/u).filter(Boolean).slice(0, SECOND_OBJECT_WORDS);
  return words.some((w, i) => determinersOf(c).has(w) && !genitives.has(w) && (i === 0 || !preps.has(words[i - 1])) && i + 1 < words.length);
}

/** Whether a text ends in a preposition that is not a genitive, determiners aside. */
function causeLink(before: string, c: CompiledLocale): boolean {
  const g = c.locale.grammar;
  if (!g) return false;
  const skip = determinersOf(c);
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  while (words.length && skip.has(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  return !!last && (g.prepositions ?? []).includes(last) && !skip.has(last) && !(c.locale.frames?.genitives ?? []).includes(last);
}

export function classifyAction(x: Candidate, text: string, sentenceStart: number, g: Governed, c: CompiledLocale): ActionVerdict {
  const lang = c.locale.code;
  const trig = { rule: x.rule.id, text: x.hit.text };
  const obj = liftObject(x, text, c);
  const bill = billBefore(x, c);
  const cue = obj || x.rule.action === "lift" || x.rule.action === "ban"
    ? (ordered(x, c) ? null : c.proposal.exec(proposalWindow(x.near, c.grammar)) ?? plannedByAux(x, c) ?? governingPlan(x, c)) ?? (x.rule.action === "ban" && bill && !bill.signed ? bill.hit : null) : null;
  // "signed a bill that bans TikTok": a bill signed into law plans nothing.
  const plan = cue && bill?.signed && c.bill?.test(cue.text) ? null : cue;
  if (obj) {
    // The object is governed even when the lift is only planned: what it names is no new ban.
    const end = x.hit.end + obj.index + obj.text.length + 1;
    const governed = { ...g, consumedUntil: end, liftedUntil: sentenceStart + x.clauseEnd };
    if (plan) return { dropped: fired("suppress.planned-lift", lang, plan.text), governed };
    return { action: "lift", why: fired("lift.object", lang, obj.text), cues: [], lift: { end }, governed };
  }
  // "la levée de la suspension des réseaux sociaux": the ban noun a lift ends tells the earlier ban, as background.
  // Modifiers may be coordinated across what ends a clause ("lifts booze and cigarette bans"): at most four words.
  const after = text.slice(x.rel + x.hit.text.length);
  const ended = x.rule.action === "lift" ? c.liftedBanLead.exec(after.slice(0, x.clauseEnd - x.rel - x.hit.text.length)) ?? (x.kind === "verb" ? c.liftedBanModified.exec(after) : null) : null;
  if (ended) g = { ...g, endedUntil: Math.max(g.endedUntil, x.hit.end + ended.index + ended[0].length) };
  if (x.rule.action === "lift" && plan) return { dropped: fired("suppress.planned-lift", lang, plan.text), governed: g };
  if (x.rule.action === "ban" && plan) {
    const cue = fired("cue.proposal", lang, plan.text);
    return { action: "proposal", why: cue, cues: [cue], lift: null, governed: g };
  }
  // "struck down a ban on bump stocks": what the ended ban's noun links to is what the lift frees
  // (not "torna disponibile dopo nove giorni di blocco": no link, the lift's own subject).
  const endsBan = !!ended && !!c.frames?.nounLink.test(after.slice(ended.index + ended[0].length));
  return { action: x.rule.action, why: trig, cues: [], lift: null, governed: g, endsBan };
}

/**
 * A bill noun before the trigger in its clause ("a bill that would have banned", "projetos de lei que
 * previam a proibição"), and whether a signing verb made it law ("signed a bill that bans"), or null.
 */
function billBefore(x: Candidate, c: CompiledLocale): { hit: { index: number; text: string }; signed: boolean } | null {
  const hit = c.bill?.exec(x.before);
  return hit ? { hit, signed: !!c.billEnacted?.test(x.before.slice(0, hit.index)) } : null;
}

/**
 * In a verb-final clause the modal that plans the ban stands far before its infinitive
 * ("Het kabinet wil mobiele telefoons vanaf volgend schooljaar uit de klas weren"): the
 * clause's last finite auxiliary counts as a plan cue when it is one.
 */
function plannedByAux(x: Candidate, c: CompiledLocale): { index: number; text: string } | null {
  if (x.kind !== "verb" || !c.frames?.finiteAux) return null;
  let last: string | null = null;
  for (const m of proposalWindow(x.before, c.grammar).matchAll(c.frames.finiteAux)) last = m[0];
  return last ? c.proposal.exec(last) : null;
}

/**
 * A verb trigger opening a complement ("ha reclamado este lunes al Ministerio que prohíba", "a annoncé son
 * intention d'interdire"): the plan cue may stand further back, in the words that govern the complement.
 */
function governingPlan(x: Candidate, c: CompiledLocale): { index: number; text: string } | null {
  if (x.kind !== "verb") return null;
  const m = c.grammar.complementizerEnd.exec(x.before);
  return m ? c.proposal.exec(proposalWindow(lastWords(x.before.slice(0, m.index), GOVERNOR_WORDS), c.grammar)) : null;
}

/** An order's complementizer before the trigger: its modals are what the order imposes ("ordered that the apps should be removed"), no plan. */
const ordered = (x: Candidate, c: CompiledLocale): boolean => !!c.orderedThat?.test(proposalWindow(x.before, c.grammar));

/**
 * The words before a trigger where a plan cue counts: not in a clause that a comma closed
 * before it ("Mit der Verfügung, die ab 20. September in Kraft treten soll, verbietet er"),
 * unless the comma opens the plan's object ("will, dass ...", "plant, TikTok zu verbieten").
 */
export function proposalWindow(near: string, g: CompiledGrammar): string {
  const i = near.lastIndexOf(",");
  if (i < 0) return near;
  const after = near.slice(i + 1);
  return g.complementizer.test(after) || g.infinitiveEnd.test(after) ? near : after;
}

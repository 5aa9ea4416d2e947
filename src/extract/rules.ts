// The registry of the engine's rules. Every decision the engine takes — a field set, a
// trigger dropped — names one of these, so `extract --explain` and the stored mentions
// say why an event exists and why a trigger did not make one. Rules that read a locale's
// data are stored with the language in front ("nl.cue.negation"); a locale's trigger
// rules keep the ids the locale gives them ("en.ban.verb").

export const RULES = {
  // Suppressors: a trigger that reports no ban.
  "cue.negation": { lang: true, doc: "a negation before the trigger in its clause: 'won't face restrictions'" },
  "cue.hypothetical": { lang: true, doc: "a condition before the trigger: 'if banned'" },
  "lift.ended-ban": { lang: true, doc: "the ban noun a lift ends ('la levée de la suspension des réseaux sociaux'): the earlier ban, background" },
  "cue.plural-deciders": { lang: true, doc: "plural places or bodies as the subject, no place named: 'several other countries have banned it' names no decider, never the article's own" },
  "cue.precedent": { lang: true, doc: "after 'it is not the first time' in its paragraph: earlier decisions, background" },
  "suppress.in-name": { lang: true, doc: "a capitalised trigger beside another capitalised word inside a sentence is part of a name: 'Ban Ki-moon', 'Pontoon Bar'" },
  "suppress.counted-object": { lang: true, doc: "a counted object ('unas 120 aplicaciones') introduces new things: the verb refers to none named before" },
  "cue.question": { lang: true, doc: "a question that asks whether, not why or when: 'Should social networking sites be banned?'" },
  "suppress.advised": { lang: false, doc: "a ban verb inside the clause an advisory governs: what the advice says, not a ban" },
  "suppress.lifted-clause": { lang: false, doc: "a ban verb inside the clause of a lift's object: what the stopped order says" },
  "suppress.personal-matter": { lang: false, doc: "a lift verb whose object is a name's possession that is no ban ('revoked Simpson's bail') lifts nothing of that name's" },
  "suppress.lift-object": { lang: false, doc: "a ban noun that is the object of a lift ('blocked the ban') is no new ban" },
  "suppress.planned-lift": { lang: false, doc: "a lift only planned is neither a lift nor a ban" },
  "suppress.noun-without-target": { lang: false, doc: "a ban noun with no target in its sentence names no decision" },
  "suppress.no-ban-noun": { lang: false, doc: "a verb that ends only bans ('abgeschafft') with no ban noun in its clause lifts nothing" },
  "suppress.no-target": { lang: false, doc: "no target in the sentence and none named just before" },
  "suppress.platform-subject": { lang: false, doc: "a platform the gazetteer knows, subject of an active ban verb with an object ('YouTube blocked the channels'), moderates its own service: no state decision" },
  "suppress.reference-noun": { lang: false, doc: "a participle after 'the apps' refers to a ban already reported" },
  // Action.
  "lift.object": { lang: true, doc: "a ban verb whose object is a ban or rule stops it: a lift" },
  "cue.proposal": { lang: true, doc: "a plan cue near the trigger: the ban is proposed, not taken" },
  "cue.background": { lang: true, doc: "a background cue near the trigger: an earlier decision" },
  "cue.besides": { lang: true, doc: "a target after 'in addition to' was banned before: background" },
  "date.in-force-earlier": { lang: false, doc: "an undated trigger's ban has been in force since months before the publication: an earlier decision, background" },
  "date.earlier": { lang: false, doc: "the trigger's own date lies months before the publication: an earlier decision, background" },
  "cue.follow": { lang: true, doc: "places listed after a follow cue took the same decision before: background" },
  "cue.attribution": { lang: true, doc: "a sentence saying who took the decision just reported and when ('Dat heeft X beslist', 'Das hat X am Dienstag beschlossen'): its place and date for mentions that had none" },
  "cue.extension": { lang: true, doc: "a sentence naming more targets of the decision just reported ('the measure also affects X'): its actor, action and dates" },
  // Targets.
  "target.known": { lang: false, doc: "a name the gazetteer knows" },
  "target.cued": { lang: true, doc: "a capitalised name after a locale's target cue ('the app Threads')" },
  "target.category": { lang: true, doc: "a category of things from the locale's category lexicon" },
  "target.frame": { lang: true, doc: "the object of a ban frame, whether or not any list knows it" },
  "target.noun": { lang: false, doc: "the target right after a ban noun is that ban's" },
  "target.previous-sentence": { lang: false, doc: "'it', 'these apps': the targets the text listed just before" },
  "target.origin-before": { lang: false, doc: "a category an earlier mention of the same decider and action named by its origin ('Russian oil', then 'oil') is that target" },
  "target.named-short": { lang: false, doc: "a category ending the one target of the same decider and action named more precisely at a time that does not differ ('assault weapons', then 'weapons') is that target" },
  "target.definite-previous": { lang: false, doc: "'the scooters', 'the stocks': a determiner and a word of a target named just before point back at it" },
  // Deciders.
  "actor.sentence": { lang: false, doc: "the nearest place before the trigger (or after it, in the passive), with its list" },
  "actor.lift-owner": { lang: false, doc: "the owner of the order a lift stops ('blocked the order of the US president')" },
  "actor.gapped": { lang: false, doc: "a place-and-date pair listed after a dated ban ('..., New South Wales in 1995 and Queensland in 2005') took the same decision at that date" },
  "actor.capital-city": { lang: false, doc: "a capital (or a city named like its state: São Paulo) beside a local body ('la mairie de Paris', 'Prague City Council') is the city deciding for itself, not its country" },
  "actor.council-city": { lang: false, doc: "a local body's city is the one city its sentence names where no other place stands ('the city council banned fireworks in central Seattle')" },
  "actor.rule-anaphor": { lang: true, doc: "a sentence opening with a definite rule noun ('The law ...') and naming no place reports more of the decision a sentence just before placed (one sentence may stand between): its jurisdiction, background, and its date where it gives none" },
  "actor.article-default": { lang: false, doc: "no place in the sentence: the article's own jurisdiction" },
  "actor.named-region": { lang: false, doc: "a headline mention that took the article's country by default joins the one region the body names for the same decision; a local body named without its place, the one town the article names deciding; a body mention with the article's country, the city its headline names deciding the same thing" },
  "actor.lifted-ban": { lang: false, doc: "a state court's lift of the country's ban applies where the ban did" },
  "actor.body": { lang: true, doc: "a deciding body named by a common noun ('the government', 'de regering')" },
  // Fields.
  "scope.phrase": { lang: true, doc: "a scope phrase near the trigger" },
  "scope.same-decision": { lang: false, doc: "one decision, several targets: the scope said for one of them" },
  "scope.same-target": { lang: false, doc: "the same target restricted elsewhere the main story's way" },
  "scope.default-public": { lang: false, doc: "a ban narrowed to no device, network, age or place covers everyone where it applies" },
  "audience.noun": { lang: true, doc: "an audience noun phrase in the sentence" },
  "date.relative-day": { lang: true, doc: "a relative day ('yesterday') against the publication day" },
  "date.relative-month": { lang: true, doc: "a relative month ('last month') against the publication month" },
  "date.relative-year": { lang: true, doc: "a relative year ('last year') against the publication year" },
  "date.weekday-compound": { lang: true, doc: "a weekday compound ('donderdagochtend')" },
  "date.weekday-past": { lang: true, doc: "a bare weekday: the one on or before the publication day" },
  "date.weekday-forward": { lang: true, doc: "a bare weekday in a future clause: the one on or after the publication day" },
  "date.month-period": { lang: true, doc: "a period ('end of February'): month precision" },
  "date.chrono": { lang: true, doc: "an absolute date read by chrono-node" },
  "date.immediate": { lang: true, doc: "'with immediate effect': effective when announced" },
  "date.sibling": { lang: false, doc: "the date of the same decision's other target" },
  "date.lead": { lang: false, doc: "a main event with no date of its own: the first day its lead names in the week up to publication" },
  "date.published": { lang: false, doc: "a main event with no date of its own: the publication date" },
  "duration.phrase": { lang: true, doc: "a length ('for six months')" },
  "duration.next-sentence": { lang: true, doc: "a duration in the sentence after a ban, with no trigger of its own" },
} as const satisfies Record<string, { lang: boolean; doc: string }>;

export type RuleName = keyof typeof RULES;
/** A rule as stored: "en.cue.negation", "target.known", or a locale's trigger id ("en.ban.verb"). */
export type RuleId = string & { readonly __rule?: unique symbol };

/** The stored id of a registered rule, with the language where the rule reads a locale's data. */
export function ruleId(name: RuleName, lang: string): RuleId {
  return RULES[name].lang ? `${lang}.${name}` : name;
}

export type { Fired, Provenance, ProvenancedField } from "../types.js";

/** A fired rule: its stored id and the text it matched. */
export const fired = (name: RuleName, lang: string, text: string) => ({ rule: ruleId(name, lang), text });

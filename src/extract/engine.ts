// The language-neutral engine: finds ban mentions sentence by sentence with a
// compiled locale. Every decision it takes is named by a rule id on the mention.
import type { Actor, Action, Mention, PartialDate, Scope } from "../types.js";
import type { CompiledLocale } from "./compile.js";
import { keyOfMatch, findAll } from "./patterns.js";
import type { Sentence } from "./sentences.js";
import type { PlaceHit } from "./places.js";
import { findDates, findDuration, saysImmediate } from "./dates.js";
import { pickScope } from "./scope.js";
import type { CompiledGrammar } from "./grammar.js";

export interface ExtractContext {
  published: PartialDate | null;
  /** The year the article's explicit dates share, for dates without one when the publication date is unknown. */
  year?: number | null;
  /** The jurisdiction the article is about, for sentences naming only "the government". */
  defaultPlace: PlaceHit | null;
}

/** How far after a ban verb its object may name a ban or rule, making the verb a lift. */
const LIFT_OBJECT_WORDS = 6;
/** How many words around a trigger a background cue may stand. */
const BACKGROUND_BEFORE = 8;
const BACKGROUND_AFTER = 3;
const wordsBefore = (text: string, n: number) => text.split(/\s+/).slice(-n).join(" ");

/** The places next to each other in a list ("the US and Canadian authorities and the European Commission"). */
function groupAround(places: PlaceHit[], idx: number, text: string, base: number, g: CompiledGrammar): PlaceHit[] {
  const group = [places[idx]];
  for (let i = idx - 1; i >= 0; i--) {
    const gap = text.slice(places[i].end - base, group[0].start - base);
    if (!g.listGap.test(gap.replace(g.collectiveActor, ""))) break;
    group.unshift(places[i]);
  }
  for (let i = idx + 1; i < places.length; i++) {
    const gap = text.slice(group[group.length - 1].end - base, places[i].start - base);
    if (!g.listGap.test(gap.replace(g.collectiveActor, ""))) break;
    group.push(places[i]);
  }
  return group;
}

/** How many words after a lifted order its owner's place may stand ("la orden del presidente de Estados Unidos"). */
const LIFT_OWNER_WORDS = 6;
/** How many words after a ban noun its target may stand ("ban on the use of TikTok"). */
const NOUN_TARGET_WORDS = 4;
/** How many words after the trigger a passive's place may stand ("banned on the phones of ministers in the US"). */
const PASSIVE_PLACE_WORDS = 11;

function chooseActors(places: PlaceHit[], trigStart: number, trigEnd: number, s: Sentence, locative: RegExp | null, g: CompiledGrammar): PlaceHit[] {
  if (!places.length) return [];
  let idx = -1;
  for (let i = 0; i < places.length; i++) if (places[i].end <= trigStart) idx = i;
  if (idx < 0) {
    // In the passive the place follows: "banned ... in the US, England and Canada". A place
    // after a locative preposition beats one that merely follows ("officials in the US").
    const after = places.map((p, i) => ({ p, i }))
      .filter(({ p }) => p.start >= trigEnd && s.text.slice(trigEnd - s.start, p.start - s.start).split(/\s+/).length <= PASSIVE_PLACE_WORDS);
    const loc = after.find(({ p }) => locative?.test(s.text.slice(Math.max(0, p.start - s.start - 14), p.start - s.start)));
    // A place after the trigger with neither ("ten apps, four from China") is not the decider.
    idx = loc?.i ?? -1;
  }
  if (idx < 0) return [];
  let group = groupAround(places, idx, s.text, s.start, g);
  // A subdivision named in the same stretch is more precise than its country ("Flanders, Belgium's region").
  group = group.map((g) => {
    if (g.kind === "subdivision" || g.code.includes("-")) return g;
    const sub = places.find((p) => p.code.startsWith(g.code + "-") && p.end <= Math.max(trigStart, g.end));
    return sub ?? g;
  });
  return group;
}

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

/** "WeChat (el WhatsApp chino)", "WeChat (the Chinese WhatsApp)": a name in brackets right after a target describes it. */
const APPOSITION_GAP = /^\s*\(\s*(?:[\p{L}'’]+\s+){0,2}$/u;
export function dropAppositions<T extends { start: number; end: number }>(targets: T[], s: Sentence): T[] {
  return targets.filter((x, i) => i === 0 || !APPOSITION_GAP.test(s.text.slice(targets[i - 1].end - s.start, x.start - s.start)));
}




/** How many words after a follow cue the first listed place may stand. */
const FOLLOW_WINDOW = 60;

/**
 * The places a sentence lists as models ("follows similar moves by the US, Canada and the
 * EU", "emboîtera le pas aux États-Unis et à l'UE"): they decided before; none of them is
 * the decider of the sentence's own ban.
 */
export function followedPlaces(s: Sentence, c: CompiledLocale, places: PlaceHit[]): Set<PlaceHit> {
  const out = new Set<PlaceHit>();
  if (!c.follow || !places.length) return out;
  for (const cue of c.follow.find(s.text, s.start)) {
    const idx = places.findIndex((p) => p.start >= cue.end && p.start - cue.end <= FOLLOW_WINDOW);
    if (idx >= 0) for (const p of groupAround(places, idx, s.text, s.start, c.grammar)) out.add(p);
  }
  return out;
}

/** A dateline opening a sentence ("TRENTON, Ontario –", "BRUSSELS (Reuters) -"): where the report was filed, not who decided. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,\s*[\p{L}\s.'’-]{2,30})?(?:\s*\([^)]{1,30}\))?\s*[–—-]\s/u;
export function datelineEnd(s: Sentence): number {
  const m = DATELINE.exec(s.text);
  return m ? s.start + m[0].length : s.start;
}

/**
 * "follows similar moves by the US, Canada and the European Commission", "folgt ... wie
 * Australien, Frankreich und den USA": each place listed right after the cue took the
 * decision before; one background ban of the sentence's (or the text's current) target each.
 */
function followMentions(s: Sentence, si: number, inTitle: boolean, names: string[], c: CompiledLocale, out: Mention[]): void {
  if (!names.length) return;
  const cues = c.follow!.find(s.text, s.start);
  if (!cues.length) return;
  const places = c.places.find(s.text, s.start);
  const done = new Set<string>();
  for (const cue of cues) {
    const idx = places.findIndex((p) => p.start >= cue.end && p.start - cue.end <= FOLLOW_WINDOW);
    if (idx < 0) continue;
    for (const place of groupAround(places, idx, s.text, s.start, c.grammar)) {
      if (done.has(place.code)) continue;
      done.add(place.code);
      for (const target of names) {
        out.push({
          action: "ban", target, actor: { jurisdiction: place.code, level: place.level, name: place.name },
          actorSource: "sentence", scope: null, audience: null, announced: null, effective: null, deadline: null,
          expires: null, duration: null, background: true, inTitle, paragraph: s.paragraph, sentence: si,
          evidence: { text: s.text, start: s.start, end: s.end },
          rules: [`${c.locale.code}.cue.follow`, "target.previous-sentence"],
        });
      }
    }
  }
}

export function findMentions(sentences: Sentence[], c: CompiledLocale, ctx: ExtractContext, titleSentence?: Sentence): Mention[] {
  const out: Mention[] = [];
  const l = c.locale;
  let lastTarget: { names: string[]; sentence: number } | null = null;
  const all = titleSentence ? [titleSentence, ...sentences] : sentences;
  let lastInParagraph: Mention | null = null;
  const titleTargets = titleSentence ? [...new Set(c.targets.find(titleSentence.text, 0).map((x) => x.name))] : [];

  all.forEach((s, si) => {
    const inTitle = !!titleSentence && si === 0;
    const targets = dropAppositions(c.targets.find(s.text, s.start), s);
    // "In addition to TikTok, ...": targets banned before, not objects of this sentence's trigger.
    const aside = new Set(c.besides ? targets.filter((x) => c.besides!.test(s.text.slice(Math.max(0, x.start - s.start - 40), x.start - s.start))).map((x) => x.name) : []);
    const current = targets.some((x) => !aside.has(x.name)) ? targets.filter((x) => !aside.has(x.name)) : targets;
    // The pre-filter: trigger forms tried only at the words that can start one.
    const triggers = c.triggers.find(s.text, s.start);
    if (c.follow) followMentions(s, si, inTitle, targets.length ? [...new Set(targets.map((x) => x.name))] : lastTarget && si - lastTarget.sentence <= 3 ? lastTarget.names : titleTargets, c, out);
    if (!triggers.length) {
      // A sentence without a trigger may still complete the one before ("It was issued for six months").
      const dur = findDuration(s.text, l);
      if (lastInParagraph && lastInParagraph.paragraph === s.paragraph && dur && !lastInParagraph.duration) {
        lastInParagraph.duration = dur;
        lastInParagraph.rules.push(`${l.code}.duration.next-sentence`);
      }
      if (targets.length) lastTarget = { names: [...new Set(current.map((x) => x.name))], sentence: si };
      return;
    }
    const breaks = findAll(c.clauseBreak, s.text).map((b) => b.start);
    const found = c.places.find(s.text, s.start);
    const followed = followedPlaces(s, c, found);
    const dateline = datelineEnd(s);
    const places = found.filter((p) => !followed.has(p) && p.start >= dateline);
    // A deciding body is no object: "the intelligence service AIVD" names an institution.
    const objects = targets.filter((x) => !found.some((p) => p.kind === "institution" && p.start < x.end && x.start < p.end));
    const dates = findDates(s.text, s.start, l, { published: ctx.published, year: ctx.year });
    const duration = findDuration(s.text, l);
    const scopeHits = c.scopes.find(s.text, s.start).map((h) => ({ ...h, scope: keyOfMatch(h.m, c.scopes.keys)!.split("#")[0] as Scope }));
    const bodyHits = c.bodies.find(s.text, s.start).map((h) => ({ ...h, body: l.bodies[Number(keyOfMatch(h.m, c.bodies.keys))] }));

    // "the ban on TikTok": a target right after a ban noun is that ban's, not the object of
    // another trigger in the sentence ("Na het verbod op TikTok heeft ... AliExpress verboden").
    const claimed = new Map<number, string[]>();
    for (const t of triggers) {
      const r = l.triggers.find((x) => x.id === keyOfMatch(t.m, c.triggers.keys));
      if (r?.kind !== "noun") continue;
      const next = objects.filter((x) => x.start >= t.end && s.text.slice(t.end - s.start, x.start - s.start).split(/\s+/).length <= NOUN_TARGET_WORDS);
      if (next.length) claimed.set(t.start, [next[0].name]);
    }
    const claimedNames = new Set([...claimed.values()].flat());
    let advisedUntil = -1; // the clause an advisory governs
    let liftedUntil = -1; // the clause a lift's object governs
    let consumedUntil = -1; // a ban noun that is the object of a lift ("blocked the ban") is not a new ban
    for (const t of triggers) {
      const ruleId = keyOfMatch(t.m, c.triggers.keys)!;
      const rule = l.triggers.find((r) => r.id === ruleId)!;
      const rel = t.start - s.start;
      if (t.start < consumedUntil && rule.kind === "noun") continue;
      // "riep ... op om TikTok niet meer te gebruiken": the ban verb is what the advice says.
      if (t.start < advisedUntil && rule.action === "ban") continue;
      // "blocked the order ... to prohibit downloads": what the stopped order says is not a new ban.
      if (t.start < liftedUntil && rule.action === "ban") continue;
      let liftOwner: PlaceHit[] | null = null;
      const clauseStart = Math.max(0, ...breaks.filter((b) => b < rel));
      const clauseEndRel = Math.min(s.text.length, ...breaks.filter((b) => b > rel));
      const before = s.text.slice(clauseStart, rel);
      const near = before.trimEnd().split(/\s+/).slice(-6).join(" ");
      const rules = [ruleId];
      if (rule.action === "advisory") advisedUntil = s.start + clauseEndRel;
      if (c.negation.test(near)) continue; // "won't face restrictions"
      if (c.hypothetical.test(before)) continue; // "if banned"
      let action: Action = rule.action;
      // "blocked the order", "suspende por 75 dias a proibição": stopping a ban lifts it.
      // "announced the ban in an executive order": after an article the form is a noun, not a verb stopping something.
      if (action === "ban" && rule.kind === "verb" && !c.grammar.determinerEnd.test(before)) {
        const next = s.text.slice(rel + t.text.length).split(/\s+/).slice(0, LIFT_OBJECT_WORDS + 1).join(" ");
        const obj = c.liftObject.exec(next);
        // "blocked the order", not "divest-or-ban law": the object is not the word right after the verb.
        // A compound naming its own target ("blockiert Tiktok-Aus") is an object too.
        if (obj && (/[\p{L}\p{N}]/u.test(next.slice(0, obj.index)) || /^[\p{L}\p{N}]+-/u.test(obj[0]))) {
          action = "lift";
          rules.push(`${l.code}.lift.object`);
          consumedUntil = t.end + obj.index + obj[0].length + 1;
          liftedUntil = s.start + clauseEndRel;
          // The ban stopped is the actor's: "a judge in California blocked the order of the US president".
          const objEnd = consumedUntil;
          const ownerIdx = places.findIndex((p) => p.start >= objEnd && s.text.slice(objEnd - s.start, p.start - s.start).split(/\s+/).length <= LIFT_OWNER_WORDS);
          if (ownerIdx >= 0) liftOwner = groupAround(places, ownerIdx, s.text, s.start, c.grammar);
        }
      }
      // "would probably grant an extension": a lift only planned is neither a lift nor a ban.
      if (action === "lift" && c.proposal.test(proposalWindow(near, c.grammar))) continue;
      if (action === "ban" && c.proposal.test(proposalWindow(near, c.grammar))) {
        action = "proposal";
        rules.push(`${l.code}.cue.proposal`);
      }
      // Background: a cue close to the trigger ("had already banned", "banned last year"),
      // not anywhere in a long sentence whose main clause reports today's decision.
      const window = wordsBefore(s.text.slice(clauseStart, rel), BACKGROUND_BEFORE) + " " + s.text.slice(rel, clauseEndRel).split(/\s+/).slice(0, BACKGROUND_AFTER + 1).join(" ");
      let background = c.background.test(window);

      // Targets: in the clause, else in the sentence, else the one the text spoke of just before.
      const clauseTargets = objects.filter((x) => x.start - s.start >= clauseStart && x.end - s.start <= clauseEndRel);
      let names = (clauseTargets.length ? clauseTargets : objects).map((x) => x.name);
      if (claimed.has(t.start)) names = claimed.get(t.start)!;
      else if (names.some((n) => !claimedNames.has(n))) names = names.filter((n) => !claimedNames.has(n));
      const asideNames = new Set(names.some((n) => !aside.has(n)) ? names.filter((n) => aside.has(n)) : []);
      if (!names.length) {
        if (rule.kind === "noun" || !lastTarget || si - lastTarget.sentence > 3) continue;
        // "une des applications bannies", "de geblokkeerde apps": a participle after "apps" refers to the ban, it reports none.
        if (c.grammar.referenceNounEnd.test(before)) continue; // "les applications bannies": the banned set, not a new report
        names = lastTarget.names; // "these apps", "it": what the text just listed
        rules.push("target.previous-sentence");
      } else rules.push(...new Set((clauseTargets.length ? clauseTargets : objects).map((x) => x.rule)));

      // Actor: the nearest place before the trigger (or after, in the passive), with its list.
      let actorPlaces = liftOwner ?? chooseActors(places, t.start, t.end, s, c.locative, c.grammar);
      // "Twitter ... est également mis à l'index": with no decider of its own, "also" adds a
      // target to the story's decision; "Canada also banned it" stays background.
      if (background && !actorPlaces.length && !c.background.test(window.replace(c.grammar.additive, " ") /* "also" alone is not background */)) background = false;
      if (background) rules.push(`${l.code}.cue.background`);
      let actorSource: Mention["actorSource"] = "sentence";
      if (!actorPlaces.length && ctx.defaultPlace) {
        actorPlaces = [ctx.defaultPlace];
        actorSource = "article";
        rules.push("actor.article-default");
      }
      const body = bodyHits.filter((b) => b.end <= t.start).pop() ?? bodyHits.find((b) => b.start >= t.end);

      // Scope: the phrase nearest to the trigger, a specific one before "public" (scope.ts).
      const scope = pickScope(scopeHits, t.start, l);
      if (scope) rules.push(`${l.code}.scope.${scope.scope}`);

      const aud = [...s.text.matchAll(c.audience)][0];
      const audience = aud ? aud[0].trim().replace(/^(?:the|their|all|its|de|het|les|la|le|die|der|alle|los|las|gli|i|os|as)\s+/i, "") : null;

      const pick = (role: string) => {
        const cands = dates.filter((d) => d.role === role);
        if (!cands.length) return null;
        const best = cands.reduce((a, b) => (Math.abs(a.start - t.start) <= Math.abs(b.start - t.start) ? a : b));
        rules.push(best.rule);
        return best.value;
      };
      const announced = pick("announced");
      let effective = pick("effective");
      if (!effective && saysImmediate(s.text, l)) {
        effective = announced ?? ctx.published;
        rules.push(`${l.code}.date.immediate`);
      }
      const deadline = pick("deadline");
      const expires = pick("expires");

      const instances: PlaceHit[] | null[] = actorPlaces.length ? actorPlaces : [null];
      for (const place of instances) {
        const actor: Actor = {
          jurisdiction: place?.code ?? null,
          level: body?.body.level ?? place?.level ?? null,
          name: place?.name ?? body?.body.name ?? null,
        };
        for (const target of new Set(names)) {
          const m: Mention = {
            action, target, actor, actorSource: place ? actorSource : "none", scope: scope?.scope ?? null, audience,
            announced: asideNames.has(target) ? null : announced, effective, deadline, expires, duration,
            background: background || asideNames.has(target), inTitle,
            paragraph: s.paragraph, sentence: si,
            evidence: { text: s.text, start: s.start, end: s.end },
            rules: [...new Set(asideNames.has(target) ? [...rules, `${l.code}.cue.besides`] : rules)],
          };
          out.push(m);
          lastInParagraph = m;
        }
      }
    }
    if (targets.length) lastTarget = { names: [...new Set(current.map((x) => x.name))], sentence: si };
  });
  return out;
}

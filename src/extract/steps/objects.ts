// Step 4 — targets: what the trigger bans. The target right after a ban noun is that
// ban's; otherwise the targets of the trigger's clause, else of the sentence, else the
// ones the text listed just before ("these apps", "it").
import { compileExports } from "../exports.js";
import type { Fired } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { TargetHit } from "../targets.js";
import type { Candidate } from "./candidates.js";
import type { SentenceFacts } from "./facts.js";
import { fired, ruleId } from "../rules.js";
import { audienceObjects, compoundName, intransitiveSubject, listedExamples, middleField, nounObjects, objectsAt, passiveSubject, reducedPassiveSubject, type CompiledFrames, type FrameHit } from "../frames.js";
import { isCategory, knownName } from "../targets.js";
import { categoryWords, wordStem } from "../categories.js";
import { CATEGORY_SET, NAMED_KINDS } from "../../gazetteer/categories.js";
import { countWords, isTitleCase } from "../words.js";
import { LIST_ITEM_GAP_WORDS, LIST_LEAD_WORDS, NOUN_TARGET_GAP_WORDS, PREVIOUS_TARGET_SENTENCES, UNFRAMED_CATEGORY_GAP_WORDS } from "../constants.js";
import { determinersOf, orderAfter } from "./orders.js";

/** The targets the text named last, and in which sentence. */
export interface PreviousTargets {
  names: string[];
  sentence: number;
}

export interface ChosenTarget {
  name: string;
  why: Fired;
  known: boolean;
  /** Read from a frame's object position only: no list of names or categories knows it. */
  open: boolean;
  /** Named after "in addition to": a background ban with no date of its own. */
  aside: boolean;
}

export type TargetVerdict = { dropped: Fired } | { targets: ChosenTarget[]; previous: boolean };

/**
 * "the ban on TikTok": a target right after a ban noun is that ban's, not the object of
 * another trigger in the sentence ("Na het verbod op TikTok heeft ... AliExpress verboden").
 */
export function claimNounTargets(triggers: Candidate[], f: SentenceFacts, c: CompiledLocale): Map<number, TargetHit[]> {
  const claimed = new Map<number, TargetHit[]>();
  for (const t of triggers) {
    if (t.kind !== "noun") continue;
    const i = f.objects.findIndex((x) => x.start >= t.hit.end && countWords(f.s.text.slice(t.hit.end - f.s.start, x.start - f.s.start)) <= NOUN_TARGET_GAP_WORDS);
    if (i < 0) continue;
    // With the names listed after it: "a ban on TikTok, WeChat and Telegram", "bans on DeepSeek, ByteDance apps and Copilot".
    const list = [f.objects[i]];
    const framed = c.frames ? nounObjects(f.s.text, t.rel + t.hit.text.length, t.clauseEnd, f.s.start, c.frames) : [];
    // A name no list knows comes first ("removal of Zongda surveillance cameras"): the frame's reading decides.
    if (framed[0]?.kind === "name" && framed[0].end <= f.objects[i].start && !f.objects.some((o) => overlaps(o, framed[0]))) continue;
    for (let j = i + 1; j < f.objects.length; j++) {
      const o = f.objects[j];
      const gap = f.s.text.slice(list[list.length - 1].end - f.s.start, o.start - f.s.start);
      // "Hikvision surveillance cameras": a category right after a name describes its products.
      if (isCategory(o) && !isCategory(list[list.length - 1]) && !gap.trim()) break;
      const listed = c.grammar.listGap.test(gap);
      if (!listed && !framed.some((s) => overlaps(s, o))) break;
      list.push(o);
    }
    // ...and names no list knows listed after them: "il divieto su WhatsApp e Google Play".
    for (const h of framed) {
      const last = list[list.length - 1];
      if (h.kind !== "name" || h.start < last.end || !c.grammar.listGap.test(f.s.text.slice(last.end - f.s.start, h.start - f.s.start))) continue;
      list.push({ start: h.start, end: h.end, name: foldName(h.text, h.kind), text: h.text, rule: ruleId("target.frame", c.locale.code) });
    }
    claimed.set(t.hit.start, list);
  }
  return claimed;
}

const chosen = (x: TargetHit, f: SentenceFacts, why?: Fired): ChosenTarget =>
  ({ name: x.name, why: why ?? { rule: x.rule, text: x.text }, known: x.rule === "target.known", open: x.rule.endsWith("target.frame"), aside: false });

/** A subject that opens with a place names what follows it ("Turchia Zangi torna disponibile"). */
function afterPlace(h: FrameHit, f: SentenceFacts): FrameHit {
  const p = f.places.find((p) => p.start === h.start && p.end < h.end);
  if (!p) return h;
  const skip = f.s.text.slice(p.end - f.s.start, h.end - f.s.start).search(/\S/u);
  const start = p.end + skip;
  return { ...h, start, text: f.s.text.slice(start - f.s.start, h.end - f.s.start) };
}

/** Up to three lower-case words ending a text after its last function word: a compound's modifiers before its ban noun ("the tobacco "). */
function modifiersBefore(text: string, fr: CompiledFrames): string {
  const m = COMPOUND_WORDS_END.exec(text);
  if (!m) return "";
  const words = m[0].split(/(?<=\s)(?=\S)/u);
  let from = words.length;
  while (from > 0 && !fr.stop.test(words[from - 1].trim())) from--;
  return words.slice(from).join("");
}
const COMPOUND_WORDS_END = /(?<![\p{L}\p{N}'’-])(?:\p{Ll}[\p{L}'’-]*\s+){1,3}$/u;

/**
 * Where objects stand before the verb, the clause before a verb trigger is where categories stand.
 * The stretch ends at the last comma: "Op alle apparaten, bijvoorbeeld laptops, is ... niet meer toegestaan" names where, not what.
 * A headline's kicker before a colon is no subject either ("Jeux d'argent illégaux : l'ANJ fait bloquer X"),
 * unless a demonstrative after the colon points back at it ("Assiettes, couverts : ces plastiques sont interdits").
 */
function beforeVerbSpans(x: Candidate, f: SentenceFacts, c: CompiledLocale, single: boolean): FrameHit[] {
  const fr = c.frames!;
  if (!fr.objectsBeforeVerb) return [];
  const t = f.s.text;
  const kicker = x.kicker && !c.grammar.demonstrativeStart.test(x.before.slice(x.kicker)) ? x.kicker : 0;
  const comma = Math.max(x.before.lastIndexOf(",") + 1, kicker);
  // "soll Werbung für Lebensmittel mit zu viel Zucker, die sich an Kinder richtet, verboten werden": a relative
  // clause right before the verb describes the subject before it, which is read instead.
  const relative = relativeBefore(x.before, kicker, fr);
  const before: FrameHit[] = x.kind === "verb"
    ? [relative ? { start: f.s.start + x.clauseStart + relative.from, end: f.s.start + x.clauseStart + relative.to, text: x.before.slice(relative.from, relative.to), kind: "subject" as const, beforeVerb: true }
      : { start: f.s.start + x.clauseStart + comma, end: x.hit.start, text: x.before.slice(comma), kind: "subject" as const, beforeVerb: true },
      ...middleField(t, x.clauseStart + comma, x.rel, f.s.start, fr, (at) => pastDate(f, at))] : [];
  // "the tobacco ban proved controversial": where objects stand before the verb, the words right before a single
  // ban noun compound with it; read for categories, as the clause before a verb is.
  const compoundWords = x.kind === "noun" && single && !x.rule.namesOnly ? modifiersBefore(x.before.slice(comma), fr) : "";
  if (compoundWords) before.push({ start: x.hit.start - compoundWords.length, end: x.hit.start, text: compoundWords, kind: "subject", beforeVerb: true });
  return before;
}

/** Where a relative clause closed by a comma ends the text before a verb: the words before it, from `kicker` (offsets in `before`). */
function relativeBefore(before: string, kicker: number, fr: CompiledFrames): { from: number; to: number } | null {
  // Up to three words (an adverbial: "ab Juni") may stand between the clause's closing comma and the verb.
  const m = /,\s*([\p{L}]+)[^,]*,(?:\s*[\p{L}\p{N}'’.]+){0,3}\s*$/u.exec(before);
  if (!m || m.index <= kicker || !fr.relativeOpener?.test(m[1])) return null;
  return { from: kicker, to: m.index };
}

/** Spans of the trigger's frame objects: after a verb or a ban noun's link, the passive's subject, the trigger itself (a compound). */
function frameSpans(x: Candidate, f: SentenceFacts, c: CompiledLocale): FrameHit[] {
  const fr = c.frames;
  if (!fr) return [];
  const t = f.s.text;
  const end = x.rel + x.hit.text.length;
  // A trigger form ending in a preposition ("removed from", "retirée des") names where after it, not what.
  // A noun form that ends in its own link ("minimum age for", "Mindestalter für") has its object right after it.
  // A verb form of several words ending in a ban noun ("lifted the ban") links its object like the noun.
  const nounEnded = /\s/.test(x.hit.text) && c.banNounEnd.test(x.hit.text);
  // ...unless that preposition is a genitive ("revoked the licence of TV Rain"): its object is what.
  const whereAfter = fr.endsInPreposition.test(x.hit.text) && !fr.genitiveEnd?.test(x.hit.text);
  // A date right after the verb stands before its object ("a interdit vendredi les trottinettes", "prohibió este lunes los patinetes").
  const verbObjects = () => whereAfter || x.rule.passiveOnly ? [] : [...objectsAt(t, pastDate(f, end), x.clauseEnd, f.s.start, fr), ...audienceObjects(t, end, x.clauseEnd, f.s.start, fr)];
  const linked = x.kind === "noun" || nounEnded
    ? (fr.endsInPreposition.test(x.hit.text) ? objectsAt(t, end, x.clauseEnd, f.s.start, fr) : nounObjects(t, end, x.clauseEnd, f.s.start, fr))
    : null;
  // "the Quorvo ban", "Junk food advertising ban comes into force": a ban noun right after its object
  // compounds with it; a verb phrase after them is the compound's, no object of a verb "ban".
  const single = !/\s/.test(x.hit.text) && c.banNounEnd.test(x.hit.text);
  const compound = single ? compoundName(t, x.rel, f.s.start, fr) : [];
  const compounded = single && (compound.length > 0 || f.objects.some((o) => o.end - f.s.start <= x.rel && !/\S/.test(t.slice(o.end - f.s.start, x.rel))))
    && !!fr.opensVerbPhrase?.(t.slice(end, Math.min(x.clauseEnd, end + 40)));
  // An idiom ending in its noun takes a direct object when no link follows: "mette al bando le sigarette".
  const after = compounded ? [] : linked ? (linked.length || !nounEnded ? linked : verbObjects()) : verbObjects();
  const own = { start: x.hit.start, end: x.hit.end, text: x.hit.text, kind: "subject" as const };
  // A ban noun and its link inside a gapped form ("hebt die Sperre von X auf"), or opening a verb's
  // object ("revoca la sospensione di X"): the ban's object is the target.
  // ...or compounded with it, "lifts Quilla ban": the name right before the noun (before the form when it opens
  // with the noun: "Quilla ban lifted").
  const innerNoun = /\s/.test(x.hit.text) ? c.banNounIn.exec(t.slice(x.rel, end)) : null;
  const inner = !innerNoun ? [] : [
    ...nounObjects(t, x.rel + innerNoun.index + innerNoun[0].length, end, f.s.start, fr),
    ...compoundName(t, x.rel + innerNoun.index, f.s.start, fr).filter((h) => (!innerNoun.index || h.start - f.s.start > x.rel) && /\p{L}/u.test(h.text)),
  ];
  const ofBan = x.kind === "verb" && !nounEnded ? banNounObjects(t, end, x.clauseEnd, c.banNounLead, f.s.start, fr) : [];
  // "la levée de la suspension des réseaux sociaux": a lift of a ban noun names what that ban covered.
  const ofLifted = x.rule.action === "lift" ? banNounObjects(t, pastDate(f, end), x.clauseEnd, c.liftedBanLead, f.s.start, fr) : [];
  const before = beforeVerbSpans(x, f, c, single);
  // An intransitive form's subject is its target ("Zangi volta a funcionar").
  const subject = x.kind === "verb" && (x.rule.intransitive || x.rule.effect) ? intransitiveSubject(t, x.clauseStart, x.rel, f.s.start, fr).map((h) => afterPlace(h, f)) : [];
  const reduced = x.kind === "verb" ? reducedPassiveSubject(t, x.clauseStart + x.kicker, x.rel, end, f.s.start, fr) : [];
  const listed = listedExamples(t, end, f.s.start, fr);
  // "quatre médias russes : Voice of Europe, RIA Novosti ...", "four channels — Tolo News, Ariana ... —": a category whose
  // names a colon or a dash lists is only their kind.
  const objects = listed.length ? after.filter((h) => h.kind === "name" || !/^\s*[:—–]/u.test(t.slice(h.end - f.s.start))) : after;
  // "FG bans importation of codeine": a verb with its object after it has its subject before it, no compound.
  return [own, ...gapName(x, f, c), ...(x.kind === "verb" && !compounded && after.length ? [] : compound), ...inner, ...ofBan, ...ofLifted, ...before, ...objects, ...subject, ...reduced, ...listed, ...(x.kind === "verb" && !c.grammar.infinitiveIn.test(x.hit.text) ? passiveSubject(t, x.rel, end, f.s.start, fr) : [])];
}

/** The words an order's own verb takes after the name ("to stop", "de cesser"). */
const STOP_FORM_WORDS = 2;

/** A capitalised run of up to four words, a name as news write one. */
const GAP_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}&'’.-]*){0,3}/gu;

/**
 * The name inside a form that holds its object in its gap ("ordered Polymarket to stop") where no known
 * name stands there: the first capitalised run after the form's first word that is no place, demonym,
 * body or date, nor the words closing the form; in a language that capitalises every noun, none after an article.
 */
function gapName(x: Candidate, f: SentenceFacts, c: CompiledLocale): FrameHit[] {
  if (!(x.rule.objectInGap || x.rule.addresseeInGap) || f.all.some((t) => !isCategory(t) && t.start >= x.hit.start && t.end <= x.hit.end)) return [];
  const first = /^\S+/u.exec(x.hit.text)![0].length;
  for (const run of nameRuns(f, x.rel + first, x.rel + x.hit.text.length, c)) {
    if (run.end < x.hit.end) return [{ ...run, kind: "name" }];
  }
  return [];
}

/**
 * The capitalised runs of a stretch of a sentence (from, to: offsets into its text) that may be names no list
 * knows: no place, demonym, body or date; in a language that capitalises every noun, none after an article
 * or determiner ("ein Bußgeld").
 */
function* nameRuns(f: SentenceFacts, from: number, to: number, c: CompiledLocale): Generator<{ start: number; end: number; text: string; first: boolean }> {
  const g = c.locale.grammar;
  const articles = new Set([...(g?.articles ?? []), ...(g?.determiners ?? [])].map((a) => a.toLowerCase()));
  for (const m of f.s.text.slice(from, to).matchAll(GAP_NAME)) {
    const rel = from + m.index!;
    const start = f.s.start + rel, end = start + m[0].replace(/[.’'-]+$/u, "").length;
    if (c.places.demonym(m[0]) || [...f.places, ...f.bodies, ...f.dates].some((o) => overlaps(o, { start, end }))) continue;
    if (c.frames?.capitalisedNouns && articles.has(/(\S+)\s+$/u.exec(f.s.text.slice(0, rel))?.[1].toLowerCase() ?? "")) continue;
    yield { start, end, text: f.s.text.slice(rel, rel + end - start), first: rel === 0 };
  }
}

/** Past a date right after `rel` ("ha dejado en suspenso este lunes el bloqueo de X"): where the verb's object starts. */
function pastDate(f: SentenceFacts, rel: number): number {
  // An article or a short preposition may stand before the date's words ("prohibió el lunes", "proibiu nesta terça-feira"),
  // and a date may be read in parts ("proibiu em março | do ano passado a venda de").
  for (;;) {
    const d = f.dates.find((d) => d.start - f.s.start >= rel && /^\s*(?:\p{L}{1,5}\s+)?$/u.test(f.s.text.slice(rel, d.start - f.s.start)));
    if (!d) return rel;
    rel = d.end - f.s.start;
  }
}

/** The objects after a ban noun's link, where `noun` finds the noun in text[from, to). */
function banNounObjects(t: string, from: number, to: number, noun: RegExp, offset: number, fr: CompiledFrames): FrameHit[] {
  const m = noun.exec(t.slice(from, to));
  return m ? nounObjects(t, from + m.index + m[0].length, to, offset, fr) : [];
}

const TITLE_CASE = /^\P{Ll}*\p{Lu}/u;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** "disposable e-cigarettes, or vapes, and ...": a category glossed between commas after another is no item of its own. */
function dropGlosses(ts: TargetHit[], f: SentenceFacts, c: CompiledLocale): void {
  const gloss = c.gloss;
  if (!gloss) return;
  for (let i = ts.length - 1; i > 0; i--) {
    const t = ts[i], prev = ts[i - 1];
    if (!isCategory(t) || !isCategory(prev)) continue;
    const gap = f.s.text.slice(prev.end - f.s.start, t.start - f.s.start);
    const after = f.s.text.slice(t.end - f.s.start, t.end - f.s.start + 2);
    if (gloss.test(gap) && /^\s*(?:,|$)/.test(after)) ts.splice(i, 1);
  }
}

/**
 * Categories listed right after a verb trigger, or after an object already taken, joined by
 * a list's gaps ("bans single use cotton buds, plastic plates and straws"): the object
 * position, where the frame could not read the phrase (compromise read "use" as a verb).
 */
function listedCategories(x: Candidate, f: SentenceFacts, inClause: TargetHit[], framed: TargetHit[], c: CompiledLocale): TargetHit[] {
  if (x.kind !== "verb" || !c.frames) return [];
  const out: TargetHit[] = [];
  let at = x.hit.end;
  for (const t of inClause) {
    if (t.start < at) continue;
    if (framed.includes(t)) { at = t.end; continue; }
    const gap = f.s.text.slice(at - f.s.start, t.start - f.s.start);
    // The first after the verb: at most a few words between, none of them a preposition, article or stop
    // ("verboden op de telefoons" names where).
    const lead = gap.trim().split(/\s+/).filter(Boolean);
    // After an object, a comma or a conjunction: an article alone ("TikTok des téléphones") is no list.
    const listed = c.grammar.listGap.test(gap) && c.frames.listGap.test(gap);
    const opens = at === x.hit.end ? lead.length <= LIST_LEAD_WORDS && !lead.some((w) => c.frames!.boundary.test(w)) : listed;
    if (!isCategory(t) || !opens) break;
    // "verbietet Messenger „Pingora“": a cue noun before a name names what the name is, no target of its own.
    if (c.frames.cued.test(t.text) && c.frames.name.test(f.s.text.slice(t.end - f.s.start).trimStart())) { at = t.end; continue; }
    out.push(t);
    at = t.end;
  }
  return out;
}

/** "the sale of maize, beef and soybeans": the categories a list joins after an activity's complement share it. */
function withListed(first: TargetHit[], inClause: TargetHit[], f: SentenceFacts, c: CompiledLocale): TargetHit[] {
  const out = [...first];
  for (const t of inClause) {
    const last = out[out.length - 1];
    if (!last || t.start < last.end || out.includes(t)) continue;
    const gap = f.s.text.slice(last.end - f.s.start, t.start - f.s.start);
    if (!isCategory(t) || !c.grammar.listGap.test(gap) || !c.frames?.listGap.test(gap)) break;
    out.push(t);
  }
  return out;
}

/**
 * A capitalised word with another within two words after it, neither a place: part of a name, in languages that capitalise
 * only names ("Tütün ve Alkol Piyasası Düzenleme Kurumu"); not in a headline in title case ("Jokowi Cabut Larangan Ekspor Minyak Sawit").
 */
function inProperName(t: TargetHit, f: SentenceFacts): boolean {
  if (!/^\p{Lu}/u.test(t.text) || isTitleCase(f.s.text)) return false;
  const rest = f.s.text.slice(t.end - f.s.start);
  for (const m of rest.matchAll(/\S+/gu)) {
    if (m.index! > 0 && rest.slice(0, m.index!).trim().split(/\s+/u).length >= 2) break;
    const at = t.end + m.index!;
    if (/^\p{Lu}\p{Ll}/u.test(m[0]) && !f.places.some((p) => p.start <= at && p.end > at)) return true;
  }
  return false;
}

/**
 * The objects of the trigger's clause: names the lists know anywhere in the clause (as the
 * dev articles' coordinations need), categories only in the frame's object position, and
 * the frame's objects no list knows, as written.
 */
function clauseObjects(x: Candidate, f: SentenceFacts, liftsObject: boolean, c: CompiledLocale): TargetHit[] {
  // A lift whose object is the ban it stops ("blocked the state from enforcing the law") names no target there.
  // ...but one whose form holds the ban names it after the noun's link ("lifted the ban on Compact magazine").
  // "suspended the ban on Quilla", "blocked Nepal's ban on Quilla": the objects after the ban noun's link.
  const after = liftsObject ? pastDate(f, x.rel + x.hit.text.length) : x.rel + x.hit.text.length;
  // "struck down a ban on bump stocks", "lifts booze and cigarette bans": a lift's ban noun after a few words.
  const lead = liftsObject ? c.banNounLead.exec(f.s.text.slice(after, x.clauseEnd)) ?? c.liftedBanModified.exec(f.s.text.slice(after, x.clauseEnd)) : null;
  const spans = !liftsObject ? frameSpans(x, f, c)
    : c.frames ? nounObjects(f.s.text, lead ? after + lead.index + lead[0].length : after, x.clauseEnd, f.s.start, c.frames) : [];
  const inClause = f.objects.filter((t) => t.start - f.s.start >= x.clauseStart && t.end - f.s.start <= x.clauseEnd && (liftsObject || notAnotherVerbs(t, x, f)));
  // Before the verb, a category after a genitive link modifies another noun ("las licencias de los minoristas de vapeo
  // ... se prohibirán"), unless an activity noun links it ("la venta de vapes"): only frame spans after the verb take it.
  const modifier = (t: TargetHit) => {
    const before = f.s.text.slice(Math.max(0, t.start - f.s.start - 40), t.start - f.s.start);
    return !!c.frames!.genitiveEnd?.test(before) && !c.frames!.transparentEnd.test(before);
  };
  // A language without frames cannot tell a category's position: one in the trigger's clause counts when no name stands there,
  // and not inside a proper name ("Tütün ve Alkol Piyasası Düzenleme Kurumu": an authority, not tobacco).
  const named = !c.frames && inClause.some((t) => !isCategory(t));
  // After a locative a category says where the ban applies ("la distribuzione nei cinema", "in the cinemas"), not what;
  // not after an activity whose link is that word ("De handel in cryptomunten is verboden", "trade in ivory").
  const where = (t: TargetHit) => {
    const before = f.s.text.slice(Math.max(0, t.start - f.s.start - 30), t.start - f.s.start);
    return c.grammar.locativeEnd.test(before.replace(c.grammar.determinerEnd, "")) && !c.frames?.transparentEnd.test(before);
  };
  const framed = inClause.filter((t) => !isCategory(t) || (!where(t) && (!c.frames ? !named && !inProperName(t, f) && nearTrigger(t, x, f, inClause) : spans.some((s) => overlaps(s, t) && !(s.beforeVerb && modifier(t))))));
  framed.push(...listedCategories(x, f, inClause, framed, c));
  framed.sort((a, b) => a.start - b.start);
  dropGlosses(framed, f, c);
  // Failing those, after the trigger an activity noun's complement is what the ban concerns wherever
  // it stands ("verbietet ab Juni den Verkauf von Einweg-E-Zigaretten").
  const concerned = (t: TargetHit) => !!c.frames && isCategory(t) && t.start - f.s.start > x.rel &&
    c.frames.transparentEnd.test(f.s.text.slice(Math.max(0, t.start - f.s.start - 40), t.start - f.s.start));
  const listed = framed.length ? framed : withListed(inClause.filter(concerned), inClause, f, c);
  // A headline in title case ("Belgium Bans Government Employees ...") capitalises every word, its verb too: no name can be told
  // there (German capitalises its nouns anyway and writes no title case).
  const titleCase = !c.frames?.capitalisedNouns && TITLE_CASE.test(x.hit.text) && TITLE_CASE.test(f.s.text) && isTitleCase(f.s.text);
  // A listed name that extends a known one is another product: "WeChat Work", "VPN for TikTok".
  const longer = (s: FrameHit) => s.kind === "name" && !titleCase && extendsKnown(s, f.all);
  // "Alojamento Local (AL)": a bracketed acronym after a category or a known name abbreviates it.
  const abbreviates = (s: FrameHit) => f.all.some((t) => /^\s*\(\s*$/u.test(f.s.text.slice(t.end - f.s.start, s.start - f.s.start)));
  // A number alone names nothing banned ("the 2017 prohibition": a year).
  const open = spans.filter((s) => s.kind !== "subject" && !/^[\p{N}\s.,/-]+$/u.test(s.text) && !abbreviates(s) && !(s.kind === "phrase" && ((x.rule.namesOnly && !liftsObject) || c.frames!.counted.test(s.text))) && !(titleCase && s.kind === "name") && (longer(s) || narrower(s, f.all, c) || !f.all.some((t) => overlaps(s, t))) && !f.objects.some((t) => t.coordinated && overlaps(s, t)) && ![...f.places, ...f.otherPlaces].some((p) => overlaps(s, p)) && !f.bodies.some((b) => overlaps(s, b)) && !(s.kind === "name" && namesDate(s, f)))
    .map((s) => ({ start: s.start, end: s.end, name: foldName(s.text, s.kind, s.origin), text: s.text, rule: ruleId("target.frame", c.locale.code), phrase: s.kind !== "name" }));
  // "exports of software algorithms": an open phrase names exports as a category does; a name stays a name.
  compileExports(c.locale)?.qualify(f.s.text, f.s.start, open, (o) => o.phrase);
  const kept = open.length ? listed.filter((t) => !open.some((o) => o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start)) : listed;
  return [...kept, ...open].sort((a, b) => a.start - b.start);
}

/** "imposed their own bans on Friday": a capitalised weekday or month the dates read is when, not what. */
const namesDate = (s: FrameHit, f: SentenceFacts) => f.dates.some((d) => d.start <= s.start && s.end <= d.end);

/**
 * Without frames, a category far from the trigger in its clause is more often a reason or a setting than
 * what is banned ("القيود التي تم تطبيقها عقب الاحتجاجات": restrictions imposed after the protests); a list
 * that starts near the trigger counts whole ("zakazał importu ... zbóż, mąki, mięsa drobiowego, jaj i miodu").
 */
function nearTrigger(t: TargetHit, x: Candidate, f: SentenceFacts, inClause: TargetHit[]): boolean {
  const words = (from: number, to: number) => countWords(f.s.text.slice(from - f.s.start, to - f.s.start));
  const near = (o: TargetHit) => (o.start >= x.hit.end ? words(x.hit.end, o.start) : words(o.end, x.hit.start)) <= UNFRAMED_CATEGORY_GAP_WORDS;
  const adjacent = (a: TargetHit, b: TargetHit) => words(Math.min(a.end, b.end), Math.max(a.start, b.start)) <= LIST_ITEM_GAP_WORDS;
  return near(t) || inClause.some((o) => o !== t && isCategory(o) && near(o) && adjacent(o, t));
}

/**
 * Where a lift verb's object naming a law or order ends in its sentence ("anuló la ley"), and where
 * what it banned may stand: up to the next comma ("... que prohibía X, pese a las protestas"). Or null.
 */
function orderEnded(x: Candidate, f: SentenceFacts, c: CompiledLocale): { from: number; to: number } | null {
  // past a date after the verb: "anuló este jueves la ley que prohibía ..."
  const from = pastDate(f, x.rel + x.hit.text.length);
  const order = orderAfter(f.s.text, from, f.s.text.length, c);
  if (!order) return null;
  // Right after the verb, determiners and an owner aside: "anuló la ley", "struck down Montana's law", not
  // "anuló el bloqueo de X según la ley".
  const dets = determinersOf(c);
  const before = order.next.slice(0, order.obj.index).toLowerCase().split(/\s+/).filter(Boolean);
  return before.every((w) => dets.has(w) || c.frames?.possessiveEnd?.test(w))
    ? { from: from + order.obj.index + order.obj.text.length, to: from + order.segment.length } : null;
}

/**
 * After another verb trigger, a target is that verb's ("bloqueó ... 120 aplicaciones, meses después de prohibir TikTok");
 * a lift takes what the order it ends banned ("bloqueó la orden que prohibía WeChat"), advice what it advises
 * ("raccomanda ... di disinstallare TikTok").
 */
const notAnotherVerbs = (t: TargetHit, x: Candidate, f: SentenceFacts) =>
  x.rule.action !== "ban" || t.start < x.hit.end || !f.verbStarts.some((s) => s >= x.hit.end && s < t.start);

/**
 * An open phrase whose last words are a category and whose first words are nouns names a kind of
 * it ("bear hunting", "anchovy fishing"): the phrase, not the category, is what is banned. An
 * adjective before the category only describes it ("commercial motorcycles" -> motorcycles).
 */
function narrower(s: FrameHit, all: TargetHit[], c: CompiledLocale): boolean {
  const np = c.frames?.nounPhrase;
  if (s.kind !== "phrase" || !np) return false;
  const tail = all.find((t) => isCategory(t) && t.end === s.end && t.start > s.start);
  if (!tail || all.some((t) => t !== tail && overlaps(s, t))) return false;
  // "Russian oil", "Japanese seafood": a trade named by its origin.
  if (s.origin) return true;
  const head = s.text.slice(0, tail.start - s.start).trim();
  // "high-capacity magazines", "non-basmati rice", "military-style semi-automatic weapons": compound modifiers
  // restrict the kind; a participle compound only describes it ("state-owned", "so-called", "Kremlin-backed").
  if (head && head.split(/\s+/u).every((w) => RESTRICTIVE_COMPOUND.test(w) && !PARTICIPLE_COMPOUND.test(w))) return true;
  return !!head && !/[-’']/u.test(head) && np(head) === head;
}
const RESTRICTIVE_COMPOUND = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;
const PARTICIPLE_COMPOUND = /-(?:\p{L}+(?:ed|ing)|known|grown|flown|made|run|built|held|led|born|hit|set|based)$/iu;

/** Words after a known name that make a company of it, not another product ("Huawei Technologies", "DeepSeek AI"). */
const COMPANY_WORDS = /^(?:ai|technologies|technology|corp|corporation|inc|ltd|limited|group|co|company|holdings|platforms|communications|telecommunications|networks|systems|electronics|digital|industries|international|sa|ag|gmbh|plc|llc)\.?$/iu;

/**
 * A frame's name that holds a known name and more capitalised words (or "for" and a name): another
 * product in a list ("WeChat Work", "Tencent Weiyun", "VPN for TikTok"), not the known one.
 */
function extendsKnown(s: FrameHit, all: TargetHit[]): boolean {
  const inner = all.find((t) => t.rule === "target.known" && s.start <= t.start && s.end >= t.end && s.end - s.start > t.end - t.start);
  if (!inner) return false;
  // Words after the known name ("WeChat Work"), or a name and "for" before it ("VPN for TikTok"); not a
  // photo credit or an owner before it ("Jane Doe Telegram" under a picture, "China's DeepSeek").
  const before = s.text.slice(0, inner.start - s.start).trim();
  const after = s.text.slice(inner.end - s.start).trim();
  if (before && !/^\p{Lu}[\p{L}\p{N}]*\s+for$/u.test(before)) return false;
  const rest = after ? after.split(/\s+/) : [];
  return rest.every((w) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(w) && !COMPANY_WORDS.test(w)) && (!!before || rest.length > 0) && knownName(s.text) === undefined;
}

/** A name as written (known aliases folded); a phrase in lower case, as categories are named. */
const foldName = (text: string, kind: FrameHit["kind"], origin = false): string => {
  // A capital letter standing alone designates one of a kind and keeps its case ("bisphenol A"); an origin's demonym keeps its capital ("Brazilian beef").
  if (kind !== "name") return text.replace(/\S+/gu, (w, i: number) => (/^\p{Lu}\d?$/u.test(w) || (origin && i === 0) ? w : w.toLowerCase()));
  // "Zoltar GmbH", "Acme Inc.": a company goes by its name, without its legal form.
  const bare = text.replace(LEGAL_FORM, "") || text;
  return knownName(bare) ?? bare;
};
const LEGAL_FORM = /\s+(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|plc|PLC|S\.A\.?|SA|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|BV|N\.V\.?|NV|Corp\.?|Co\.?)$/u;

/** The targets a ban noun claimed that stands right after a lift verb in its clause ("revocato il divieto su X"), if any. */
function endedNounTargets(x: Candidate, f: SentenceFacts, claimed: Map<number, TargetHit[]>): TargetHit[] | undefined {
  const end = x.rel + x.hit.text.length;
  for (const [start, list] of claimed) {
    const rel = start - f.s.start;
    if (rel >= end && rel <= x.clauseEnd && countWords(f.s.text.slice(end, rel)) <= ENDED_NOUN_GAP_WORDS) return list;
  }
  return undefined;
}
/** Words between a lift verb and the ban noun it ends: an article and a modifier or two ("revoked the nationwide ban"). */
const ENDED_NOUN_GAP_WORDS = 3;

/** The last capitalised run before a trigger in its sentence that is no place, demonym, body or date, nor the sentence's first word: a name no list knows. */
function priorName(x: Candidate, f: SentenceFacts, c: CompiledLocale): TargetHit | null {
  let found: TargetHit | null = null;
  for (const run of nameRuns(f, 0, x.rel, c)) {
    if (!run.first) found = { start: run.start, end: run.end, name: run.text, text: run.text, rule: ruleId("target.frame", c.locale.code) };
  }
  return found;
}

/** An order to stop with no activity after it, nor inside it past the name (as a verb-final form holds it): "ordered BioLite to stop." */
function stopsNothing(x: Candidate, f: SentenceFacts, hits: TargetHit[]): boolean {
  const end = x.rel + x.hit.text.length;
  if (!/^\s*(?:[.!?;:]|$)/u.test(f.s.text.slice(end))) return false;
  const named = Math.max(x.rel, ...hits.map((t) => t.end - f.s.start).filter((e) => e <= end));
  return countWords(f.s.text.slice(named, end)) <= STOP_FORM_WORDS;
}

export function chooseTargets(x: Candidate, f: SentenceFacts, claimed: Map<number, TargetHit[]>, previous: PreviousTargets | null,
  si: number, liftsObject: boolean, c: CompiledLocale): TargetVerdict {
  // "a infligé une amende à Clearview AI et lui a ordonné de cesser": the clitic's name, given just before.
  if (x.rule.cliticAddressee) {
    const prior = f.all.filter((t) => !isCategory(t) && t.end <= x.hit.start).pop() ?? priorName(x, f, c);
    return prior ? { targets: [chosen(prior, f)], previous: false } : previousTargets(x, f, previous, si, c);
  }
  const inClause = clauseObjects(x, f, liftsObject, c);
  // "ha revocato il divieto su WhatsApp e Google Play": a lift ending the ban noun right after it frees what that noun names.
  const own = claimed.get(x.hit.start) ?? (liftsObject && x.kind === "verb" ? endedNounTargets(x, f, claimed) : undefined);
  // Outside its clause a trigger takes the sentence's names, but not those after a break that follows it
  // ("has banned e-commerce on social media, in what will be a blow to the likes of TikTok").
  const beyond = f.breaks.find((b) => b > x.rel);
  // A lift of an order takes what the order banned: "ha sospeso l'ordinanza che vietava il monopattino elettrico",
  // "anuló la ley que prohibía los vapeadores" (the lift verb's object a law, an order: the relative clause after it too).
  const order = !liftsObject && x.rule.action === "lift" && x.kind === "verb" ? orderEnded(x, f, c) : null;
  const ordered = (t: TargetHit) => (liftsObject && t.start - f.s.start > x.rel && t.end - f.s.start <= x.clauseEnd)
    || (order !== null && t.start - f.s.start > order.from && t.end - f.s.start <= order.to);
  let hits = own ? own : inClause.length ? inClause
    : f.objects.filter((t) => (!isCategory(t) || ordered(t)) && (beyond === undefined || t.start - f.s.start < beyond) && (ordered(t) || notAnotherVerbs(t, x, f)));
  if (!own) {
    const claimedNames = new Set([...claimed.values()].flat().map((t) => t.name));
    if (hits.some((t) => !claimedNames.has(t.name))) hits = hits.filter((t) => !claimedNames.has(t.name));
  }
  // "directed the ministry to stop TV channels from showing ...": after an order to stop comes the activity;
  // with none ("the police ordered BioLite to stop.") it stops a moment's doing, no business.
  if (x.rule.objectInGap) hits = x.rule.stopsActivity && stopsNothing(x, f, hits) ? [] : hits.filter((t) => t.start >= x.hit.start && t.end <= x.hit.end);
  // "ha vietato a Replika di ...": the name in the gap; "ha vietato a tutti di usare i social": what follows.
  if (x.rule.addresseeInGap) {
    const named = hits.filter((t) => t.start >= x.hit.start && t.end <= x.hit.end && /^\p{Lu}/u.test(t.text));
    hits = named.length ? named : hits.filter((t) => t.start >= x.hit.end);
  }
  const recent = previous && si - previous.sentence <= PREVIOUS_TARGET_SENTENCES ? previous : null;
  hits = hits.map((t) => pointsBack(t, f, recent, c) ?? t);
  // The owner of a kind that named a service again is no target ("do bilionário Elon Musk").
  const renamed = hits.filter((t) => t.rule === "target.definite-previous");
  if (renamed.length) hits = hits.filter((h) => !renamed.some((k) => ownerOf(k, h, f, c)));
  if (hits.length) {
    const names = new Set(hits.map((t) => t.name));
    const aside = [...names].some((n) => !f.aside.has(n)) ? f.aside : new Set<string>();
    const out = [...new Map(hits.map((t) => [t.name, chosen(t, f, own?.includes(t) ? fired("target.noun", c.locale.code, t.text) : undefined)])).values()];
    for (const t of out) t.aside = aside.has(t.name);
    return { targets: out, previous: false };
  }
  // "directed the ministry to stop ...": an order to stop whom no name says refers back to nothing.
  if (x.rule.objectInGap) return { dropped: fired("suppress.no-target", c.locale.code, x.hit.text) };
  return previousTargets(x, f, previous, si, c);
}

/**
 * "Spain banned rental e-scooters ... Portugal plans to ban the scooters": an open one-word object
 * after a determiner, a word of a target named just before, is that target, not a new one ("the
 * stocks" after "bump stocks").
 */
function pointsBack(t: TargetHit, f: SentenceFacts, previous: PreviousTargets | null, c: CompiledLocale): TargetHit | null {
  const named = namedKindBack(t, f, previous, c);
  if (named) return named;
  if (!t.rule.endsWith("target.frame") || /\s/u.test(t.name) || !c.grammar.determinerEnd.test(f.s.text.slice(Math.max(0, t.start - f.s.start - 12), t.start - f.s.start))) return null;
  const word = wordStem(t.name);
  // ...or a word of another form of a category named before it ("Cryptocurrency ATMs ... ban the kiosks": "crypto kiosks").
  const formed = categoryWords(c.locale).get(word);
  const before = f.all.filter((h) => isCategory(h) && h.end <= t.start).map((h) => h.name);
  const names = [...(previous?.names ?? []), ...before];
  const name = names.find((n) => n.toLowerCase() !== t.name.toLowerCase() && (n.split(/[\s-]+/u).some((w) => wordStem(w) === word) || !!formed?.has(n)));
  return name ? { ...t, name, rule: "target.definite-previous" } : null;
}


/**
 * "O X estava suspenso ... A rede social do bilionário estava suspensa": the singular kind of a named service with its
 * definite article, in a sentence naming none, is the one name the sentences just before gave.
 */
function namedKindBack(t: TargetHit, f: SentenceFacts, previous: PreviousTargets | null, c: CompiledLocale): TargetHit | null {
  if (!previous || !isCategory(t) || !NAMED_KINDS.has(t.name) || f.all.some((h) => !isCategory(h) && !ownerOf(t, h, f, c))) return null;
  if (!c.grammar.singularArticleEnd.test(f.s.text.slice(Math.max(0, t.start - f.s.start - 12), t.start - f.s.start))) return null;
  const names = [...new Set(previous.names.filter((n) => !CATEGORY_SET.has(n)))];
  return names.length === 1 ? { ...t, name: names[0], rule: "target.definite-previous" } : null;
}

/** Whether a name is the owner of a kind before it ("a rede social do bilionário Elon Musk", "the platform of Elon Musk"): a genitive and at most one lowercase word between. */
function ownerOf(kind: TargetHit, name: TargetHit, f: SentenceFacts, c: CompiledLocale): boolean {
  const genitives = c.locale.frames?.genitives ?? [];
  const gap = f.s.text.slice(kind.end - f.s.start, name.start - f.s.start).trim().toLowerCase().split(/\s+/u);
  return name.start >= kind.end && gap.length >= 1 && gap.length <= 2 && genitives.includes(gap[0]) && (gap.length === 1 || /^\p{Ll}+$/u.test(gap[1]));
}

/** A number and a word opening a text, after at most one word: "unas 120 aplicaciones", "some 59 apps" (group 1: that word). */
const COUNTED = /^\s+(?:([\p{L}'’]+)\s+)?\d[\d.,]*\s+\p{L}/u;

/**
 * A counted object right after the verb, past a date that stands there ("bloqueó en septiembre de 2020
 * unas 120 aplicaciones"): not a length after a preposition ("blocked for 30 days").
 */
function countedObject(x: Candidate, f: SentenceFacts, c: CompiledLocale): string | null {
  let at = x.rel + x.hit.text.length;
  const date = f.dates.find((d) => d.start - f.s.start >= at && /^\s*(?:[\p{L}'’]+\s+)?$/u.test(f.s.text.slice(at, d.start - f.s.start)));
  if (date) at = date.end - f.s.start;
  const m = COUNTED.exec(f.s.text.slice(at, x.clauseEnd).replace(/^,/, ""));
  return m && !(m[1] && c.locale.grammar?.prepositions?.includes(m[1].toLowerCase())) ? m[0].trim() : null;
}

/** A verb with no target of its own refers to what the text just listed, unless it describes that set. */
function previousTargets(x: Candidate, f: SentenceFacts, previous: PreviousTargets | null, si: number, c: CompiledLocale): TargetVerdict {
  const lang = c.locale.code;
  if (x.kind === "noun" && !x.refersBack && !x.sameKind) return { dropped: fired("suppress.noun-without-target", lang, x.hit.text) };
  if (!previous || si - previous.sentence > PREVIOUS_TARGET_SENTENCES) return { dropped: fired("suppress.no-target", lang, x.hit.text) };
  // "une des applications bannies", "de geblokkeerde apps": a participle after "apps" refers to the ban, it reports none.
  const ref = c.grammar.referenceNounEnd.exec(x.before);
  if (ref) return { dropped: fired("suppress.reference-noun", lang, ref[0].trim()) };
  // "bloqueó en septiembre de 2020 unas 120 aplicaciones": a counted object introduces new things, it refers to none before.
  const counted = countedObject(x, f, c);
  if (counted) return { dropped: fired("suppress.counted-object", lang, counted) };
  const why = fired("target.previous-sentence", lang, previous.names.join(", "));
  return { targets: previous.names.map((name) => ({ name, why, known: false, open: false, aside: false })), previous: true };
}


// Open-world targets: the object of a ban frame is the target whether or not any list
// knows it. A locale declares its frames (src/locales/<lang>/index.ts, `frames`): the
// prepositions linking a ban noun to its object ("ban on X", "verbod op X"), the activity
// nouns whose complement is the target ("the sale of X"), the passive's auxiliaries
// ("X was blocked"), and the words that end a noun phrase. What comes out is a proper
// name as written ("Compact", "PUBG Mobile"), or in a language whose categories are named
// in it (English) an unknown common noun phrase ("fur farming").
import type { Locale } from "../locales/types.js";
import { compileForms } from "./patterns.js";
import { escapeRegExp } from "./words.js";

export interface FrameHit {
  start: number;
  end: number;
  text: string;
  /** A proper name, or a common noun phrase. */
  kind: "name" | "phrase";
}

export interface CompiledFrames {
  /** Determiners, activity nouns and name cues to skip before an object ("the sale of the app"). */
  skip: RegExp;
  nounLink: RegExp;
  listGap: RegExp;
  /** A word that ends a noun phrase (preposition, conjunction, relative word, adverb). */
  stop: RegExp;
  passiveBefore: RegExp | null;
  pronoun: RegExp;
  /** Head nouns of audiences: "banned officials from using X" names who, not what. */
  audience: RegExp;
  /** A trigger form ending in a preposition ("removed from", "retirée des"): what follows is where, not what. */
  endsInPreposition: RegExp;
  capitalisedNouns: boolean;
  commonNouns: boolean;
  cued: RegExp;
}

const words = (xs: string[]) => [...new Set(xs)].filter(Boolean).sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+").replace(/'/g, "['’]")).join("|") || "(?!)";
/** A name: capitalised words (or digits) in a row, quotes allowed around it. */
const NAME = /^["“«„‘']?\s*((?:\p{Lu}|\d)[\p{L}\p{N}'’&+.]*(?:-[\p{L}\p{N}]+)*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}'’&+.]*(?:-[\p{L}\p{N}]+)*){0,3})/u;
/** A bracketed acronym right after a name is the name people know: "PlayerUnknown's Battlegrounds (PUBG)". */
const ACRONYM = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,9})\s*\)/u;
const PHRASE_WORD = /^(\p{Ll}[\p{L}\p{N}'’-]*)/u;
const MAX_PHRASE_WORDS = 4;

export function compileFrames(l: Locale): CompiledFrames | null {
  const fr = l.frames;
  if (!fr) return null;
  const g = l.grammar;
  const determiners = [...(g?.articles ?? []), ...(g?.determiners ?? []), ...fr.quantifiers];
  const elided = determiners.filter((w) => /['’]$/.test(w));
  const full = determiners.filter((w) => !/['’]$/.test(w));
  const det = `(?:(?:${words(full)})\\s+|(?:${words(elided)}))`;
  const cues = l.targetCues.map((c) => c.replace(/^\S+['’]|^\S+\s+(?=\S)/u, (m) => (full.includes(m.trim().toLowerCase()) || elided.includes(m) ? "" : m)));
  return {
    skip: new RegExp(`^\\s*(?:${det}|(?:${words(fr.transparent)})\\s+|(?:${words(cues)})\\s+)`, "iu"),
    nounLink: new RegExp(`^\\s*(?:${words(fr.nounLinks)})(?:\\s+|(?<=['’]))`, "iu"),
    listGap: new RegExp(`^\\s*(?:,\\s*(?:(?:${words(g?.conjunctions ?? [])})\\s+)?|(?:${words(g?.conjunctions ?? [])})\\s+)`, "iu"),
    stop: new RegExp(`^(?:${words([...(g?.prepositions ?? []), ...(g?.conjunctions ?? []), ...determiners, ...fr.stops, ...fr.pronouns, ...(l.cues.negation ?? [])])})$`, "iu"),
    audience: new RegExp(`(?:^|\\s)(?:${words(l.audienceNouns)})$`, "iu"),
    endsInPreposition: new RegExp(`(?:^|\\s)(?:${words([...(g?.prepositions ?? []), ...fr.nounLinks])})$`, "iu"),
    passiveBefore: fr.passiveAux.length
      ? new RegExp(`((?:\\p{Lu}|\\d)[\\p{L}\\p{N}'’&+.-]*(?:\\s+(?:\\p{Lu}|\\d)[\\p{L}\\p{N}'’&+.-]*){0,3})\\s+(?:(?:${words(fr.passiveAux)})\\s+){1,3}(?:\\p{Ll}+ly\\s+)?$`, "u")
      : null,
    pronoun: new RegExp(`^(?:${words([...fr.pronouns, ...(g?.referenceNouns ?? [])])})$`, "iu"),
    capitalisedNouns: !!fr.capitalisedNouns,
    commonNouns: !!fr.commonNounTargets,
    cued: compileForms(l.targetCues, "iu"),
  };
}

/** Whether capitalised words are a name: in a language that capitalises every noun, only with a sign of one. */
function nameLike(text: string, cued: boolean, quoted: boolean, fr: CompiledFrames): boolean {
  if (!fr.capitalisedNouns || cued || quoted) return true;
  return /\p{Lu}.*\p{Lu}|\d/u.test(text) || /\s/.test(text) && /^\p{Lu}/u.test(text.split(/\s+/)[1]);
}

/** One object of a list: a name or (where the locale allows) a common noun phrase. */
function readItem(rest: string, at: number, fr: CompiledFrames): { hit: FrameHit; len: number } | null {
  let skipped = 0;
  let cued = false;
  for (let m = fr.skip.exec(rest.slice(skipped)); m && m[0].length; m = fr.skip.exec(rest.slice(skipped))) {
    if (fr.cued.test(m[0])) cued = true;
    skipped += m[0].length;
  }
  const r = rest.slice(skipped);
  const name = NAME.exec(r);
  if (name && !fr.stop.test(name[1]) && !fr.pronoun.test(name[1])) {
    const next = r.slice(name[0].length);
    // "Chinese apps", "Russian media": a capitalised word before a common noun is an adjective.
    const after = PHRASE_WORD.exec(next.trimStart());
    if (after && !fr.stop.test(after[1]) && /^\s/.test(next)) return null;
    if (!nameLike(name[1], cued, /^["“«„‘']/.test(r), fr)) return null;
    const acr = ACRONYM.exec(next);
    const text = (acr ? acr[1] : name[1]).replace(/[.’']+$/u, "");
    const start = at + skipped + (acr ? name[0].length + acr[0].indexOf(acr[1]) : name[0].indexOf(name[1]));
    return { hit: { start, end: start + text.length, text, kind: "name" }, len: skipped + name[0].length + (acr ? acr[0].length : 0) };
  }
  if (!fr.commonNouns) return null;
  const ws: string[] = [];
  let pos = 0;
  for (let w = PHRASE_WORD.exec(r); w && ws.length < MAX_PHRASE_WORDS && !fr.stop.test(w[1]); w = PHRASE_WORD.exec(r.slice(pos).trimStart())) {
    ws.push(w[1]);
    pos = r.indexOf(w[1], pos) + w[1].length;
    if (!/^\s/.test(r.slice(pos))) break;
  }
  const text = r.slice(0, pos).trim();
  if (!ws.length || ws.some((w) => fr.pronoun.test(w)) || fr.cued.test(text) || fr.audience.test(text)) return null;
  const start = at + skipped + r.indexOf(ws[0]);
  return { hit: { start, end: start + text.length, text, kind: "phrase" }, len: skipped + pos };
}

/** The objects listed from a position: "TikTok, PUBG Mobile and Rise of Kingdoms". */
export function objectsAt(text: string, from: number, to: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const out: FrameHit[] = [];
  if (fr.endsInPreposition.test(text.slice(Math.max(0, from - 20), from).trimEnd())) return out;
  let pos = from;
  while (pos < to) {
    const item = readItem(text.slice(pos, to), offset + pos, fr);
    if (!item) break;
    out.push(item.hit);
    pos += item.len;
    const gap = fr.listGap.exec(text.slice(pos, to));
    if (!gap) break;
    pos += gap[0].length;
  }
  return out;
}

/** The objects of a ban noun: only after one of its links ("ban on X", "verbod op X"). */
export function nounObjects(text: string, from: number, to: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const link = fr.nounLink.exec(text.slice(from, to));
  return link ? objectsAt(text, from + link[0].length, to, offset, fr) : [];
}

/** The subject of a passive right before the trigger: "Telegram was blocked", "Instagram has been restored". */
export function passiveSubject(text: string, at: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const m = fr.passiveBefore?.exec(text.slice(Math.max(0, at - 80), at));
  if (!m || fr.pronoun.test(m[1]) || fr.stop.test(m[1]) || !nameLike(m[1], false, false, fr)) return [];
  const start = offset + Math.max(0, at - 80) + m.index;
  return [{ start, end: start + m[1].length, text: m[1], kind: "name" }];
}

// Open-world targets: the object of a ban frame is the target whether or not any list
// knows it. A locale declares its frames (src/locales/<lang>/index.ts, `frames`): the
// prepositions linking a ban noun to its object ("ban on X", "verbod op X"), the activity
// nouns whose complement is the target ("the sale of X"), the passive's auxiliaries
// ("X was blocked"), and the words that end a noun phrase. What comes out is a proper
// name as written ("Compact", "PUBG Mobile"), or in a language whose categories are named
// in it (English) an unknown common noun phrase ("fur farming").
import type { Locale, TargetFrames } from "../locales/types.js";
import { compileForms } from "./patterns.js";
import { countWords, escapeRegExp } from "./words.js";
import { INCLUDING_GAP_WORDS } from "./constants.js";
import { quotedTitle } from "./titles.js";
import { DEMONYMS } from "../gazetteer/demonyms.js";

export interface FrameHit {
  start: number;
  end: number;
  text: string;
  /** A proper name, a common noun phrase, or a passive's subject words (read for categories only). */
  kind: "name" | "phrase" | "subject";
  /** The words before a verb where objects stand before it: a category there must head its phrase. */
  beforeVerb?: boolean;
  /** Words the tagger reads as no noun phrase, kept for the category they may hold: no list goes on after them. */
  untagged?: boolean;
  /** A phrase opened by a demonym that names where the thing comes from ("Brazilian beef"): the demonym keeps its capital. */
  origin?: boolean;
}

export interface CompiledFrames {
  /** A hyphenated compound's head that describes the name before it ("Zoltar-Magazin", "Zangi-App", "Huawei-Komponenten"). */
  compoundHead: RegExp | null;
  /** A product noun ending a phrase ("surveillance cameras"). */
  productEnd: RegExp | null;
  /** A link from a product to its vendor, opening a text (" made by "). */
  madeBy: RegExp | null;
  /** Determiners, activity nouns and name cues to skip before an object ("the sale of the app"); an infinitive marker before an activity verb too ("no longer be allowed to sell X"). */
  skip: RegExp;
  /** Ends in an activity noun and its link ("la venta de"): a category after it is what the activity concerns. */
  transparentEnd: RegExp;
  /** Ends in a genitive link and its article ("los minoristas de"): a category after it modifies a noun. */
  genitiveEnd: RegExp | null;
  nounLink: RegExp;
  listGap: RegExp;
  /** The list gaps anywhere in a text (global): where a coordinated verb phrase may open. */
  listGaps: RegExp;
  /** After a list's gap: "other ..." names the class of the items before, not one more. */
  classAfter: RegExp | null;
  /** A word that ends a noun phrase (preposition, conjunction, relative word, adverb), or no target (a pronoun). */
  stop: RegExp;
  /** A determiner opening a text: after a comma, an apposition follows. */
  apposition: RegExp;
  /** A word that ends a noun phrase, pronouns and generic nouns aside. */
  boundary: RegExp;
  /** After a passive trigger, a complement making its subject the audience ("barred from hosting"). */
  audienceComplement: RegExp | null;
  /** Right after a verb trigger: its audience and the link to what they are banned from. */
  audienceThenLink: RegExp | null;
  passiveBefore: RegExp | null;
  /** The words before a passive trigger's auxiliaries, stopping before them ("Engineered stone will be", not "... stone will"). */
  passivePhrase: RegExp | null;
  /** The sentence's opening words up to a passive trigger's auxiliaries ("The export of livestock by sea will be"). */
  passiveOpening: RegExp | null;
  pronoun: RegExp;
  /** Head nouns of audiences: "banned officials from using X" names who, not what. */
  audience: RegExp;
  /** A trigger form ending in a preposition ("removed from", "retirée des"): what follows is where, not what. */
  endsInPreposition: RegExp;
  /** A preposition alone (case aside): no name opens with one ("Für Wirte sind ... vorgesehen" after a colon). */
  preposition: RegExp;
  capitalisedNouns: boolean;
  name: RegExp;
  including: RegExp | null;
  /** A relative word in a text. */
  relative: RegExp | null;
  /** A word opening a relative clause, all of it, where the verb ends its clause ("die", "welche"). */
  relativeOpener: RegExp | null;
  /** The first "including"/"such as" of a text (not global): a phrase's words end there. */
  includingAny: RegExp | null;
  /** An activity noun alone ("possession", "the sale"): the head of a transparent phrase whose complement is the target; no target itself. */
  bareActivity: RegExp;
  /** Plural places or bodies ending a text ("in cities", "países latinoamericanos"): the examples after them decide, they are not banned. */
  deciderExamples: RegExp | null;
  /** Demonyms and country adjectives of the language, lower case ("chinese", "russische"). */
  demonyms: Set<string>;
  objectsBeforeVerb: boolean;
  /** The last finite auxiliary of a text and the words after it (global search; see middleField). */
  finiteAux: RegExp | null;
  nounPhrase: ((words: string) => string | null) | null;
  /** A phrase opening with a number or a counting word: a counted set, no target. */
  counted: RegExp;
  opensVerbPhrase: ((words: string) => boolean) | null;
  commonNouns: boolean;
  /** A trigger form that is a passive participle ("banned", "outlawed"). */
  participle: RegExp | null;
  /** The link from who is barred to what ("banned from ..."), right after a trigger. */
  audienceLinkStart: RegExp | null;
  cued: RegExp;
  /** A phrase that is a cue noun and nothing more ("the app", "games"), unlike one that holds one ("game consoles"). */
  cuedWhole: RegExp;
  /** A phrase ending in a unit of time ("every year", "this week"): when, not what. */
  timeEnd: RegExp;
  /** A name's possessive ending ("Worldcoin's activities"): not part of the name. */
  possessiveEnd: RegExp | null;
  /** An owner's possessive opening a name ("Apple's iPhone 16"): the thing owned is the name. */
  possessiveOwner: RegExp | null;
  /** Whether a word is a common word of the dictionary, where a noun before a ban noun names its object (English). */
  commonWord: ((word: string) => boolean) | null;
  /** A title opening a name ("Mr Vlahogiannis"): a person, no target. */
  person: RegExp | null;
}

const words = (xs: string[]) => [...new Set(xs)].filter(Boolean).sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+").replace(/'/g, "['’]")).join("|") || "(?!)";
/** A name: capitalised words (or digits) in a row, joined by the locale's connectors ("Rise of Kingdoms"), quotes allowed around it. */
// A name opens with a capital or a digit, or with one lower-case letter before a capital ("iPhone", "eBay").
const CAP = "(?:\\p{Lu}|\\d|\\p{Ll}(?=\\p{Lu}))[\\p{L}\\p{N}'’&+.]*(?:-[\\p{L}\\p{N}]+)*";
const nameRegex = (connectors: string[]) =>
  new RegExp(`^["“«„‘']?\\s*(${CAP}(?:\\s+(?:(?:${connectors.map(escapeRegExp).join("|") || "(?!)"})\\s+(?=\\p{Lu}))?${CAP}){0,3})`, "u");
/** A bracketed acronym right after a name is the name people know: "PlayerUnknown's Battlegrounds (PUBG)". */
const ACRONYM = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,9})\s*\)/u;
/** One or two lowercase words before a name or a cue noun. */
const MODIFIERS = /^(?:\p{Ll}[\p{L}\p{N}'’-]*\s+){1,2}(?=\S)/u;
/** A name joined to a lowercase word by a hyphen ("Kremlin-backed"): group 1 the lowercase word. */
const NAME_COMPOUND = /^\p{Lu}\p{L}*-(\p{Ll}+)(?=\s|$)/u;
/** Whether a word is a name's participle compound ("Chinese-owned", "Kremlin-backed"): an adjective, no name. */
const participleCompound = (word: string, fr: CompiledFrames) => !!fr.participle?.test(NAME_COMPOUND.exec(word)?.[1] ?? "");
const PHRASE_WORD = /^(\p{Ll}[\p{L}\p{N}'’-]*)/u;
const MAX_PHRASE_WORDS = 4;

/** "l'uso di" also as "l'uso dei", "l'uso della": forms ending in a preposition, with its contractions. */
export function withContractions(forms: string[], contractions: Record<string, string[]> | undefined): string[] {
  if (!contractions) return forms;
  return forms.flatMap((f) => {
    const m = /^(.*\s)(\S+)$/u.exec(f);
    const fused = m ? contractions[m[2].toLowerCase()] : undefined;
    return fused ? [f, ...fused.map((c) => m![1] + c)] : [f];
  });
}

/**
 * Activity nouns coordinated before a transparent one share its complement: "the breeding,
 * slaughter and sale of dogs" bans dogs. One-word items, the last joined by a conjunction.
 */
const sharedActivities = (conjunctions: string[]) =>
  conjunctions.length ? `(?:(?:\\p{Ll}[\\p{Ll}-]*\\s*,\\s*){0,2}\\p{Ll}[\\p{Ll}-]*\\s+(?:${words(conjunctions)})\\s+)?` : "";

/**
 * Verbs coordinated after a bare transparent one share its object: "illegal to sell, breed, give away or
 * abandon an XL bully dog" bans the dog. Items of one or two words, none a determiner, the last joined by a
 * conjunction (whose item is one word).
 */
const sharedTail = (conjunctions: string[], det: string) => {
  if (!conjunctions.length) return "";
  const word = `(?!${det})\\p{Ll}[\\p{Ll}-]*`;
  return `(?:(?:\\s*,\\s*${word}(?:\\s+${word})?){0,3}\\s*,?\\s+(?:${words(conjunctions)})\\s+${word})?`;
};

/**
 * A transparent phrase with a place between its activity and its link: "la commercializzazione in Italia
 * della carne coltivata", "the sale in France of X". The place is read where places are; the link's
 * complement is the target, as without it.
 */
function acrossPlace(transparent: string[], locatives: string[], determiners: string[], det: string): string {
  const article = new Set(determiners.map((d) => d.toLowerCase()));
  const split = transparent.map((t) => t.trim().split(/\s+/)).map((ws) => (ws.length > 2 && article.has(ws[0].toLowerCase()) ? ws.slice(1) : ws))
    .filter((ws) => ws.length > 1 && !/['’]$/.test(ws[ws.length - 2]));
  if (!split.length || !locatives.length) return "";
  const heads = [...new Set(split.map((ws) => ws.slice(0, -1).join(" ")))], links = [...new Set(split.map((ws) => ws[ws.length - 1]))];
  return `|${det}?(?:${words(heads)})\\s+(?:${words(locatives)})\\s+${det}?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+(?:${words(links)})(?:\\s+|(?<=['’]))`;
}

/** What ends a phrase or opens and ends a name: a unit of time, a possessive. */
function edges(l: Locale): Pick<CompiledFrames, "timeEnd" | "possessiveEnd" | "possessiveOwner"> {
  const possessive = l.grammar?.possessive;
  return {
    timeEnd: new RegExp(`(?:^|\\s)(?:${words(Object.keys(l.dates?.durationUnits ?? {}))})$`, "iu"),
    possessiveEnd: possessive ? new RegExp(`(?:${possessive})$`, "u") : null,
    possessiveOwner: possessive ? new RegExp(`^(?:\\S+\\s+){0,2}?\\S+?(?:${possessive})\\s+(?=\\S*[\\p{Lu}\\p{N}])`, "u") : null,
  };
}

/**
 * Where objects end and what looks like one is none: the examples' cue ("such as"), the heads of
 * transparent phrases without their link ("sale of" -> "sale"), and plural deciders before a list
 * of examples ("cities such as").
 */
function notTargets(l: Locale, fr: TargetFrames, det: string): Pick<CompiledFrames, "including" | "includingAny" | "bareActivity" | "deciderExamples"> {
  const heads = fr.transparent.map((t) => t.trim().split(/\s+/)).map((ws) => (ws.length > 1 ? ws.slice(0, -1) : ws).join(" ")).filter((h) => !/['’]$/.test(h));
  return {
    ...includingCues(fr.including ?? []),
    bareActivity: new RegExp(`^(?:${det})?(?:${words(heads)})$`, "iu"),
    deciderExamples: l.cues.pluralDeciders?.length ? new RegExp(`(?<![\\p{L}])(?:${words(l.cues.pluralDeciders)})(?:\\s+\\p{Ll}+)?[\\s,]*$`, "iu") : null,
  };
}

/** "such as", "including": the examples' cue, found globally and anywhere. */
function includingCues(including: string[]): { including: RegExp | null; includingAny: RegExp | null } {
  if (!including.length) return { including: null, includingAny: null };
  return {
    including: new RegExp(`(?<![\\p{L}])(?:${words(including)})(?![\\p{L}])[\\s:,]*`, "giu"),
    includingAny: new RegExp(`(?<![\\p{L}])(?:${words(including)})(?![\\p{L}])`, "iu"),
  };
}

/** Where a passive's subject stands: a name, or words, before its auxiliaries (`passiveBefore`, `passivePhrase`, `passiveOpening`). */
/** A length between a verb and its object ("prohíbe durante 180 días la minería de criptomonedas"): skipped as an adverb is. */
function durationBetween(links: string[] | undefined, units: string[], numbers: string[] = []): string {
  // "for 30 days", "pour six mois": a number written in figures or in words
  const n = numbers.length ? `(?:\\d+|${words(numbers)})` : "\\d+";
  return links?.length && units.length ? `|(?:${words(links)})\\s+${n}\\s+(?:${words(units)})\\s+` : "";
}

function passiveTests(aux: string[], adverbs: string[] = []): Pick<CompiledFrames, "passiveBefore" | "passivePhrase" | "passiveOpening"> {
  // an adverb may stand between the auxiliary and the participle: "will also be banned", "sera également interdit"
  const adv = `(?:\\p{Ll}+ly\\s+${adverbs.length ? `|(?:${words(adverbs)})\\s+` : ""})?`;
  return {
    passiveBefore: aux.length
      ? new RegExp(`((?:\\p{Lu}|\\d)[\\p{L}\\p{N}'’&+.-]*(?:\\s+(?:\\p{Lu}|\\d)[\\p{L}\\p{N}'’&+.-]*){0,3})\\s+(?:(?:${words(aux)})\\s+){1,3}${adv}$`, "u")
      : null,
    passivePhrase: aux.length
      ? new RegExp(`((?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?[\\p{L}\\p{N}'’-]+)\\s+(?:to\\s+)?(?:(?:${words(aux)})\\s+){1,3}${adv}$`, "u")
      : null,
    passiveOpening: aux.length
      ? new RegExp(`^((?:[\\p{L}\\p{N}'’-]+\\s+){0,7}?[\\p{L}\\p{N}'’-]+)\\s+(?:to\\s+)?(?:(?:${words(aux)})\\s+){1,3}${adv}$`, "u")
      : null,
  };
}

/**
 * "la circulación y comercialización de vapeadores": an activity coordinated after another shares its
 * article, so each transparent phrase the locale writes with an article also stands without it.
 */
function withoutArticles(forms: string[], articles: string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) {
    const lower = f.toLowerCase();
    for (const a of articles) {
      const elided = /['’]$/.test(a);
      if (lower.startsWith(elided ? a : `${a} `)) out.add(f.slice(elided ? a.length : a.length + 1));
    }
  }
  return [...out];
}

export function compileFrames(l: Locale): CompiledFrames | null {
  const fr0 = l.frames;
  if (!fr0) return null;
  const g = l.grammar;
  const fr = { ...fr0, transparent: withoutArticles(withContractions(fr0.transparent, g?.contractions), g?.articles ?? []) };
  const determiners = [...(g?.articles ?? []), ...(g?.determiners ?? []), ...fr.quantifiers];
  const elided = determiners.filter((w) => /['’]$/.test(w));
  const full = determiners.filter((w) => !/['’]$/.test(w));
  const det = `(?:(?:${words(full)})\\s+|(?:${words(elided)}))`;
  const cues = l.targetCues.map((c) => c.replace(/^\S+['’]|^\S+\s+(?=\S)/u, (m) => (full.includes(m.trim().toLowerCase()) || elided.includes(m) ? "" : m)));
  const infinitive = g?.infinitiveMarkers?.length ? `(?:(?:${words(g.infinitiveMarkers)})\\s+)?` : "";
  const heads = [...(l.targetCueHeads ?? []).map((h) => h.replace(/^-/, "")), ...l.targetCues.filter((c) => !/\s/.test(c)), ...(fr.productNouns ?? [])];
  return {
    compoundHead: heads.length ? new RegExp(`(?<=\\p{L}{2})-(?:${words(heads)})$`, "iu") : null,
    ...edges(l),
    productEnd: fr.productNouns?.length ? new RegExp(`(?:^|\\s)(?:${words(fr.productNouns)})$`, "iu") : null,
    madeBy: fr.madeBy?.length ? new RegExp(`^\\s+(?:${words(fr.madeBy)})\\s+(?=["“«„‘']?\\p{Lu})`, "iu") : null,
    skip: new RegExp(`^\\s*(?:${det}|${infinitive}${sharedActivities(g?.conjunctions ?? [])}(?:(?:${words(fr.transparent)})${sharedTail(g?.conjunctions ?? [], det)}(?:\\s+|(?<=['’]))${acrossPlace(fr.transparent, g?.locatives ?? [], full, det)})|(?:${words(cues)})\\s+${fr.invertedSubjects?.length ? `|(?:${words(fr.invertedSubjects)})\\s+(?=${det})` : ""}${fr.objectAdverbs?.length ? `|(?:${words(fr.objectAdverbs)})\\s+` : ""}${durationBetween(fr.durationLinks, Object.keys(l.dates?.durationUnits ?? {}), Object.keys(l.dates?.numbers ?? {}))})`, "iu"),
    transparentEnd: new RegExp(`(?:${words(fr.transparent)})\\s*$`, "iu"),
    genitiveEnd: fr.genitives?.length ? new RegExp(`(?<![\\p{L}])(?:${words(fr.genitives)})\\s*${det}?\\s*$`, "iu") : null,
    nounLink: new RegExp(`^\\s*(?:${words(fr.nounLinks)})(?:\\s+|(?<=['’]))`, "iu"),
    listGap: new RegExp(`^\\s*(?:,\\s*(?:(?:${words(g?.conjunctions ?? [])})\\s+)?|(?:${words(g?.conjunctions ?? [])})\\s+)`, "iu"),
    classAfter: fr.classAfter?.length ? new RegExp(`^(?:${words(fr.classAfter)})\\s`, "iu") : null,
    listGaps: new RegExp(`\\s*(?:,\\s*(?:(?:${words(g?.conjunctions ?? [])})\\s+)?|(?:${words(g?.conjunctions ?? [])})\\s+)`, "giu"),
    stop: new RegExp(`^(?:${words([...(g?.prepositions ?? []), ...(g?.conjunctions ?? []), ...determiners, ...fr.stops, ...fr.pronouns, ...(l.cues.negation ?? [])])})$`, "iu"),
    apposition: new RegExp(`^${det}`, "iu"),
    // A preposition fused with its article ends a phrase as the plain one does ("i social ai minori").
    boundary: new RegExp(`^(?:${words([...(g?.prepositions ?? []), ...Object.values(g?.contractions ?? {}).flat().filter((w) => !/['’]$/.test(w)), ...(g?.conjunctions ?? []), ...determiners, ...fr.stops, ...l.cues.negation])})$`, "iu"),
    audienceComplement: fr.audienceComplement ? new RegExp(fr.audienceComplement, "u") : null,
    audienceThenLink: fr.audienceLink
      ? new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}?(?:${words(l.audienceNouns)})(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?${fr.audienceLink}`, "iu")
      : null,
    audience: new RegExp(`(?:^|\\s)(?:${words(l.audienceNouns)})$`, "iu"),
    ...prepositionTests(g?.prepositions ?? [], fr.nounLinks),
    ...passiveTests(fr.passiveAux, fr.objectAdverbs),
    pronoun: new RegExp(`^(?:${words([...fr.pronouns, ...(g?.referenceNouns ?? [])])})$`, "iu"),
    capitalisedNouns: !!fr.capitalisedNouns,
    name: nameRegex(fr.nameConnectors ?? []),
    relative: fr.relatives?.length ? new RegExp(`(?<![\\p{L}])(?:${words(fr.relatives)})(?![\\p{L}])`, "iu") : null,
    relativeOpener: fr.relativeOpeners?.length ? new RegExp(`^(?:${words(fr.relativeOpeners)})$`, "iu") : null,
    ...notTargets(l, fr, det),
    demonyms: new Set([...Object.values(l.demonyms), ...Object.values(DEMONYMS)].flat().map((d) => d.replace(/\*$/, "").toLowerCase())),
    objectsBeforeVerb: !!fr.objectsBeforeVerb,
    finiteAux: fr.finiteAux?.length ? new RegExp(`(?<![\\p{L}])(?:${words(fr.finiteAux)})(?![\\p{L}])`, "giu") : null,
    nounPhrase: fr.nounPhrase ?? null,
    opensVerbPhrase: fr.opensVerbPhrase ?? null,
    commonNouns: !!fr.commonNounTargets,
    counted: new RegExp(`^(?:\\d[\\d,.]*${fr.countingWords?.length ? `|${words(fr.countingWords)}` : ""})\\s+\\S`, "iu"),
    participle: fr.participleEnd ? new RegExp(`(?:${fr.participleEnd})$`, "iu") : null,
    audienceLinkStart: fr.audienceLink ? new RegExp(`^${fr.audienceLink}`, "iu") : null,
    // a cue as skipped, without its article ("il social" -> "social"), is a cue too
    ...cuedTests(compileForms([...new Set([...l.targetCues, ...cues])], "iu")),
    commonWord: fr.commonWord ?? null,
    person: g?.honorifics?.length ? new RegExp(`^(?:${words(g.honorifics.map((h) => h.replace(/\.$/, "")))})\\.?\\s+\\p{Lu}`, "u") : null,
  };
}

/** A text ending in a preposition or a noun's link; a preposition alone. */
function prepositionTests(prepositions: string[], nounLinks: string[]): Pick<CompiledFrames, "endsInPreposition" | "preposition"> {
  return {
    endsInPreposition: new RegExp(`(?:^|\\s)(?:${words([...prepositions, ...nounLinks])})$`, "iu"),
    preposition: new RegExp(`^(?:${words(prepositions) || "(?!)"})$`, "iu"),
  };
}

/** Whether capitalised words are a name: in a language that capitalises every noun, only with a sign of one. */
function nameLike(text: string, cued: boolean, quoted: boolean, fr: CompiledFrames): boolean {
  if (!fr.capitalisedNouns || cued || quoted) return true;
  // All capitals ("X", "RT", "VK") is an acronym or a brand, never a common noun.
  if (/^[\p{Lu}\p{N}]+$/u.test(text)) return true;
  // "Zangi-App": a compound of a word and a cue head names the word; "Online-Lexikon" joins common nouns.
  if (fr.compoundHead?.test(text)) return true;
  // Capitals across words joined by the language's own article or preposition are a genitive of common
  // nouns ("Teile der Innenstadt", "Förderung der Selbsttötung"); a foreign connector joins a name ("Rise of Kingdoms").
  const tokens = text.split(/\s+/);
  if (fr.preposition.test(tokens[0])) return false;
  if (tokens.slice(1).some((w) => fr.boundary.test(w))) return tokens.some((w) => w.split("-").some((part) => /.\p{Lu}|\d/u.test(part)));
  return text.split("-").some((part) => /\p{Lu}.*\p{Lu}|\d/u.test(part)) || /\s/.test(text) && /^\p{Lu}/u.test(tokens[1]);
}

/** A cue noun anywhere in a text, and a text that is a cue noun and nothing more ("the app", not "game consoles"). */
const cuedTests = (cued: RegExp): Pick<CompiledFrames, "cued" | "cuedWhole"> => ({ cued, cuedWhole: new RegExp(`^(?:${cued.source})$`, "iu") });

/** Determiners, activity nouns and cue nouns before an object: how far they run, and whether a cue was among them. */
function skipLead(rest: string, fr: CompiledFrames): { skipped: number; cued: boolean } {
  let skipped = rest.length - rest.trimStart().length;
  let beforeCue = -1;
  for (let m = fr.skip.exec(rest.slice(skipped)); m && m[0].length; m = fr.skip.exec(rest.slice(skipped))) {
    if (fr.cued.test(m[0])) beforeCue = skipped;
    skipped += m[0].length;
  }
  // A cue noun with no name after it is the object itself: "vieta i social network ai minori".
  if (beforeCue >= 0 && !fr.name.test(rest.slice(skipped))) return { skipped: beforeCue, cued: false };
  return { skipped, cued: beforeCue >= 0 };
}

/** The length of one or two lowercase words after a name that end in a product noun ("Hikvision surveillance cameras"), or 0. */
function productTail(next: string, fr: CompiledFrames): number {
  const m = /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?/u.exec(next);
  if (!m || !fr.productEnd) return 0;
  const ws = m[0].trim().split(/\s+/);
  for (let n = ws.length; n > 0; n--) {
    const w = ws.slice(0, n);
    if (fr.productEnd.test(w.join(" ")) && !w.some((x) => fr.boundary.test(x))) return m[0].indexOf(w[n - 1]) + w[n - 1].length;
  }
  return 0;
}

/**
 * "the Confederate flag at all races", "the Nazi salute": where the locale names categories in its own
 * words, one plain capitalised word before one common noun that ends the phrase is that noun's
 * modifier, and the two are the thing banned; the length of the noun, or 0. A brand with inner
 * capitals ("TikTok") or a known name before a noun ("Telegram channels") stays the name.
 */
function namedHead(name: string, next: string, fr: CompiledFrames): number {
  if (!fr.commonNouns || !fr.nounPhrase || !/^\p{Lu}\p{Ll}+$/u.test(name)) return 0;
  const m = /^\s+(\p{Ll}[\p{L}-]*)(?=(\s*[,.;:!?)"”’]|\s*$|\s+(\S+)))/u.exec(next);
  if (!m || (m[3] && !fr.boundary.test(m[3])) || fr.boundary.test(m[1]) || fr.audience.test(m[1]) || fr.pronoun.test(m[1])) return 0;
  // Asked with a determiner, so that a noun that is also a verb reads as the noun ("the Confederate flag").
  return fr.nounPhrase(m[1]) === m[1] || fr.nounPhrase(`the ${name} ${m[1]}`) === `the ${name} ${m[1]}` ? m[0].length : 0;
}

/** The name right after a cue noun that follows another name, or null. */
function ownedName(rest: string, at: number, fr: CompiledFrames): { hit: FrameHit; len: number } | null {
  if (!/^\s+["“«„‘']?\p{Lu}/u.test(rest)) return null;
  const item = readItem(rest, at, fr);
  return item && item.hit.kind === "name" ? item : null;
}

/**
 * "the survival-shooter PlayerUnknown's Battlegrounds", "video-sharing app TikTok": lowercase modifiers
 * before a cue noun or a name describe it; their length, and the cue's with them, or 0.
 */
function modifiersBefore(r: string, fr: CompiledFrames): { len: number; cued: boolean } {
  // "the Kremlin-backed channel X": a name's participle compound opens the modifiers as a lowercase word does.
  const compound = participleCompound(/^\S+/u.exec(r)?.[0] ?? "", fr) ? /^\S+\s+/u.exec(r)?.[0] ?? "" : "";
  const mod = compound + (MODIFIERS.exec(r.slice(compound.length))?.[0] ?? "");
  // Pronouns are no modifiers ("verbietet er US-Bürgern"), app nouns are ("video-sharing app TikTok").
  if (!mod || mod.trim().split(/\s+/).some((w) => fr.boundary.test(w) || (fr.pronoun.test(w) && !fr.cued.test(w)))) return { len: 0, cued: false };
  const rest = r.slice(mod.length);
  const cue = fr.skip.exec(rest);
  const cueLen = cue && fr.cued.test(cue[0]) ? cue[0].length : 0;
  // ...not a capital letter standing alone, which designates the words before it ("bisphenol A").
  if (cueLen || (fr.name.test(rest) && !/^\p{Lu}\d?(?![\p{L}\p{N}'’.-])/u.test(rest))) return { len: mod.length + cueLen, cued: cueLen > 0 };
  return { len: 0, cued: false };
}

/** One object of a list: a name or (where the locale allows) a common noun phrase. */
function readItem(rest: string, at: number, fr: CompiledFrames, listCued = false): { hit: FrameHit; len: number; cued?: boolean } | null {
  let { skipped, cued } = skipLead(rest, fr);
  // A cue before a list covers every item: "die Plattformen Qintel und Zongda".
  cued ||= listCued;
  const modified = modifiersBefore(rest.slice(skipped), fr);
  skipped += modified.len;
  cued ||= modified.cued;
  let r = rest.slice(skipped);
  // "118 Chinese apps": a number opening capitalised words counts them, it names nothing.
  const count = /^\d[\d.,]*\s+(?=\p{Lu})/u.exec(r);
  if (count) {
    skipped += count[0].length;
    r = r.slice(count[0].length);
  }
  const title = quotedTitle(r, (w) => fr.boundary.test(w));
  if (title) return { hit: { start: at + skipped + title.start, end: at + skipped + title.end, text: title.text, kind: "name" }, len: skipped + title.len, cued };
  const name = fr.name.exec(r);
  // A name holds a letter: "90 días" is a length, "Lemon8" a name.
  if (name && /\p{L}/u.test(name[1]) && !fr.stop.test(name[1]) && !fr.pronoun.test(name[1])) {
    const next = r.slice(name[0].length);
    // "Chinese apps", "Russian media": a demonym before a common noun is an adjective ("PUBG Mobile game" stays a name).
    const after = PHRASE_WORD.exec(next.trimStart());
    // So is a participle compound of a name ("the Chinese-owned video app", "Kremlin-backed channels").
    const adjective = fr.demonyms.has(name[1].toLowerCase()) || participleCompound(name[1], fr);
    if (after && !fr.boundary.test(after[1]) && /^\s/.test(next) && adjective) {
      const origin = originPhrase(name[1], next, at + skipped + name[0].indexOf(name[1]), fr);
      return origin ? { hit: origin.hit, len: skipped + name[0].length + origin.len } : null;
    }
    // A capitalised common noun ("verbietet Handys an Schulen") is read for categories only.
    if (!nameLike(name[1], cued, /^["“«„‘']/.test(r), fr)) {
      const start = at + skipped + name[0].indexOf(name[1]);
      return { hit: { start, end: start + name[1].length, text: name[1], kind: "subject" }, len: skipped + name[0].length };
    }
    // "US-Bürgern", "EU citizens": a name ending in an audience noun names who, not what; "Mr Vlahogiannis" a person.
    if (fr.audience.test(name[1].replace(/-/g, " ")) || fr.person?.test(name[1])) return null;
    // "der Neonazi-Gruppe «Nordadler»": a compound ending in a cue noun describes the name after it.
    const described = fr.compoundHead?.test(name[1]) ? ownedName(next, at + skipped + name[0].length, fr) : null;
    if (described) return { hit: described.hit, len: skipped + name[0].length + described.len };
    const acr = ACRONYM.exec(next);
    // "Apple's iPhone 16": the owner's possessive opens the name; what it owns is banned.
    const owner = acr ? null : fr.possessiveOwner?.exec(name[1]);
    const text = (acr ? acr[1] : name[1].slice(owner?.[0].length ?? 0)).replace(fr.possessiveEnd ?? /(?!)/, "").replace(/[.’']+$/u, "").replace(fr.compoundHead ?? /(?!)/, "");
    const start = at + skipped + (acr ? name[0].length + acr[0].indexOf(acr[1]) : name[0].indexOf(name[1]) + (owner?.[0].length ?? 0));
    // A cue noun after the name belongs to the item, one word may stand before it: "ByteDance apps and Microsoft
    // Copilot", "WhatsApp messaging service and Google Play".
    const tail = acr ? 0 : cueTail(next, fr) || productTail(next, fr);
    // "the Chinese AI app DeepSeek": a name before a cue noun and another name describes the second.
    const own = tail ? ownedName(next.slice(tail), at + skipped + name[0].length + tail, fr) : null;
    if (own) return { hit: own.hit, len: skipped + name[0].length + tail + own.len };
    const head = tail || acr || owner ? 0 : namedHead(name[1], next, fr);
    if (head) return { hit: { start, end: start + text.length + head, text: `${text}${next.slice(0, head)}`.replace(/\s+/gu, " "), kind: "phrase" }, len: skipped + name[0].length + head };
    return { hit: { start, end: start + text.length, text, kind: "name" }, len: skipped + name[0].length + (acr ? acr[0].length : 0) + tail, cued };
  }
  return phraseItem(r, at + skipped, skipped, fr) ?? sharedModifier(r, at + skipped, skipped, fr);
}

/**
 * "Brazilian beef", "Ukrainian grain": where a language names categories in its own words, a
 * demonym before a common noun phrase names a trade by its origin; before a cue or product noun
 * it only describes ("Chinese apps", "Russian media", "Chinese software": the names come
 * elsewhere), and so does a participle compound.
 */
function originPhrase(demonym: string, next: string, start: number, fr: CompiledFrames): { hit: FrameHit; len: number } | null {
  if (!fr.commonNouns || !fr.demonyms.has(demonym.toLowerCase())) return null;
  const gap = next.length - next.trimStart().length;
  const phrase = readPhrase(next.slice(gap), fr);
  // The phrase as written right after the demonym, so that its offsets are the text's.
  if (!phrase || phrase.kind !== "phrase" || !next.startsWith(phrase.text, gap) || fr.cued.test(phrase.text.split(" ").pop()!) || fr.productEnd?.test(phrase.text)) return null;
  const end = start + demonym.length + gap + phrase.text.length;
  return { hit: { start, end, text: `${demonym} ${phrase.text}`, kind: "phrase", origin: true }, len: gap + phrase.len };
}

/** A common noun phrase as an item, or the vendor it is made by ("new communications equipment made by Hytera"). */
function phraseItem(r: string, at: number, skipped: number, fr: CompiledFrames): { hit: FrameHit; len: number } | null {
  const phrase = readPhrase(r, fr);
  if (!phrase || (phrase.kind === "phrase" && fr.timeEnd.test(phrase.text))) return null;
  const phraseEnd = r.indexOf(phrase.text) + phrase.text.length;
  const by = phrase.kind === "phrase" && fr.productEnd?.test(phrase.text) ? fr.madeBy?.exec(r.slice(phraseEnd)) : null;
  const vendor = by ? readItem(r.slice(phraseEnd + by[0].length), at + phraseEnd + by[0].length, fr) : null;
  if (vendor?.hit.kind === "name") return { hit: vendor.hit, len: skipped + phraseEnd + by![0].length + vendor.len };
  const start = at + phrase.offset;
  return { hit: { start, end: start + phrase.text.length, text: phrase.text, kind: phrase.kind, ...(phrase.untagged ? { untagged: true } : {}) }, len: skipped + phrase.len };
}

/**
 * Lower-case words up to a boundary: an open-world category where the locale names categories
 * in its own words (English), else the words a category of the lexicon may stand in ("interdit
 * les puffs"), read for categories only.
 */
function readPhrase(r: string, fr: CompiledFrames): { text: string; offset: number; len: number; kind: FrameHit["kind"]; untagged?: boolean } | null {
  // "single-use plastics such as straws": the examples' cue ends the phrase.
  const cut = fr.includingAny ? r.search(fr.includingAny) : -1;
  if (cut >= 0) r = r.slice(0, cut);
  const ws: string[] = [];
  let pos = 0;
  for (let w = PHRASE_WORD.exec(r); w && ws.length < MAX_PHRASE_WORDS && !fr.boundary.test(w[1]); w = PHRASE_WORD.exec(r.slice(pos).trimStart())) {
    ws.push(w[1]);
    pos = r.indexOf(w[1], pos) + w[1].length;
    if (!/^\s/.test(r.slice(pos))) break;
  }
  if (!ws.length || ws.some((w) => fr.pronoun.test(w))) return null;
  // "bisphenol A", "vitamin D", "hepatitis B": a capital letter standing alone after the words designates
  // one of their kind (no article is capitalised inside a sentence).
  const letter = /^\s+(\p{Lu}\d?)(?![\p{L}\p{N}'’.-])/u.exec(r.slice(pos));
  let text = r.slice(0, pos).trim();
  if (!fr.commonNouns) return { text, offset: r.indexOf(ws[0]), len: pos, kind: "subject" };
  if (fr.nounPhrase) {
    // Words the tagger reads as no noun phrase ("caffeinated energy drinks") may still hold a category: read for that only
    // (not one word: "the manufacture, storage and sale of X" lists activities, not things).
    const np = fr.nounPhrase(text);
    if (np === null && ws.length > 1 && !fr.audience.test(text)) return { text, offset: r.indexOf(ws[0]), len: pos, kind: "subject", untagged: true };
    text = np ?? "";
  }
  // "banned possession", "the sale of equipment" without what: an activity alone names nothing banned.
  if (!text || fr.cuedWhole.test(text) || fr.audience.test(text) || fr.bareActivity.test(text)) return null;
  if (letter && text === ws.join(" ")) return { text: `${text} ${letter[1]}`, offset: r.indexOf(ws[0]), len: pos + letter[0].length, kind: "phrase" };
  return { text, offset: r.indexOf(ws[0]), len: pos, kind: "phrase" };
}

/**
 * "new and used cars", "ferrous and non-ferrous scrap metal": a lone word no item reads, joined by a
 * conjunction to a noun phrase, modifies that phrase's head; the item is the whole coordination as written.
 */
function sharedModifier(r: string, at: number, skipped: number, fr: CompiledFrames): { hit: FrameHit; len: number } | null {
  if (!fr.commonNouns) return null;
  const lead = /^\s*/u.exec(r)![0].length;
  const word = PHRASE_WORD.exec(r.slice(lead));
  // "the sale and bursting of firecrackers": activities, not modifiers.
  if (!word || fr.boundary.test(word[1]) || fr.pronoun.test(word[1]) || fr.bareActivity.test(word[1])) return null;
  const from = lead + word[1].length;
  const gap = fr.listGap.exec(r.slice(from));
  if (!gap || gap[0].includes(",")) return null;
  const rest = from + gap[0].length;
  const next = phraseItem(r.slice(rest), at + rest, 0, fr);
  // The phrase may leave out a participle the tagger reads as a verb ("used scrap metal"): lower-case words only between.
  if (!next || (next.hit.kind !== "phrase" && !next.hit.untagged) || !/^[\p{Ll}\s-]*$/u.test(r.slice(rest, next.hit.start - at))) return null;
  const end = next.hit.end - at;
  return { hit: { ...next.hit, start: at + lead, end: at + end, text: r.slice(lead, end) }, len: skipped + rest + next.len };
}

/** The objects listed from a position: "TikTok, PUBG Mobile and Rise of Kingdoms". */
export function objectsAt(text: string, from: number, to: number, offset: number, fr: CompiledFrames): FrameHit[] {
  let listCued = false;
  const out: FrameHit[] = [];
  let pos = from;
  while (pos < to) {
    const item = readItem(text.slice(pos, to), offset + pos, fr, listCued);
    if (!item) break;
    out.push(item.hit);
    // "a ban of between two and four Tests": words read for a category only end the list.
    if (item.hit.untagged) break;
    listCued ||= !!item.cued;
    pos += item.len;
    const gap = fr.listGap.exec(text.slice(pos, to));
    // "ByteDance, the parent company of TikTok": after a comma, a determiner opens an apposition, not an item.
    if (!gap || (gap[0].includes(",") && fr.apposition.test(text.slice(pos + gap[0].length, to)))) break;
    if (fr.opensVerbPhrase?.(text.slice(pos + gap[0].length, Math.min(to, pos + gap[0].length + 40)))) break;
    if (fr.classAfter?.test(text.slice(pos + gap[0].length, to))) break;
    pos += gap[0].length;
  }
  return out;
}

/** A word no boundary that is a cue noun (or its plural). */
const cueNoun = (w: string | undefined, fr: CompiledFrames) => !!w && !fr.boundary.test(w) && (fr.cued.test(w) || fr.cued.test(w.replace(/s$/u, "")));

/** How long the cue noun right after a name runs, one plain word before it allowed ("apps", "messaging service"), or 0. */
function cueTail(next: string, fr: CompiledFrames): number {
  const one = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(next);
  if (!one) return 0;
  if (cueNoun(one[1], fr)) return one[0].length;
  const two = /^\s+([\p{Ll}][\p{L}-]*)\s+([\p{Ll}][\p{L}-]*)/u.exec(next);
  return two && !fr.boundary.test(two[1]) && cueNoun(two[2], fr) ? two[0].length : 0;
}

/**
 * Where a verb phrase coordinated with the trigger's opens ("ban vapes and raise penalties for
 * those who sell to minors"): the trigger's own words end there. `to` when none does.
 */
export function coordinatedVerbAt(text: string, from: number, to: number, fr: CompiledFrames): number {
  if (!fr.opensVerbPhrase) return to;
  for (const m of text.slice(from, to).matchAll(fr.listGaps)) {
    const at = from + m.index! + m[0].length;
    if (m[0].trim() && fr.opensVerbPhrase(text.slice(at, Math.min(to, at + 40)))) return from + m.index!;
  }
  return to;
}

/**
 * In a clause that ends in its participle ("hat das Magazin Compact verboten", "heeft X in
 * het hele land laten blokkeren"), the objects listed right after the last finite auxiliary.
 */
export function middleField(text: string, from: number, to: number, offset: number, fr: CompiledFrames, pastDate: (at: number) => number = (at) => at): FrameHit[] {
  if (!fr.finiteAux) return [];
  let at = -1;
  for (const m of text.slice(from, to).matchAll(fr.finiteAux)) at = from + m.index! + m[0].length;
  // A date may open the middle field before the object ("hat im Juli das Magazin „Compact“ verboten").
  return at < 0 ? [] : objectsAt(text, pastDate(at), to, offset, fr).filter((h) => h.kind === "name");
}

/** "banned children under 16 from social media": the objects after the audience and its link. */
export function audienceObjects(text: string, from: number, to: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const m = fr.audienceThenLink?.exec(text.slice(from, to));
  return m ? objectsAt(text, from + m[0].length, to, offset, fr) : [];
}

/** The objects of a ban noun: only after one of its links ("ban on X", "verbod op X"). */
export function nounObjects(text: string, from: number, to: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const link = fr.nounLink.exec(text.slice(from, to));
  if (!link) return [];
  // "the ban on banks dealing with cryptocurrency businesses": a common noun with a gerund after it is who
  // may not do what the gerund says, not what is banned.
  return objectsAt(text, from + link[0].length, to, offset, fr).filter((h) => h.kind !== "phrase" || !fr.audienceComplement?.test(text.slice(h.end - offset)));
}

/**
 * The subject of a passive right before the trigger: a name ("Telegram was blocked",
 * "Instagram has been restored"), or the words there, where a category may stand
 * ("Disposable vapes to be banned"); such a phrase is read for categories only.
 */
export function passiveSubject(text: string, at: number, end: number, offset: number, fr: CompiledFrames): FrameHit[] {
  // "Apple and Google would be barred hosting TikTok": who is barred from doing what is no target.
  if (fr.audienceComplement?.test(text.slice(end))) return [];
  const from = Math.max(0, at - 80);
  const before = text.slice(from, at);
  const found = subjectIn(before, from, offset, fr);
  if (found.length) return found;
  // "Les insecticides néonicotinoïdes, surnommés « tueurs d'abeilles », sont interdits": an aside set off by
  // commas right before the verb stands between it and its subject.
  const aside = PARENTHETICAL_BEFORE.exec(before);
  if (!aside) return [];
  const hits = subjectIn(before.slice(0, aside.index) + " ".repeat(aside[0].length - aside[1].length) + aside[1], from, offset, fr);
  // "A rede social, que conta com 170 milhões de usuários, foi bloqueada": a relative clause describes one
  // thing the story named; only a name stands for itself there.
  const opener = /^,\s*([\p{L}'’]+)/u.exec(aside[0])?.[1] ?? "";
  return fr.relative?.test(opener) ? hits.filter((h) => h.kind === "name") : hits;
}

/** An aside between commas, then one to three words (the auxiliary) before the passive trigger. */
const PARENTHETICAL_BEFORE = /,[^,;:.!?]{2,80},((?:\s+[\p{L}'’]+){1,3}\s*)$/u;

function subjectIn(before: string, from: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const m = fr.passiveBefore?.exec(before);
  if (m && !fr.pronoun.test(m[1]) && !fr.stop.test(m[1]) && !fr.person?.test(m[1]) && nameLike(m[1], false, false, fr)) {
    const start = offset + from + m.index;
    return [{ start, end: start + m[1].length, text: m[1], kind: "name" }];
  }
  // "The export of livestock by sea will be banned": an opening activity's complement is what is banned, as after the verb.
  const opening = from === 0 ? fr.passiveOpening?.exec(before) : null;
  const items = opening ? objectsAt(opening[1], 0, opening[1].length, offset, fr) : [];
  if (items.length && fr.transparentEnd.test(opening![1].slice(0, items[0].start - offset))) return items;
  const p = fr.passivePhrase?.exec(before);
  if (!p) return [];
  const start = offset + from + p.index;
  return [{ start, end: start + p[1].length, text: p[1], kind: openingPhrase(p[1], from + p.index, fr) ? "phrase" : "subject" }];
}

/**
 * "Engineered stone will be banned", "Bump stocks to be banned": a bare noun phrase opening the
 * sentence as the passive's subject is what is banned, known to a list or not (where the locale
 * reads noun phrases: English). After a determiner it may point back ("The app was banned").
 */
function openingPhrase(words: string, at: number, fr: CompiledFrames): boolean {
  if (at !== 0 || !fr.nounPhrase) return false;
  const lower = /^\p{Lu}\p{Ll}/u.test(words) ? words[0].toLowerCase() + words.slice(1) : words;
  const read = readPhrase(lower, fr);
  return read?.kind === "phrase" && read.offset === 0 && read.text === lower;
}

/**
 * The subject right before an intransitive trigger ("Zangi volta a funcionar", "la app Zangi
 * vuelve a estar disponible"): a name only, and only in the trigger's clause.
 */
export function intransitiveSubject(text: string, from: number, at: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const hit = capitalisedBefore(text, from, at, offset, fr, () => false);
  return hit && nameLike(hit.text, false, false, fr) ? [hit] : [];
}

/**
 * The capitalised words right before a position, from after the last function word, pronoun or
 * `opens` word among them ("In Turchia Zangi" -> "Zangi"; "Brazil's Quorvo" -> "Quorvo"), or null.
 */
function capitalisedBefore(text: string, from: number, at: number, offset: number, fr: CompiledFrames, opens: (word: string) => boolean): FrameHit | null {
  const m = SUBJECT_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  let cut = words.length;
  while (cut > 0 && !fr.boundary.test(words[cut - 1]) && !fr.pronoun.test(words[cut - 1]) && !opens(words[cut - 1])) cut--;
  const name = words.slice(cut).join(" ");
  if (!name) return null;
  const start = offset + from + m.index + m[0].indexOf(m[1]) + m[1].lastIndexOf(name);
  return { start, end: start + name.length, text: name, kind: "name" };
}
/**
 * The capitalised words right before a ban noun, where the language compounds a name with it
 * ("the Quorvo ban", "Brazil's Quorvo ban", "Quorvo ban hits users"): the ban's object, when a
 * word of it is no common word ("Lawmakers ban TikTok" opens with its subject). After a
 * possessive only ("Brazil's"); places and bodies among the words are dropped where they are known.
 */
export function compoundName(text: string, at: number, offset: number, fr: CompiledFrames): FrameHit[] {
  const common = fr.commonWord;
  if (!common) return [];
  const hit = capitalisedBefore(text, Math.max(0, at - 80), at, offset, fr, (w) => !!fr.possessiveEnd?.test(w));
  if (!hit || hit.text.split(/\s+/).every((w) => common(w.replace(/[.’']+$/u, ""))) || fr.stop.test(hit.text)) return [];
  // "lifts 11-year ban": a length before the ban noun says how long, not what.
  if (/^\d/u.test(hit.text) && fr.timeEnd.test(hit.text.replace(/-/g, " "))) return [];
  return [hit];
}
const SUBJECT_BEFORE = /(?:^|\s)((?:\p{Lu}|\d)[\p{L}\p{N}'’&+.-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}'’&+.-]*){0,3})\s+$/u;

/** Names listed after an "including" cue after the trigger: "118 apps, including PUBG Mobile, Baidu and Youku". */
export function listedExamples(text: string, from: number, offset: number, fr: CompiledFrames): FrameHit[] {
  if (!fr.including) return [];
  const out: FrameHit[] = [];
  fr.including.lastIndex = from;
  for (const m of text.matchAll(fr.including)) {
    // "the suspension will cost ... and hit thousands of workers in ports such as Chimbote": a cue far past the trigger lists other things.
    if (m.index! < from || fr.relative?.test(text.slice(from, m.index!)) || countWords(text.slice(from, m.index!)) > INCLUDING_GAP_WORDS) continue;
    // "families in cities such as Manizales", "countries like Chile": the examples are places or deciders, not what is banned.
    if (fr.deciderExamples?.test(text.slice(from, m.index!))) continue;
    out.push(...objectsAt(text, m.index! + m[0].length, text.length, offset, fr).filter((h) => h.kind === "name"));
  }
  // "quatre médias russes : Voice of Europe, RIA Novosti ...": a colon after the object lists its names (not a quote).
  const at = colonList(text, from);
  if (at >= 0) out.push(...objectsAt(text, at, text.length, offset, fr).filter((h) => h.kind === "name"));
  return out;
}

/**
 * Where the names a colon or a dash lists after a lowercase word begin (no quote or full stop before it), or -1:
 * "quatre médias russes : Voice of Europe, ...", "four Russian media outlets — Voice of Europe, RIA Novosti ... —".
 */
function colonList(text: string, from: number): number {
  const m = /\s?:|\s[—–]/u.exec(text.slice(from));
  if (!m) return -1;
  const i = from + m.index;
  if (/["“”«»„.!?]/u.test(text.slice(from, i))) return -1;
  if (!/\s\p{Ll}[\p{L}-]*\s?$/u.test(text.slice(Math.max(from, i - 40), i + (m[0].startsWith(" ") ? 1 : 0)))) return -1;
  const after = /^\s?[:—–]\s+(?=\p{Lu})/u.exec(text.slice(i));
  return after ? i + after[0].length : -1;
}

/**
 * Whether the words after a participle hold an object, as an active verb's do: the first word is no
 * function word ("Officials banned TikTok"), or a determiner comes before any preposition ("Berne
 * interdit désormais le chlorothalonil"; "TikTok banned in the US" has its article after "in").
 */
function takesObject(after: string, fr: CompiledFrames): boolean {
  const ws = after.match(/\p{L}+/gu)?.slice(0, 4) ?? [];
  if (ws.length && !fr.boundary.test(ws[0])) return true;
  for (const w of ws) {
    if (fr.endsInPreposition.test(` ${w}`)) return false;
    if (fr.apposition.test(`${w} `)) return true;
  }
  return false;
}

/**
 * A reduced passive opening a sentence or headline, or following a headline's kicker colon ("Glue traps
 * banned in England from today", "Burkina Faso : Quilla TV suspendue pour deux semaines"): the name
 * before the participle is the target, and, in a language whose common nouns name categories, the
 * noun phrase. Not who is barred from something ("Fans banned from stadium"), nor an active verb's
 * subject: a passive takes no object ("Meta interdit les publicités").
 */
export function reducedPassiveSubject(text: string, from: number, at: number, end: number, offset: number, fr: CompiledFrames): FrameHit[] {
  if (!fr.participle?.test(text.slice(at, end))) return [];
  if (fr.audienceLinkStart?.test(text.slice(end)) || fr.audienceComplement?.test(text.slice(end))) return [];
  if (takesObject(text.slice(end), fr)) return [];
  // Only at the start of its sentence or after a headline's kicker colon (`from`).
  if (from > 0 && !/: $/u.test(text.slice(0, from))) return [];
  const words = text.slice(from, at).trim();
  if (!words) return [];
  const start = offset + from + text.slice(from, at).indexOf(words);
  const name = fr.name.exec(words);
  if (name?.[1] === words && !fr.stop.test(words) && !fr.pronoun.test(words) && !fr.person?.test(words) && nameLike(words, false, false, fr)) {
    return [{ start, end: start + words.length, text: words, kind: "name" }];
  }
  if (!fr.commonNouns || !/^\p{Lu}\p{Ll}*(?:[\s-]+\p{Ll}+){0,3}$/u.test(words)) return [];
  const lower = words[0].toLowerCase() + words.slice(1);
  // The tagger misses noun compounds whose head is also a verb ("glue traps"): in this position any words
  // that are no function word, pronoun or audience are the subject.
  const ws = lower.split(/[\s-]+/u);
  if (ws.some((w) => fr.boundary.test(w) || fr.stop.test(w) || fr.pronoun.test(w)) || fr.audience.test(lower)) return [];
  return [{ start, end: start + words.length, text: lower, kind: "phrase" }];
}

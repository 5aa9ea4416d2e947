// A locale's data compiled once into the regular expressions the engine runs.
import type { Locale } from "../locales/types.js";
import { compileCues, compileForms, formsSource, compileKeyedMatcher, type CueMatcher, type KeyedMatcher } from "./patterns.js";
import { buildPlaceMatcher, type PlaceMatcher } from "./places.js";
import { buildTargetFinder, type TargetFinder } from "./targets.js";
import { compileGrammar, type CompiledGrammar } from "./grammar.js";
import { compileFrames, withContractions, type CompiledFrames } from "./frames.js";
import { escapeRegExp } from "../util/regexp.js";

export interface CompiledLocale {
  locale: Locale;
  /**
   * A text ending in a conjunction and at most two lowercase words: the verb after it is coordinated
   * ("and lifted", "and then lifted"), unlike a subject's list ("Rusia y Bielorrusia prohibieron").
   */
  coordinated: RegExp;
  /** The gap before a place that took a dated ban later: "..., followed by" and an article ("seguida da"), or null. */
  followedByGap: RegExp | null;
  triggers: KeyedMatcher;
  negation: CueMatcher;
  /** Phrases holding a negation cue that negate no ban ("not the first country to ban"). */
  negationExcept: RegExp | null;
  /** Negation cues that negate only what follows them closely (Locale cues.without), or null. */
  without: CueMatcher | null;
  /** Read after a ban noun: "there is none" ("gibt es ... nicht"), the noun bans nothing. */
  nounDenied: RegExp | null;
  /** Negation after the trigger in its clause, what only looks like one removed first (null: none in this language). */
  negationAfter: { cue: CueMatcher; except: RegExp | null } | null;
  hypothetical: CueMatcher;
  proposal: CueMatcher;
  background: CueMatcher;
  /** A trigger form ending in a ban noun ("lifted the ban"): its object follows the noun's link ("on X"). */
  banNounEnd: RegExp;
  /** A ban noun opening a verb's object ("revoca la sospensione di X"), or standing inside a gapped form ("hebt die Sperre von X auf"). */
  banNounLead: RegExp;
  banNounIn: RegExp;
  /** Right after a lift trigger: its link and the ban noun it ends ("de la suspension", "der Sperre"). */
  liftedBanLead: RegExp;
  /** Right after a lift trigger: a ban noun after a few modifiers ("booze and cigarette bans"). */
  liftedBanModified: RegExp;
  /** Background cues valid only before the trigger. */
  backgroundBefore: CueMatcher | null;
  /** A sentence saying the story has precedents: the rest of its paragraph is background. */
  precedent: CueMatcher | null;
  /** A definite rule noun opening a sentence ("The law ..."): the decision a sentence just before placed. */
  ruleAnaphor: RegExp | null;
  /** A sentence extending the decision before it to more targets (steps/extension.ts): its cue at the start, or at the end. */
  extension: { start: RegExp | null; end: RegExp | null };
  /** A name's possession that is no ban right after a lift verb ("Simpson's bail"), or null (Locale cues.personalMatters). */
  personalMatter: RegExp | null;
  /** An order's verb and complementizer (Locale cues.orderedThat), or null. */
  orderedThat: CueMatcher | null;
  /** Plural places or bodies ("other countries"): a subject no jurisdiction names. */
  pluralDeciders: CueMatcher | null;
  /** A bill noun in a text: the ban after it in its clause is proposed. */
  bill: CueMatcher | null;
  /** A denial governing its clause (Locale cues.denials): the verb triggers after it report nothing. */
  denial: CueMatcher | null;
  /** A signing verb right before a bill noun: that bill is law. */
  billEnacted: RegExp | null;
  /** Saying a bill failed. */
  billRejected: CueMatcher | null;
  clauseBreak: RegExp;
  /** A sentence segment ending in one of the locale's abbreviations: the sentence goes on. */
  abbreviationEnd: RegExp | null;
  /** Whether "15." goes on as an ordinal (Locale grammar.ordinalPeriods, default true). */
  ordinalPeriods: boolean;
  /** A capitalised article opening a text ("El portavoz"): after a lone initial it opens a new sentence (sentences.ts). */
  articleStart: RegExp | null;
  liftObject: CueMatcher;
  /** A locative preposition (and article) ending the text before a place. */
  locative: RegExp | null;
  /** A case ending that makes a place an origin or a destination (tr "'dan", "'e"), never the decider. */
  notDecider: RegExp | null;
  /** Right after a category, the words before a country that name the category's origin ("from", "z"). */
  fromPlace: RegExp | null;
  /** "nationwide", "en todo el país": the decision covers the whole country. */
  nationwide: RegExp | null;
  /** A sentence opening that attributes the decision just reported ("Dat heeft … beslist."): steps/attribution.ts. */
  attribution: CueMatcher | null;
  /** A verb of saying opening a text ("said", "a déclaré"): what stands before it speaks. */
  speechAfter: RegExp | null;
  /** Before a place, the words that make it what a measure is aimed at ("against", "tegen"). */
  against: RegExp | null;
  /** Words making a decision today's ("nun auch"): an additive beside them is no background. */
  now: RegExp | null;
  /** The gap before a gloss: a comma and a gloss word ("disposable e-cigarettes, or vapes,"). */
  gloss: RegExp | null;
  /** One-word noun trigger forms ("ban", "block"): such a verb form followed by a noun link is the noun ("extends ban on X"). */
  nounForms: Set<string>;
  /** A clause opening with a fronted constituent of a verb-second language: its subject follows the verb. */
  fronted: RegExp | null;
  follow: KeyedMatcher | null;
  /** The locale's markers of one country's variety, keyed by that country (Locale.homeMarkers). */
  homeMarkers: KeyedMatcher | null;
  /** A "besides" phrase (and article) ending the text before a target. */
  besides: RegExp | null;
  /** Right before a name: it is where something was said ("said on"), not a target. */
  medium: RegExp | null;
  /** A source cue and up to four words of its clause, ending a text (CueSet.source). */
  source: RegExp | null;
  /** An actor noun opening a text ("regulator ..."): a category right before it names the body's field ("the gambling regulator"). */
  actorNounAfter: RegExp | null;
  /** Opens the reason of a decision ("to protect"). */
  motive: CueMatcher | null;
  scopes: KeyedMatcher;
  bodies: KeyedMatcher;
  /** Head nouns of audiences ("employees"): the first one of a sentence, with up to three words before it. */
  audience: CueMatcher;
  grammar: CompiledGrammar;
  places: PlaceMatcher;
  targets: TargetFinder;
  /** A target cue noun ("app", "platform") opening / ending a stretch of text. */
  cueAfter: RegExp;
  cueBefore: RegExp;
  /** Frames of open-world targets, or null when the locale declares none. */
  frames: CompiledFrames | null;
}

const cache = new Map<string, CompiledLocale>();

/** The cue lists a locale may leave out: a matcher each, or null. */
function optionalCues(cues: Locale["cues"], possessive: string | undefined) {
  const opt = (forms: string[] | undefined) => (forms?.length ? compileCues(forms) : null);
  return {
    backgroundBefore: opt(cues.backgroundBefore), precedent: opt(cues.precedent), pluralDeciders: opt(cues.pluralDeciders),
    bill: opt(cues.bills), denial: opt(cues.denials), billRejected: opt(cues.billRejected), motive: opt(cues.motive), orderedThat: opt(cues.orderedThat),
    ruleAnaphor: cues.ruleAnaphors?.length ? new RegExp(`^[\\s"“„«]*(?:${formsSource(cues.ruleAnaphors)})`, "iu") : null,
    extension: extensionCues(cues),
    attribution: opt(cues.attribution),
    personalMatter: cues.personalMatters?.length && possessive
      ? new RegExp(`^\\s+\\p{Lu}[\\p{L}\\p{N}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.-]*){0,2}(?:${possessive})\\s+(?:\\p{Ll}+\\s+)?(?:${formsSource(cues.personalMatters)})(?![\\p{L}])`, "u") : null,
  };
}

/** The extension cues of a locale: subject and verb, or an opener, at a sentence's start; a closing phrase at its end. */
function extensionCues(cues: Locale["cues"]): CompiledLocale["extension"] {
  const x = cues.extension;
  if (!x) return { start: null, end: null };
  const subjects = formsSource([...x.subjects, ...(cues.ruleAnaphors ?? [])]);
  const openers = x.openers?.length ? `|(?:${formsSource(x.openers)})` : "";
  return {
    start: new RegExp(`^[\\s"“„«]*(?:(?:${subjects})(?![\\p{L}])[^.;:!?"]{0,60}?\\s(?:${formsSource(x.verbs)})${openers})(?![\\p{L}\\p{N}])`, "iu"),
    end: x.after?.length ? new RegExp(`(?<![\\p{L}])(?:${formsSource(x.after)})[\\s.!?"”»]*$`, "iu") : null,
  };
}

export function compileLocale(locale: Locale): CompiledLocale {
  const hit = cache.get(locale.code);
  if (hit && hit.locale === locale) return hit;
  const grammar = compileGrammar(locale);
  const ARTICLES = grammar.articles;
  const cues = formsSource(locale.targetCues);
  const c: CompiledLocale = {
    locale,
    grammar,
    // "retiró la licencia de" also as "... del": a form ending in a preposition, with its contractions.
    triggers: compileKeyedMatcher(locale.triggers.map((t) => ({ key: t.id, forms: withContractions(t.forms, locale.grammar?.contractions) }))),
    negation: compileCues(locale.cues.negation),
    negationExcept: locale.cues.negationExcept?.length ? compileForms(locale.cues.negationExcept, "giu") : null,
    without: locale.cues.without?.length ? compileCues(locale.cues.without) : null,
    negationAfter: locale.cues.negationAfter?.length ? {
      cue: compileCues(locale.cues.negationAfter),
      except: locale.cues.negationAfterExcept?.length ? compileForms(locale.cues.negationAfterExcept, "giu") : null,
    } : null,
    nounDenied: nounDenied(locale.cues.nounDenied),
    hypothetical: compileCues(locale.cues.hypothetical),
    proposal: compileCues(locale.cues.proposal),
    background: compileCues(locale.cues.background),
    ...banNouns(locale, grammar),
    ...optionalCues(locale.cues, locale.grammar?.possessive),
    billEnacted: locale.cues.billEnacted?.length ? new RegExp(`(?:${formsSource(locale.cues.billEnacted)})(?:\\s+\\S+){0,2}\\s*$`, "iu") : null,
    clauseBreak: compileForms(locale.cues.clauseBreaks, "giu"),
    ...sentenceRules(locale),
    liftObject: compileCues(locale.cues.liftObjects),
    followedByGap: locale.cues.followedBy?.length
      ? new RegExp(`^[\\s,;]*(?:${formsSource(locale.cues.followedBy)})\\s+${ARTICLES}\\s*$`, "iu") : null,
    coordinated: new RegExp(`(?<![\\p{L}])(?:${(locale.grammar?.conjunctions ?? []).map(escapeRegExp).join("|") || "(?!)"})(?:\\s+\\p{Ll}+){0,2}\\s*$`, "u"),
    locative: locale.cues.locatives?.length
      ? new RegExp(`(?:^|\\s)(?:${formsSource(locale.cues.locatives)})\\s+${ARTICLES}$`, "iu")
      : null,
    ...placeCues(locale, ARTICLES),
    now: locale.cues.now?.length ? new RegExp(`(?<![\\p{L}])(?:${formsSource(locale.cues.now)})(?![\\p{L}])`, "iu") : null,
    gloss: locale.grammar?.glosses?.length ? new RegExp(`^\\s*,\\s*(?:${formsSource(locale.grammar.glosses)})\\s+$`, "iu") : null,
    nounForms: !locale.grammar?.linkMakesNoun ? new Set<string>() : new Set(locale.triggers.filter((t) => t.kind === "noun").flatMap((t) => t.forms).filter((f) => !/[\s*.]/.test(f)).map((f) => f.toLowerCase())),
    fronted: locale.grammar?.frontedOpeners?.length ? new RegExp(`^[\\s,]*(?:${formsSource(locale.grammar.frontedOpeners)})`, "iu") : null,
    follow: locale.cues.follow?.length ? compileKeyedMatcher([{ key: "follow", forms: locale.cues.follow }]) : null,
    homeMarkers: locale.homeMarkers ? compileKeyedMatcher(Object.entries(locale.homeMarkers).map(([key, forms]) => ({ key, forms }))) : null,
    besides: locale.cues.besides?.length
      ? new RegExp(`(?:^|[\\s,;:(])(?:${formsSource(locale.cues.besides)})\\s+${ARTICLES}$`, "iu")
      : null,
    medium: locale.cues.medium?.length ? new RegExp(`(?:${formsSource(locale.cues.medium)})\\s*$`, "iu") : null,
    source: locale.cues.source?.length ? new RegExp(`(?:^|[\\s(])(?:${formsSource(locale.cues.source)})(?:\\s+[\\p{L}\\p{N}'’.-]+){0,4}\\s*$`, "iu") : null,
    actorNounAfter: locale.actorNouns.length ? new RegExp(`^\\s+(?:${formsSource(locale.actorNouns)})(?![\\p{L}])`, "iu") : null,
    scopes: compileKeyedMatcher(locale.scopes.map((s, i) => ({ key: `${s.scope}#${i}`, forms: s.forms }))),
    bodies: compileKeyedMatcher(locale.bodies.map((b, i) => ({ key: String(i), forms: b.forms }))),
    audience: compileCues(locale.audienceNouns),
    places: buildPlaceMatcher(locale),
    targets: buildTargetFinder(locale),
    frames: compileFrames(locale),
    cueAfter: new RegExp(`^[\\s-]*(?:${cues})`, "iu"),
    cueBefore: new RegExp(`(?:${cues})\\s*$`, "iu"),
  };
  cache.set(locale.code, c);
  return c;
}

/** What splitting the locale's text into sentences needs (sentences.ts). */
function sentenceRules(locale: Locale): Pick<CompiledLocale, "abbreviationEnd" | "articleStart" | "ordinalPeriods"> {
  return {
    abbreviationEnd: abbreviationEnd(locale.grammar?.abbreviations),
    articleStart: articleStart(locale.grammar?.articles),
    ordinalPeriods: locale.grammar?.ordinalPeriods ?? true,
  };
}

/** "On Nov." + "29, the governor ...": a segment ending in an abbreviation (any case) continues. */
function abbreviationEnd(words: string[] | undefined): RegExp | null {
  if (!words?.length) return null;
  const alts = [...new Set(words)].map((w) => escapeRegExp(w.replace(/\.$/, "")));
  return new RegExp(`(?:^|[\\s(])(?:${alts.join("|")})\\.$`, "iu");
}

/** "El portavoz ...", "The ministry ...": the locale's articles, capitalised, opening a text. */
function articleStart(articles: string[] | undefined): RegExp | null {
  const words = (articles ?? []).filter((w) => /^\p{L}+$/u.test(w));
  if (!words.length) return null;
  return new RegExp(`^\\s*(?:${words.map((w) => escapeRegExp(w[0].toUpperCase() + w.slice(1))).join("|")})\\s`, "u");
}

/** The locale's one-word ban nouns ("ban", "Sperre", "blokkade") where a verb's object or a form's gap holds one. */
function banNouns(locale: Locale, grammar: CompiledGrammar): { banNounEnd: RegExp; banNounLead: RegExp; banNounIn: RegExp; liftedBanLead: RegExp; liftedBanModified: RegExp } {
  const nouns = formsSource(locale.triggers.filter((t) => t.kind === "noun").flatMap((t) => t.forms.filter((f) => !/\s|\.\.\./.test(f)))) || "(?!)";
  const banOnly = formsSource(locale.triggers.filter((t) => t.kind === "noun" && t.action === "ban").flatMap((t) => t.forms.filter((f) => !/\s|\.\.\./.test(f)))) || "(?!)";
  const det = locale.grammar?.determiners.filter((w) => !/['’]$/.test(w)).map(escapeRegExp).join("|");
  const links = (locale.frames?.nounLinks ?? []).map((w) => escapeRegExp(w).replace(/['’]$/, "['’]")).join("|");
  // "Nepal's ban", "the government's ban": an owner with the locale's possessive ending before the noun.
  const owner = locale.grammar?.possessive ? `(?:${grammar.articles}(?:\\p{L}[\\p{L}\\p{N}.-]*\\s+){0,2}\\p{L}[\\p{L}\\p{N}.-]*(?:${locale.grammar.possessive})\\s+)?` : "";
  // "the nationwide ban", "the two-year ban", "the 2017 ban": the locale's noun modifiers, a hyphenated length, a year.
  const mods = locale.grammar?.nounModifiers?.length ? locale.grammar.nounModifiers.map(escapeRegExp).join("|") + "|" : "";
  const modifiers = `(?:(?:${mods}[\\p{L}\\d]+[-‐]\\p{L}+|(?:19|20)\\d\\d)\\s+){0,2}`;
  return {
    // "la levée « avec effet immédiat » de la suspension", "die Aufhebung der Sperre": a lift's link, an aside, a ban noun.
    liftedBanLead: new RegExp(`^\\s*(?:[«"“„(][^»"”)]{0,40}[»"”)]\\s*)?${links ? `(?:(?:${links})(?:\\s+|(?<=['’])))?` : ""}${det ? `(?:(?:${det})\\s+)?` : ""}${owner}${grammar.articles}${modifiers}(?:${banOnly})(?![\\p{L}])`, "iu"),
    // "lifts booze and cigarette bans", "kippt weltweit einzigartiges Rauchverbot", "struck down a Trump-era ban": a few
    // lower-case words (or a name's era, "Trump-era"), then the ban noun.
    liftedBanModified: new RegExp(`^\\s*(?:(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*|\\p{Lu}[\\p{L}\\d]*-\\p{Ll}+)\\s+){1,4}(?:${banOnly})(?![\\p{L}])`, "u"),
    banNounEnd: new RegExp(`(?:^|[\\s'’])(?:${nouns})$`, "iu"),
    banNounLead: new RegExp(`^\\s*${det ? `(?:(?:${det})\\s+)?` : ""}${owner}${grammar.articles}${modifiers}(?:${nouns})(?![\\p{L}])`, "iu"),
    banNounIn: new RegExp(`(?:${nouns})(?![\\p{L}])`, "iu"),
  };
}

/** "gibt es ... nicht" -> a regexp read in the four words after a ban noun ("..." up to three words). */
function nounDenied(forms: string[] | undefined): RegExp | null {
  if (!forms?.length) return null;
  const one = (f: string) => f.split(" ... ").map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("(?:\\s+[\\p{L}-]+){0,3}?\\s+");
  // The noun's own object may stand between ("Een verbod op vuurwerk komt er niet"), no comma.
  return new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:${forms.map(one).join("|")})(?![\\p{L}])`, "iu");
}

/**
 * Where a place decides nothing: an origin or a destination by its case ending (tr "Ukrayna'dan"),
 * an origin after the words between a category and it ("grain from Ukraine"), what a measure is
 * aimed at ("sanctions against Russia").
 */
function placeCues(locale: Locale, articles: string): Pick<CompiledLocale, "notDecider" | "fromPlace" | "against" | "nationwide" | "speechAfter"> {
  const endings = locale.cues.notDeciderEndings ?? [];
  return {
    against: locale.cues.against?.length ? new RegExp(`(?:^|\\s)(?:${formsSource(locale.cues.against)})\\s+${articles}$`, "iu") : null,
    // Read on a place's words and what follows them: the ending may be inside the place's hit ("Ukrayna'dan") or after it.
    notDecider: endings.length ? new RegExp(`(?:${endings.map((e) => escapeRegExp(e).replace(/'/g, "['’]")).join("|")})(?![\\p{L}])`, "u") : null,
    fromPlace: locale.cues.fromPlace?.length ? new RegExp(`^\\s+(?:${formsSource(locale.cues.fromPlace)})\\s*$`, "iu") : null,
    speechAfter: locale.cues.speech?.length ? new RegExp(`^\\s+(?:${formsSource(locale.cues.speech)})(?![\\p{L}])`, "iu") : null,
    nationwide: locale.cues.nationwide?.length ? new RegExp(`(?<![\\p{L}])(?:${formsSource(locale.cues.nationwide)})(?![\\p{L}])`, "iu") : null,
  };
}

// The shape of a locale: everything particular to one language, as data.
// Patterns are word forms, matched case-insensitively on word boundaries; a trailing
// "*" matches any continuation ("verbied*" = verbied, verbiedt, verbieden). Spaces
// match any run of whitespace. Phrases may use "..." for up to four words in between.
import type { Action, Level, Scope } from "../types.js";
import type { Chrono } from "chrono-node";

export interface TriggerRule {
  id: string; // stable rule id, stored on every mention it produces
  action: Action;
  forms: string[];
  /** Whether the form alone suffices (a verb) or needs a target nearby (a noun: "ban", "verbod"). */
  kind: "verb" | "noun";
  /**
   * The forms report a ban's effect, not its decision ("went dark", "dejó de funcionar"): a date
   * read with them is the day it took effect, and the publication day dates no decision.
   */
  effect?: boolean;
  /**
   * The forms take no object: their subject is what is banned or restored ("X volta a
   * funcionar", "X vuelve a estar disponible"). Effect forms ("went dark") are read so too.
   */
  intransitive?: boolean;
  /**
   * The forms are everyday words too ("block the sunlight", "restored stability", "removal of
   * the vessel"): an object no list knows counts only as a name, never as a common noun phrase.
   */
  namesOnly?: boolean;
  /**
   * The forms hold their object inside their gap ("ordered Polymarket to stop", "ha ordenado a Worldcoin que
   * deje de"): the first name there, known or not, is the target; what follows them is the activity stopped.
   */
  objectInGap?: boolean;
  /**
   * The forms bind whom their gap names ("ha vietato a Replika di trattare i dati", "a interdit à Meta de"): a name
   * there, known or not, is the target; with none there ("ha vietato a tutti di usare i social") the form reads as
   * its plain verb, what follows it.
   */
  addresseeInGap?: boolean;
  /** The forms end only a ban: with no ban noun in their clause ("die alte Regelung abgeschafft") they lift nothing. */
  banNounOnly?: boolean;
  /** The forms order an activity stopped: with none after them or inside them past the name ("ordered BioLite to stop.") they ban nothing. */
  stopsActivity?: boolean;
  /**
   * The forms name whom they bind by a clitic pronoun ("lui a ordonné de cesser", "le ha vietato di",
   * "untersagte ihr"): the target is the name the sentence gave last before them, else the sentence before's.
   */
  cliticAddressee?: boolean;
  /**
   * The forms report a lift only as a participle or passive ("the ban was lifted", "access
   * restored"): in the active their object is what is raised ("lifted the cup", "lifts WSU to
   * 10-6"), so no object after them counts, only what the passive or the text before names.
   */
  passiveOnly?: boolean;
}

export interface CueSet {
  /** Before the trigger in its clause: the statement is negated ("won't", "niet"). */
  negation: string[];
  /** Before the trigger in its clause: a condition, not a fact ("if", "als", "si"). */
  hypothetical: string[];
  /** In the clause: planned, expected, demanded, a bill ("plans to", "wil", "envisage"). */
  proposal: string[];
  /** In the clause: a background, earlier decision ("already", "previously", "al"). */
  background: string[];
  /**
   * Negation after a finite verb trigger, in its clause ("Die Schweiz verbietet Huawei nicht"):
   * languages whose negation follows the verb. `negationAfterExcept` lists what only looks like
   * one ("nicht nur": not only).
   */
  negationAfter?: string[];
  negationAfterExcept?: string[];
  /**
   * Right after a ban noun, words saying there is none ("Ein Böllerverbot gibt es nicht", "Een
   * verbod komt er niet"): the noun names what is denied. "..." stands for up to three words.
   */
  nounDenied?: string[];
  /**
   * Negation cues that negate only what follows them closely ("without banning", "sans interdire", "zonder TikTok te
   * verbieden"): further on, before a trigger no infinitive marker opens, they say how ("zonder opgaaf van reden
   * geblokkeerd", "blocked X without warning"), not that nothing was done.
   */
  without?: string[];
  /** What holds a negation cue but negates a comparison, not the ban ("not the first country to ban"). */
  negationExcept?: string[];
  /**
   * Background cues only before the trigger ("after banning X last year, ..."): after it they
   * open a time clause of today's decision ("blocked X after the election").
   */
  backgroundBefore?: string[];
  /**
   * Saying the story has precedents ("it is not the first time", "não é a primeira vez"): the
   * rest of the paragraph, that sentence too, tells earlier decisions, as background.
   */
  precedent?: string[];
  /**
   * A definite rule noun opening a sentence ("The law, which takes effect in 2027, also prohibits X",
   * "Das Gesetz verbietet auch"): it refers to the decision a sentence just before placed (one
   * sentence may stand between), whose jurisdiction, background and date (when the sentence gives
   * none) it keeps.
   */
  ruleAnaphors?: string[];
  /**
   * A sentence that names more targets of the decision the sentence before reported, with no ban
   * word of its own: "The measure also affects Hytera and Dahua", "La medida también alcanza a X",
   * "Betroffen sind auch X", "X are also covered". `subjects` (with `ruleAnaphors`) + `verbs` open
   * the sentence, or one of `openers` does, and the targets follow; or `after` ends the sentence and
   * the targets come before it. Each target gets the earlier decision's actor, action and dates.
   */
  extension?: { subjects: string[]; verbs: string[]; openers?: string[]; after?: string[] };
  /**
   * What a lift verb may revoke, quash or overturn that is no ban, owned by the name before it ("revoked
   * Simpson's bail", "quashed Smith's conviction"): the name is no lifted target.
   */
  personalMatters?: string[];
  /**
   * An order's verb and its complementizer ("ordered that", "beordrade att", "ordenó que"): a modal after it
   * ("should be removed", "skulle tas bort") is what the order imposes, no plan.
   */
  orderedThat?: string[];
  /**
   * Places or bodies in the plural, as a subject before the trigger where no place is named
   * ("several other countries have banned", "dozens of cities", "d'autres pays"): deciders the
   * model cannot name, never the article's own jurisdiction. Plain plurals where the plural is
   * plain; with a quantifier where singular and plural look alike ("plusieurs pays", "molte città").
   */
  pluralDeciders?: string[];
  /**
   * Nouns of bills ("bill", "projeto de lei", "Gesetzentwurf"): a ban in their clause after them
   * ("a bill that would ban", "os projetos de lei que previam a proibição") is proposed, however
   * far the noun stands; one a signing verb enacts ("signed a bill banning") is not.
   */
  bills?: string[];
  /**
   * A denial governing the clause after it ("denied a report that it was preparing to block",
   * "ha smentito che ... bloccherà"): a verb trigger after it in its clause is denied, however far the
   * denial stands. Only verbs: "denied that the ban was political" denies a motive, not the ban.
   */
  denials?: string[];
  /** Verbs that make a bill law right before it ("signed", "promulgou"). */
  billEnacted?: string[];
  /** Saying after it that a bill failed ("was defeated", "foi chumbado"): the ban it would have made is none. */
  billRejected?: string[];
  /** Nouns naming a ban or a rule: after a ban verb ("blocked the ban/order") they make it a lift. */
  liftObjects: string[];
  /** Words that end a clause inside a sentence ("but", "maar"). */
  clauseBreaks: string[];
  /** Prepositions before a place that make it the decider or the ban's territory ("in", "by", "door"). */
  locatives?: string[];
  /**
   * Case endings right after a place name that make it an origin or a destination, never the
   * decider: tr "Ukrayna'dan" (from Ukraine), "İsrail'e" (to Israel).
   */
  notDeciderEndings?: string[];
  /**
   * Words between a category and a country that make the country where the banned thing comes
   * from: "grain from Ukraine", "zboża z Ukrainy", "carne bovina do Brasil" are Ukrainian grain and
   * Brazilian beef, as the demonym would say.
   */
  fromPlace?: string[];
  /**
   * Words saying a decision applies to the whole country ("nationwide", "en todo el país", "bundesweit"): a
   * region's court or judge ordering so decides for its country.
   */
  nationwide?: string[];
  /**
   * Openings of a sentence that attributes the decision just reported, " … " for the words between up to the
   * verb that closes the clause ("Dat heeft … beslist", "Das hat … beschlossen", "Así lo anunció"): its place and
   * date complete that decision.
   */
  attribution?: string[];
  /** Verbs of saying: a name right before one is a speaker ("Access Now said the block ..."), not what a trigger takes from its sentence. */
  speech?: string[];
  /**
   * Prepositions before a place that make it what a measure is aimed at, never who takes it nor
   * the article's place: "sanctions against Russia", "olie-embargo tegen Rusland".
   */
  against?: string[];
  /**
   * Cues that an earlier decision by the places listed right after them was the model
   * ("follows similar moves by", "volgt", "à l'instar de"): each listed place gets a
   * background ban of the same target.
   */
  follow?: string[];
  /**
   * "France banned it in 2010, followed by Belgium in 2011": after a dated ban, a place after
   * these words (and its date, if any) took the same decision later (steps/gapping.ts).
   */
  followedBy?: string[];
  /**
   * "In addition to TikTok, ... banned AliExpress": a target right after these words was
   * banned before; it is a background ban, not one more object of the sentence's trigger.
   */
  besides?: string[];
  /**
   * Right before a name: where something was said, not what is banned ("said on Twitter",
   * "afirmó en Twitter"). The name is no target there.
   */
  medium?: string[];
  /**
   * Opening who reports or monitors ("según NetBlocks", "according to the group VE sin Filtro"):
   * a name up to four words after one, in its clause, is a source, not what is banned.
   */
  source?: string[];
  /**
   * The reason of a decision ("to protect", "por supuestamente engañar a"): a minors phrase
   * right after one says why ("to protect young people"), not whom the ban concerns.
   */
  motive?: string[];
  /**
   * Words that make a decision today's: an additive beside them ("nun auch", "now also",
   * "désormais aussi") adds a newcomer to the story, not an earlier decision.
   */
  now?: string[];
}

export interface ScopePhrase {
  scope: Scope;
  forms: string[];
  /** Says the scope only when no other phrase of the sentence does (the staff concerned, not their devices). */
  weak?: boolean;
}

/** A deciding body named by a common noun: "the government", "de regering". */
export interface BodyWord {
  forms: string[];
  name: string; // English name for actor.name
  level?: Level; // overrides the level implied by the jurisdiction ("regional", "local")
}

export interface DateWords {
  /** Cue forms before a date that make it a deadline / effective date / expiry. */
  deadline: string[];
  effective: string[];
  expires: string[];
  /** Phrases meaning "takes effect right away": effective = announced. */
  immediate: string[];
  /** Phrases meaning a period rather than a day ("end of February"): keep month precision. */
  monthOnly: string[];
  /** Words between a period phrase and its month: "end of February", "fin de février". */
  periodLinks?: string[];
  /** Words that put a clause in the future: a bare weekday then resolves forward. */
  future: string[];
  /** Words that make a date look forward only right before it: "from Monday", "ab Montag" (not "banned from devices Monday"). */
  futureBefore?: string[];
  /**
   * Words right before or right after a month or day named without its year that put it at its
   * next coming: "next March", "en mars prochain", "في مارس المقبل". In a December story that
   * March is next year's.
   */
  nextOccurrence?: { before?: string[]; after?: string[] };
  /** Words right after a month or day without its year that name the year next to publication's: "July next year", "juillet de l'année dernière". */
  yearAfter?: { next: string[]; last: string[] };
  /** Phrases in a date's clause that make it the day a ban takes effect: "takes effect", "in Kraft", "entre en vigueur". */
  inForce?: string[];
  /**
   * Participles right before a date (at most two words between) that date the imposing of an
   * earlier ban: "the ban imposed in April 2017", "l'interdiction instaurée en 2017". A lift's
   * trigger never takes such a date: it is the ban's, not the lift's.
   */
  imposedBefore?: string[];
  /** Words in a weekday expression that keep it in the past ("last Friday", "vorige week"). */
  past?: string[];
  /**
   * Relative days, months and years: phrase -> [unit, offset from publication]
   * ("gisteren" -> ["day", -1], "el mes pasado" -> ["month", -1]). A day needs the
   * publication day, a month the publication month; otherwise the phrase stays unresolved.
   */
  relative?: Record<string, ["day" | "month" | "year", number]>;
  /**
   * Words right before a bare year that make it a date ("in 2022", "seit 2017", "entre 2017 y
   * 2020"): chrono reads no bare year. Without a link a four-digit number may be a count.
   */
  yearLinks?: string[];
  /**
   * Month names January..December (several forms joined by "|"), where chrono reads no month
   * and year without a day ("en mars 2022", "im März 2022", "em março de 2022").
   */
  months?: string[];
  /** A word between a month and its year ("março de 2022"). */
  monthYearLink?: string;
  /** Weekday names Monday..Sunday, for compounds like "donderdagochtend"; an entry may add a day's inflected forms after "|" ("sobota|sobotę"). */
  weekdays: string[];
  /** Parts of day that glue onto weekdays: "ochtend", "morgen", "soir". */
  dayParts: string[];
  /** Duration units: word form -> ISO 8601 unit. */
  durationUnits: Record<string, "Y" | "M" | "W" | "D" | "H">;
  /**
   * Words that make a number of units a distance in time, not a length: after it ("two days after",
   * "three weeks later", "deux jours plus tard") or before it ("il y a deux jours", "vor zwei Jahren").
   */
  offsets?: { after?: string[]; before?: string[] };
  /** Number words: "six" -> 6. */
  numbers: Record<string, number>;
}

/** Function words the engine needs to read lists and clauses, in this language. */
export interface Grammar {
  /**
   * Nouns after a place that make it a qualifier of other countries ("the first EU country to
   * ban", "EU member states"): the place decides nothing there.
   */
  memberNouns?: string[];
  /** The same before a place, in languages that put it after the noun ("le premier pays de l'UE"). */
  memberOf?: string[];
  /**
   * Verbs that enact a ban right before "the ban" ("passed the ban", "a adopté l'interdiction"):
   * the noun refers back to the ban the text named, as "this ban" does.
   */
  enactVerbs?: string[];
  /**
   * Words opening a question that takes its content as given ("why", "when", "pourquoi"): any
   * other question ("Should TikTok be banned?", "Faut-il interdire TikTok ?") asks whether,
   * and reports no decision. Without them, questions read as statements.
   */
  questionWords?: string[];
  /** Titles before a person's name ("Mr", "Frau", "Mme"): a person is banned from things, no thing banned. */
  honorifics?: string[];
  /** Prepositions of place ("in", "en", "em"): a country after one is where, never the first word of a name. */
  locatives?: string[];
  /** The possessive ending of a name, as a regexp source ("['’]s" for "Germany's", "Worldcoin's"). */
  possessive?: string;
  /**
   * Words opening a fronted constituent of a verb-second language ("Nach Frankreich ...", "Ab sofort
   * ...", "Vanaf maandag ..."): the subject then follows the finite verb, so a place right after a
   * verb trigger decides ("Nach Frankreich untersagt nun auch die Niederlande ...").
   */
  frontedOpeners?: string[];
  /** A verb-first language (Arabic: verb, subject, object): a place right after a verb trigger is its subject ("حظرتها المملكة العربية السعودية"). */
  verbFirst?: boolean;
  /**
   * A form both verb and noun trigger, followed by a noun's link, is the noun: English drops the
   * article in headlines ("Pakistan extends ban on X") and its verb never takes "on". Not Dutch,
   * whose participle "verboden op" is the plural noun's form too.
   */
  linkMakesNoun?: boolean;
  /**
   * Words opening a gloss between commas after a category: another name for it, not one more
   * item ("disposable e-cigarettes, or vapes, and ..."; en "or").
   */
  glosses?: string[];
  /**
   * A preposition's forms fused with the article ("di" -> "del", "dei", "dell'"; "de" -> "do",
   * "das"): a frame's link written with the plain preposition matches them too.
   */
  contractions?: Record<string, string[]>;
  /**
   * Words written with a period that does not end the sentence ("Nov.", "Mr.", "bzw."):
   * the sentence segmenter of Node's ICU applies no such list. Single capital initials
   * ("John F. Kennedy", "M. Macron") need no entry.
   */
  abbreviations?: string[];
  /** Words joining the places of a list: "and", "en", "et". */
  conjunctions: string[];
  /** Demonstratives before a ban noun that point back at the story's decision: "this ban", "cette interdiction". */
  demonstratives?: string[];
  /**
   * Singular definite articles, alone or fused with a preposition ("le", "du", "del", "della"):
   * "l'utilisation du réseau social chinois" after TikTok is TikTok again, not social media.
   */
  singularArticles?: string[];
  /**
   * Words before a ban noun that name a ban of the same kind as the one just told ("such a ban",
   * "ein solches Verbot", "zo'n verbod"): the noun takes the targets the text named before, but
   * need not be the story's own decision (another place may have taken it).
   */
  suchWords?: string[];
  /** The same after the noun, where adjectives follow it: "proibições semelhantes", "interdictions similaires". */
  suchAfter?: string[];
  /**
   * Words for "with" between two categories: the second names what the first has, no target of its own
   * ("Laubsaugern mit Verbrennungsmotor", "cars with combustion engines").
   */
  comitatives?: string[];
  /** Prepositions and indefinite articles: they end the words a demonym may describe ("Chinese company in ..."). */
  prepositions?: string[];
  /** Prepositions repeated after a conjunction in a list: "et à", "e ai". */
  listPrepositions?: string[];
  /** Articles that may stand before a place name: "the", "de", "l'". */
  articles: string[];
  /** Determiners that make a following trigger form a noun: "the ban", "un divieto". */
  determiners: string[];
  /**
   * Determiners that are also relative words ("that"): after a noun and before a verb form with no noun's link
   * after it, one opens a relative clause whose verb the form is ("a law that bars children from X"), not a noun
   * phrase ("that ban on X"). Only where the language's articles are no relative words too.
   */
  relativeDeterminers?: string[];
  /**
   * Trigger forms a verb shares with its noun that are the noun after a word unless that word makes
   * them a verb (`verbMarkedEnd`, a regexp source ending a text): "Foreign buyer ban passes into law",
   * "the TikTok ban took effect", but "lawmakers ban", "voted to ban", "will ban", "also ban" (English).
   */
  nounAfterWord?: string[];
  verbMarkedEnd?: string;
  /**
   * Adjectives that may stand between a determiner and a ban noun ("a temporary ban", "a
   * nationwide block of X"); a number compound ("a 10-day block") needs no entry.
   */
  nounModifiers?: string[];
  /** Words opening a clause that is the object of a plan: "that", "dass", "que". */
  complementizers: string[];
  /** Infinitive markers ending right before a trigger: "to", "te", "zu". */
  /**
   * Whether a day number with a period is an ordinal that goes on ("bis 15. März", the default); false where
   * such a number ends its sentence ("riguarda gli under 16. L'esame ...").
   */
  ordinalPeriods?: boolean;
  infinitiveMarkers?: string[];
  /** Additive words that alone do not make a statement background: "also", "ook". */
  additive: string[];
  /** Plural app nouns that refer back to a banned set: "apps", "applications". */
  referenceNouns: string[];
  /** Collective actor nouns after a demonym that do not break a list: "the US and Canadian authorities". */
  collectiveActors: string[];
}

/** How the language frames what is banned, for targets no list knows (src/extract/frames.ts). */
export interface TargetFrames {
  /** Prepositions linking a ban noun to its object: "ban on X", "verbod op X", "interdiction de X". */
  nounLinks: string[];
  /** Activity nouns whose complement is the target: "the sale of", "imports of", "l'importation de". */
  transparent: string[];
  /**
   * Words naming exports before the thing exported, as forms ("export*"): "exports of wheat", "l'exportation
   * de blé", "Exportverbot für Weizen" ban "wheat exports", not wheat, which stays legal at home; an import
   * ban keeps the thing out, so it bans the thing (src/extract/trade.ts).
   */
  exportWords?: string[];
  /** The same after the thing, where modifiers precede their noun: "wheat exports", "a rice export ban". */
  exportWordsAfter?: string[];
  /** Auxiliaries of the passive right before a participle trigger: "was", "has been". */
  passiveAux: string[];
  /** Quantifiers skipped before an object: "all", "some". */
  quantifiers: string[];
  /** Words ending an object phrase besides prepositions and conjunctions: relative words, adverbs. */
  stops: string[];
  /** Pronouns: no target ("it", "them"). */
  pronouns: string[];
  /**
   * Subject pronouns that follow a fronted verb in a verb-second language, before the object's
   * determiner: "Im Februar verbot sie die Puppe X" (the object is "die Puppe X", not "sie").
   * Third person only: "haben wir das Laden der Inhalte blockiert" is a site's own notice.
   */
  invertedSubjects?: string[];
  /** Adverbs (and adverbial phrases) that may stand between a verb and its object: "ha prohibido temporalmente las barbacoas". */
  objectAdverbs?: string[];
  /** Prepositions of a length that may stand between a verb and its object ("prohíbe durante 180 días la minería"). */
  durationLinks?: string[];
  /** Words that, right after a list's conjunction, open the class of the items before it, not another item ("drones and other remote-controlled objects"). */
  classAfter?: string[];
  /** A regexp source read right after a passive trigger: its subject is who is barred, not what ("barred from using"). */
  /**
   * After a verb trigger and its audience ("banned children under 16"), the link to what
   * they are banned from, as a regexp source ("\\s+from\\s+"): the object follows it.
   */
  audienceLink?: string;
  audienceComplement?: string;
  /** Lowercase words inside a name between capitalised ones: "Rise of Kingdoms", "VPN for TikTok". */
  nameConnectors?: string[];
  /** Words opening a list of examples after a ban: "118 apps, including PUBG Mobile, Baidu and Youku". */
  including?: string[];
  /**
   * Relative words: examples listed after one belong to the relative clause, not to the ban's
   * object ("una medida que ya habían adoptado provincias como Buenos Aires").
   */
  relatives?: string[];
  /**
   * Words opening a relative clause that are also articles (de "die", nl "die"), read as relatives only where a
   * clause set off by commas stands right before a verb ("Werbung für X, die sich an Kinder richtet, verboten werden").
   */
  relativeOpeners?: string[];
  /** Objects stand before the verb in its clause ("weil Mentholzigaretten ab Mai verboten sind", "Mentholsigaretten verboden"). */
  objectsBeforeVerb?: boolean;
  /**
   * Finite auxiliaries and modals of a language whose participle or infinitive closes the
   * clause ("hat", "heeft", "will"): between the last of them and the trigger stands the
   * object ("hat das Magazin Compact verboten", "heeft X laten blokkeren").
   */
  finiteAux?: string[];
  /** Every noun is capitalised (German): a name needs quotes, a cue, inner capitals or digits. */
  capitalisedNouns?: boolean;
  /** An unknown common noun phrase may name a category (English, the language categories are named in). */
  commonNounTargets?: boolean;
  /**
   * Words that count the things a phrase names ("four chemicals", "dozens of apps"): a counted
   * set whose members the text names elsewhere, no target of its own (a number counts too).
   */
  countingWords?: string[];
  /**
   * How a trigger form that is a passive participle ends (a regexp source): a headline's reduced
   * passive ("Glue traps banned in England") names its target in the words before it.
   */
  participleEnd?: string;
  /**
   * A hook where a word list is not enough: the noun phrase a run of words opens with, or null
   * when it is none ("raise financial penalties", "law passed" -> "law"). English asks compromise.
   */
  nounPhrase?: (words: string) => string | null;
  /**
   * A hook: whether the words after a list's conjunction open a verb phrase, coordinated with
   * the trigger, not one more object ("ban disposable vapes and raise penalties").
   */
  opensVerbPhrase?: (words: string) => boolean;
  /** Words linking a noun to its complement ("of", "de", "van"): a category after one modifies the noun before it. */
  genitives?: string[];
  /**
   * Nouns of products a vendor makes ("equipment", "cameras", "drones"): after a name they
   * describe it ("Hikvision surveillance cameras" bans Hikvision), and a phrase ending in one
   * yields to the vendor its link names ("new equipment made by Hytera").
   */
  productNouns?: string[];
  /** Links from a product to its vendor: "made by", "from". */
  madeBy?: string[];
  /**
   * A noun right before a ban noun names its object ("the Quorvo ban", "Quorvo ban hits users";
   * English compounds): with this hook, whether a capitalised word is a common word of the
   * dictionary ("Lawmakers ban TikTok" opens with a subject, not a name).
   */
  commonWord?: (word: string) => boolean;
}

export interface Locale {
  code: string; // ISO 639-1
  /** ISO 639-3 code franc returns for this language. */
  franc: string;
  chrono: Chrono | null;
  /** The country an article in this language is about when it names none (a prior, used last). */
  home?: string;
  /**
   * Words only one country's variety of the language uses, or its own institutions and agencies
   * ("telemóveis", "Lusa" for Portugal; "celulares", "Anvisa" for Brazil): whose an article is
   * when it names no place, before the home prior. Case-sensitive when capitalised.
   */
  homeMarkers?: Record<string, string[]>;
  triggers: TriggerRule[];
  cues: CueSet;
  scopes: ScopePhrase[];
  bodies: BodyWord[];
  /** Adjectives and demonyms of countries: "Belgian" -> "BE". Country names come from the gazetteer. */
  demonyms: Record<string, string[]>;
  /** Endings the language puts on a country name in the genitive ("Brasiliens", "Deutschlands"): "s" in German. */
  placeInflections?: string[];
  /** Extra place names: "the U.S." -> "US", "Washington" -> "US". */
  placeAliases: Record<string, string[]>;
  /** Nouns after a demonym that make it an actor ("Belgian government"), not a description ("Chinese app"). */
  actorNouns: string[];
  /** Words before a capitalised name that make it a target: "the app", "de app". */
  targetCues: string[];
  /**
   * Heads of compound nouns that cue a name as the last part of a longer word, in languages
   * that write compounds as one word: "Messengerdienst Zangi", "Neonazi-Gruppe Hammerskins",
   * "berichtendienst Zangi". Lower case; matched at the end of a word.
   */
  targetCueHeads?: string[];
  /** Case endings a name takes in this language ("Instagrama", "Facebooka"): known targets match with them. */
  targetInflections?: string[];
  /** Frames of open-world targets; a locale without them finds only names the lists know. */
  frames?: TargetFrames;
  /** Head nouns of audiences: "employees", "ambtenaren". */
  audienceNouns: string[];
  /**
   * Categories of banned things: canonical English name (src/gazetteer/categories.ts) ->
   * this language's forms ("wegwerpvapes", "*zigaretten"). A leading "*" matches the end
   * of a compound word. Found by src/extract/categories.ts.
   */
  categories?: Record<string, string[]>;
  /**
   * Case endings a category form takes in running text, as [ending, added]: German dative
   * plurals add "n" to a plural in -e, -el, -er ("von Nazi-Symbolen", "mit Laubbläsern").
   */
  categoryEndings?: [string, string][];
  /**
   * Endings an adjective takes before a category's noun, where adjectives decline: a form's
   * lowercase words with one of them stand with each of the others too ("soziale Medien" ->
   * "sozialer Medien", "sozialen Medien"; German writes only nouns capitalised).
   */
  categoryAdjectiveEndings?: string[];
  /** Function words; a locale without them reads lists by punctuation only. */
  grammar?: Grammar;
  dates: DateWords;
}

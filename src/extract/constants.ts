// The engine's thresholds in one place (trafilatura's settings file is the model): each
// is a distance or a count the rules read, with the reason it has the value it has.
// Word counts are segmenter words (Intl.Segmenter), so they mean the same in every script.

/** How far after a ban verb its object may name a ban or rule, making the verb a lift ("blocked the Commerce Department's order"). */
export const LIFT_OBJECT_WORDS = 6;
/** How many words may stand between a lifted order and its owner's place ("la orden del presidente de Estados Unidos"). */
export const LIFT_OWNER_GAP_WORDS = 5;
/** How many words before a trigger a background cue may stand: "had already banned" is close; a long sentence's other clause is not. */
export const BACKGROUND_BEFORE_WORDS = 8;
/** How many words after a trigger a background cue may stand ("banned last year"). */
export const BACKGROUND_AFTER_WORDS = 3;
/** How many words before a trigger its negation, plan or reference noun may stand ("won't face", "plans to"). */
export const CUE_NEAR_WORDS = 6;
/** How many words before a complementizer the verb or noun governing it may stand ("reclamó este lunes al Ministerio de Sanidad que"). */
export const GOVERNOR_WORDS = 10;
/** Words after a verb trigger (its object and the negation), up to the next comma, where a language that negates after the verb ("verbietet Huawei nicht") negates it; further on it negates something else ("blokkeert X wegens het niet verwijderen"). */
export const NEGATION_AFTER_WORDS = 3;
/** Characters read on each side of a verb form to tell a list item ("restaurants, bars and taverns"). */
export const LIST_CONTEXT_CHARS = 20;
/** Words at most between a trigger and an "including" cue that lists its objects' names ("banned 118 apps, including PUBG Mobile"). */
export const INCLUDING_GAP_WORDS = 10;
/** How many words may stand between a ban noun and its target ("ban on TikTok", "verbod op de app TikTok" is too far: the app is the cue). */
export const NOUN_TARGET_GAP_WORDS = 2;
/** How many words may stand between a passive trigger and its place ("banned on the phones of ministers in the US"). */
export const PASSIVE_PLACE_GAP_WORDS = 9;
/** Words between a clause's subject and its verb ("Spain now bans"): a place that close to a trigger is its subject. */
export const SUBJECT_VERB_WORDS = 2;
/** Words between a verb-second trigger and its inverted subject ("untersagt nun auch die Niederlande"). */
export const INVERTED_SUBJECT_GAP_WORDS = 3;
/** How many characters before a place a locative preposition may end ("officials in the US"). */
export const LOCATIVE_CHARS = 14;
/** Characters before a place where "against" and its article stand ("contre la Russie"). */
export const AGAINST_CHARS = 16;
/** How many characters before a target a "besides" phrase may end ("In addition to TikTok"). */
export const BESIDES_CHARS = 40;
/** How many characters after a follow cue the first listed place may stand. */
export const FOLLOW_CHARS = 60;
/** How many sentences back "it", "these apps" may refer to the targets the text listed. */
export const PREVIOUS_TARGET_SENTENCES = 3;
/** How often a place must be named in the body to count as the article's own. */
/**
 * Mentions read per article at most. A news article reports a handful of decisions in tens of
 * sentences; a page with thousands of ban sentences is a list or an attack, and reading all of
 * it would make one input cost minutes. The first mentions are kept, in reading order.
 */
export const MAX_MENTIONS_PER_ARTICLE = 1000;
export const MIN_PLACE_MENTIONS = 2;
/** How far after a category an actor noun is looked for ("gambling regulator"). */
export const ACTOR_NOUN_CHARS = 40;
/** How far before a name a medium cue stands ("in a statement on Twitter"). */
export const MEDIUM_CHARS = 30;
/** How far before a name a source cue may stand ("según confirmó la organización VE"). */
export const SOURCE_CHARS = 80;
/** Words before a minors phrase where a motive cue makes it the reason ("to protect young people"). */
export const MOTIVE_BEFORE_WORDS = 5;
/** How close a renamed target's new and old names stand when an article says it ("X, formerly Twitter"). */
export const RENAME_NEAR_CHARS = 40;
/** A first paragraph shorter than this is a teaser: the lead takes the next one too. */
export const TEASER_CHARS = 120;
// The merge's weights live in src/events/constants.ts.
/** Words a verb trigger's first listed category may stand after ("bans single use cotton buds, ..."). */
export const LIST_LEAD_WORDS = 2;

/** A bare year this close to a sentence's start opens it ("In 2022, Russia blocked ..."): a comma after it keeps it with the verb. */
export const BARE_YEAR_OPENING_CHARS = 25;

/**
 * A trigger whose own date ends this many days before the publication reports an earlier
 * decision (background): news reports a decision within days; a month-precise date of the
 * previous month is still today's story, one of two months before is not.
 */
export const EARLIER_DECISION_DAYS = 45;

/** A date before a trigger counts this many times its distance when two triggers compete for it (a date adjunct follows its verb). */
export const BEFORE_TRIGGER_DATE_WEIGHT = 1;
/** How many days before the publication a lead's date may lie to date the main decision ("on Tuesday", "ieri"). */
export const LEAD_DATE_DAYS = 7;

/** How many words may stand between a city and the trigger it decides as subject: "Barcelona city council has banned". */
export const CITY_SUBJECT_GAP_WORDS = 4;
/** Words between a capital and the local body it names ("mairie de Paris": one). */
export const CAPITAL_BODY_GAP_WORDS = 1;
/**
 * Words at most between a trigger and a category of its clause in a language without frames
 * (its object cannot be told): further off, a category is more often a reason or a setting.
 * Chosen on the read written sets (4 lost a found target, 6 none, 8 and more kept more noise).
 */
export const UNFRAMED_CATEGORY_GAP_WORDS = 6;
/** Words at most between two items of a list ("zbóż, mąki, mięsa drobiowego, jaj i miodu"). */
export const LIST_ITEM_GAP_WORDS = 2;
/** Words before an infinitive's marker where a plan noun or verb governs the verb after it ("had no plans to ban"): no coordination break there. */
export const PLAN_MARKER_WORDS = 3;
/** Words at most between a denial's complementizer and a ban noun that is the denied clause's subject ("denied that the ban was"), denied nothing. */
export const DENIED_SUBJECT_WORDS = 1;
/** Words at most between "without" and the trigger it negates ("without a ban", "sans l'interdire"); further on it says how. */
export const WITHOUT_GAP_WORDS = 2;

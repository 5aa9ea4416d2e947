// Sentences of an article with offsets into its text. Intl.Segmenter knows sentence
// ends in every language; a paragraph break always ends a sentence.
import type { Paragraph } from "../types.js";

export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang === "und" ? "en" : lang, { granularity: "sentence" })));
  return s;
}

/** A segment ending in a day number with a period ("bis 15.") continues: German ordinal dates. */
const ORDINAL_END = /(?:^|\s)\d{1,2}\.$/;
/** A segment ending in a capital initial ("John F.", "M.") continues: a name goes on. */
const INITIAL_END = /(?:^|\s)\p{Lu}\.$/u;
/** A word in lower case before the initial: "la red social X." names no person ("John F."). */
const LOWER_BEFORE_INITIAL = /\p{Ll}[\p{L}'’-]*\s+\p{Lu}\.$/u;
/** A segment ending in a number sign ("Red Dye No.", "Nr.") continues: its number follows. Capitalised only: "said no." ends. */
const NUMBER_SIGN_END = /(?:^|\s)(?:No|Nos|Nr|Nº)\.$/u;

/**
 * A period glued to the next sentence ("el próximo lunes.Precisamente", as text exports
 * join paragraphs): two lowercase letters, a period or closing mark, an uppercase letter
 * and a lowercase one. "EE.UU.", "U.S." and "3.5" stay whole.
 */
const GLUED = /\p{Ll}\p{Ll}[.!?]["»”’)]?(?=\p{Lu}\p{Ll})/gu;
/** Cheap pre-check: a sentence mark directly followed by a letter. */
const GLUED_HINT = /[.!?]["»”’)]?[^\s\d.!?"»”’)]/;

function* segments(lang: string, text: string): Generator<{ index: number; segment: string }> {
  for (const seg of segmenter(lang).segment(text)) {
    const t = seg.segment.trimEnd();
    if (!GLUED_HINT.test(t.slice(0, -1))) {
      yield seg;
      continue;
    }
    let from = 0;
    GLUED.lastIndex = 0;
    for (const m of seg.segment.matchAll(GLUED)) {
      const cut = m.index! + m[0].length;
      yield { index: seg.index + from, segment: seg.segment.slice(from, cut) };
      from = cut;
    }
    yield { index: seg.index + from, segment: seg.segment.slice(from) };
  }
}

/**
 * The article's sentences. `abbreviationEnd` (the locale's abbreviations, compiled) keeps
 * "On Nov. 29, ..." whole where the segmenter would cut after "Nov.".
 */
export function splitSentences(paragraphs: Paragraph[], lang: string, abbreviationEnd: RegExp | null = null, articleStart: RegExp | null = null,
  ordinalPeriods = true): Sentence[] {
  // "en la red social X. El portavoz ...": a lone capital after a lowercase word, before a capitalised article, ends its sentence.
  const initial = (t: string, next: string) => INITIAL_END.test(t) && !(articleStart?.test(next) && LOWER_BEFORE_INITIAL.test(t));
  const continues = (t: string, next: string) => (ordinalPeriods && ORDINAL_END.test(t)) || initial(t, next) || NUMBER_SIGN_END.test(t) || (abbreviationEnd?.test(t) ?? false);
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let carry: { index: number; text: string } | null = null;
    const push = (index: number, raw: string) => {
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!text) return;
      const start = p.start + index + lead;
      out.push({ text, start, end: start + text.length, paragraph: pi });
    };
    const segs = [...segments(lang, p.text)];
    for (let si = 0; si < segs.length; si++) {
      const seg = segs[si];
      const cur: { index: number; text: string } = carry ? { index: carry.index, text: carry.text + seg.segment } : { index: seg.index, text: seg.segment };
      if (continues(cur.text.trimEnd(), segs[si + 1]?.segment ?? "")) {
        carry = cur;
        continue;
      }
      carry = null;
      push(cur.index, cur.text);
    }
    if (carry) push(carry.index, carry.text);
  });
  return out;
}

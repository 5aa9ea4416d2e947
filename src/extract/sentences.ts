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

export function splitSentences(paragraphs: Paragraph[], lang: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const seg of segmenter(lang).segment(p.text)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!text) continue;
      const start = p.start + seg.index + lead;
      out.push({ text, start, end: start + text.length, paragraph: pi });
    }
  });
  return out;
}

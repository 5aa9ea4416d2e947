// Words as a reader counts them, in any script. Text in scripts written without spaces
// (Chinese, Japanese, Thai, Lao, Khmer, Burmese) is cut into words by Intl.Segmenter (ICU's
// dictionaries), so that such pages score like any other; everything else counts its
// space-separated words, which is what the segmenter gives there too, at a fraction of the cost.

/** Scripts written without spaces between words. */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

function spacedWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12;
    if (space) inWord = false;
    else if (!inWord) { n++; inWord = true; }
  }
  return n;
}

export function countWords(s: string): number {
  if (!NO_SPACE_SCRIPT.test(s)) return spacedWords(s);
  let n = 0;
  for (const seg of segmenter.segment(s)) if (seg.isWordLike) n++;
  return n;
}

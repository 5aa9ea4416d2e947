import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PhraseTrie, findInTries, wordChars } from "../../src/extract/phrase-trie.js";

describe("phrase trie", () => {
  const t = new PhraseTrie<string>();
  t.add("US", "US", true);
  t.add("United States", "US", false);
  t.add("EU", "EU", true);
  t.add("EU institutions", "EU-inst", false);
  t.add("Belgium's", "BE-poss", false);
  t.add("Rijks*", "NL", true);
  t.add("U.S.", "US", true);
  const find = (s: string) => t.find(s).map((h) => `${h.text}=${h.value}@${h.start}`);

  it("matches whole words only, the longest phrase first", () => {
    expect(find("the EU institutions and the EU")).toEqual(["EU institutions=EU-inst@4", "EU=EU@28"]);
    expect(find("EUROPE and EUs")).toEqual([]);
  });
  it("keeps case where the form asks for it", () => {
    expect(find("let us go to the US")).toEqual(["US=US@17"]);
    expect(find("the united  states\nand U.S. forces")).toEqual(["united  states=US@4", "U.S.=US@23"]);
  });
  it("treats typographic apostrophes as plain ones and expands prefixes to the end of the word", () => {
    expect(find("Belgium’s council")).toEqual(["Belgium’s=BE-poss@0"]);
    expect(find("de Rijksoverheid en rijksambtenaren")).toEqual(["Rijksoverheid=NL@3"]);
  });
  it("reports offsets shifted by the given base", () => {
    expect(t.find("in the US", 100)[0]).toMatchObject({ start: 107, end: 109 });
  });
});

describe("phrase trie: characters read as code units", () => {
  const t = new PhraseTrie<string>();
  t.add("Belgium's ban", "poss", false);
  t.add("Bundesamt für Sicherheit", "BSI", false);
  t.add("Россия", "RU", false);
  t.add("İstanbul", "IST", false);
  t.add("国家网信办", "CAC", false);
  const find = (s: string) => t.find(s).map((h) => `${h.text}=${h.value}@${h.start}`);

  it("folds apostrophes, case and every kind of space as before", () => {
    expect(find("Belgium’s  ban")).toEqual(["Belgium’s  ban=poss@0"]);
    expect(find("BELGIUM`S\u2009ban")).toEqual(["BELGIUM`S\u2009ban=poss@0"]);
    expect(find("das Bundesamt\u00a0für\nSicherheit")).toEqual(["Bundesamt\u00a0für\nSicherheit=BSI@4"]);
    expect(find("Bundesamt\u3000für Sicherheit")).toEqual(["Bundesamt\u3000für Sicherheit=BSI@0"]);
  });
  it("reads scripts beyond Latin-1, a folding that changes length, and unspaced scripts", () => {
    expect(find("в РОССИИ и россия")).toEqual(["россия=RU@11"]);
    expect(find("in İstanbul")).toEqual(["İstanbul=IST@3"]);
    expect(find("国家网信办发布通知")).toEqual(["国家网信办=CAC@0"]);
  });
});

// The letters and digits of a text, read from a table per code unit: as the regexp marks them.
describe("word characters", () => {
  const byRegexp = (text: string) => {
    const w = new Uint8Array(text.length + 1);
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) w.fill(1, m.index!, m.index! + m[0].length);
    return [...w];
  };
  it("are those [\\p{L}\\p{N}] matches, every code unit and astral letters, digits and lone surrogates included", () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join("");
    expect([...wordChars(all)]).toEqual(byRegexp(all));
    for (const t of ["𝐀b 𝟙 😀x", "\ud835", "a\udc00b", "\ud835\ud835\udc00", "x\u0345y", "", "İstanbul 中国 ١٢٣"]) expect([...wordChars(t)], t).toEqual(byRegexp(t));
  });
  it("are those [\\p{L}\\p{N}] matches (property)", () => {
    const piece = fc.constantFrom("a", "Z", "9", " ", "-", "'", "é", "ß", "中", "\u0345", "𝐀", "😀", "\ud835", "\udc00", "١", "Ⅻ", "\u00a0");
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((ps) => ps.join("")), (t) => { expect([...wordChars(t)]).toEqual(byRegexp(t)); }), { numRuns: 300 });
  });
});

describe("several tries searched as one", () => {
  const build = (forms: [string, string][]) => {
    const t = new PhraseTrie<string>();
    for (const [f, v] of forms) t.add(f, v, false);
    return t;
  };
  const a = build([["Georgia", "US-GA"], ["Rijks*", "NL"]]);
  const b = build([["Georgia", "GE"], ["New Georgia", "SB"], ["Rijksoverheid", "NL-gov"], ["Eastern", "x"]]);
  const one = build([["Georgia", "US-GA"], ["Rijks*", "NL"], ["Georgia", "GE"], ["New Georgia", "SB"], ["Rijksoverheid", "NL-gov"], ["Eastern", "x"]]);
  const show = (hits: { text: string; value: string; start: number }[]) => hits.map((h) => `${h.text}=${h.value}@${h.start}`);

  it("finds what one trie holding both, added in the same order, finds", () => {
    for (const text of ["Georgia and New Georgia", "de Rijksoverheid en Rijkswaterstaat", "Eastern Georgia", "New Georgian wine"]) {
      expect(show(findInTries([a, b], text))).toEqual(show(one.find(text)));
    }
  });
  it("gives a name in two tries the earlier trie's value, and the longest name wins whichever trie holds it", () => {
    expect(show(findInTries([a, b], "Georgia"))).toEqual(["Georgia=US-GA@0"]);
    expect(show(findInTries([b, a], "Georgia"))).toEqual(["Georgia=GE@0"]);
    expect(show(findInTries([a, b], "New Georgia"))).toEqual(["New Georgia=SB@0"]);
    // an exact phrase beats a prefix form ending at the same place, from any trie
    expect(show(findInTries([a, b], "Rijksoverheid"))).toEqual(["Rijksoverheid=NL-gov@0"]);
  });
});

// Chains of one-child nodes are folded into strings once a trie is in use: the same hits as a node per character.
describe("phrase trie: folded chains", () => {
  const word = fc.stringMatching(/^[a-zäöüéçşğıİ' -]{1,12}$/);
  it("finds what the unfolded trie finds, in any text", () => {
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 }), fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", "\n", ", ", "’")), { maxLength: 20 }), (forms, parts) => {
      const folded = new PhraseTrie<string>(), plain = new PhraseTrie<string>({ chains: false });
      for (const [f, star, caseSensitive] of forms) for (const t of [folded, plain]) t.add(star ? `${f}*` : f, f, caseSensitive);
      const text = parts.join("") + " " + forms.map(([f]) => f.toUpperCase()).join("  ") + " " + forms.map(([f]) => f).join(" x ");
      expect(folded.find(text)).toEqual(plain.find(text));
      expect(folded.findAllAt(text)).toEqual(plain.findAllAt(text));
    }), { numRuns: 300 });
  });
  it("refuses a phrase added after the first search", () => {
    const t = new PhraseTrie<string>();
    t.add("mobile phones", "phones", false);
    t.find("no phones here");
    expect(() => t.add("tablets", "tablets", false)).toThrow(/after the trie was first searched/);
  });
});

import { describe, expect, it } from "vitest";
import { PhraseTrie } from "../../src/extract/phrase-trie.js";

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

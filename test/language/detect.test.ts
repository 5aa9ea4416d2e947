import { describe, expect, it } from "vitest";
import { detectArticle, detectText } from "../../src/language/detect.js";

describe("language detection", () => {
  it("reads each supported language from a plain sentence", () => {
    expect(detectText("Het kabinet verbiedt TikTok op de werktelefoons van rijksambtenaren vanwege spionagerisico's.")).toBe("nl");
    expect(detectText("Le gouvernement a interdit TikTok sur les téléphones professionnels des fonctionnaires.")).toBe("fr");
    expect(detectText("Die Bundesregierung verbietet die Nutzung von TikTok auf den Diensthandys der Beamten.")).toBe("de");
  });
  it("a short caption in another language does not flip the article", () => {
    const paragraphs = [
      "Le gouvernement a interdit TikTok sur les téléphones professionnels des fonctionnaires de l'État, vendredi.",
      "Photo: Reuters / AFP",
      "Les applications récréatives présentent des risques pour la cybersécurité des administrations, selon le ministre.",
      "TikTok is banned on government phones",
    ];
    expect(detectArticle(paragraphs).lang).toBe("fr");
  });
  it("uses the page's declared language when the text is too short to tell", () => {
    expect(detectArticle(["TikTok ban"], ["it"]).lang).toBe("it");
  });
});

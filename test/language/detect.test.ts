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

describe("language detection on short and mixed texts", () => {
  it("reads the seven languages from a single short news sentence", () => {
    expect(detectArticle(["Het kabinet verbiedt TikTok op werktelefoons van ambtenaren."]).lang).toBe("nl");
    expect(detectArticle(["Le gouvernement interdit TikTok sur les téléphones des fonctionnaires."]).lang).toBe("fr");
    expect(detectArticle(["Die Regierung verbietet TikTok auf den Diensthandys der Beamten."]).lang).toBe("de");
    expect(detectArticle(["El gobierno prohíbe TikTok en los teléfonos de los funcionarios."]).lang).toBe("es");
    expect(detectArticle(["Il governo vieta TikTok sui telefoni di servizio dei dipendenti."]).lang).toBe("it");
    expect(detectArticle(["O governo proíbe o TikTok nos telefones dos funcionários públicos."]).lang).toBe("pt");
    expect(detectArticle(["The government bans TikTok on the work phones of civil servants."]).lang).toBe("en");
  });
  it("an English quote or caption inside a Dutch article does not flip it", () => {
    const paragraphs = [
      "Het kabinet verbiedt per direct het gebruik van TikTok op de werktelefoons van rijksambtenaren, meldt de staatssecretaris.",
      "\"We take the security of our data very seriously,\" a TikTok spokesperson said.",
      "Volgens de AIVD is er sprake van een verhoogd spionagerisico bij apps uit landen met een offensief cyberprogramma.",
    ];
    expect(detectArticle(paragraphs).lang).toBe("nl");
  });
  it("the declared language decides a text too short to read, but not a long one in another language", () => {
    expect(detectArticle(["TikTok verboden"], ["nl"]).lang).toBe("nl");
    expect(detectArticle(["Le gouvernement a interdit TikTok sur les téléphones professionnels des fonctionnaires de l'État."], ["en"]).lang).toBe("fr");
  });
  it("nothing to read is undetermined", () => {
    expect(detectArticle(["123"]).lang).toBe("und");
  });
  // Short paragraphs franc nearly ties: the vote shares near-ties and weighs the neighbour prior.
  it.each([
    ["a paragraph franc nearly ties (Danish 1.00, English 0.99) does not outvote a clear one", "en",
      "Florida Governor Ron DeSantis signed a bill banning social media accounts for children under 14.",
      "More details were not given by officials at the time of writing this report."],
    ["Portuguese beats Galician in a near-tie of short paragraphs", "pt",
      "A Austrália proíbe redes sociais para menores de 16 anos.", "As autoridades não deram mais detalhes até o momento."],
    ["a short English paragraph that franc reads as Nynorsk (0.95 English) does not outvote a clear English one", "en",
      "Jordan banned the popular online game Fortnite, saying it harmed young people.",
      "More details were not given by officials at the time of writing this report."],
    // franc: Afrikaans 1.00, Dutch 0.97, German 0.89 on the first; German 1.00, Dutch 0.92 on the second.
    ["a language second in every paragraph does not outvote the paragraphs' winners", "de",
      "Die Niederlande verbieten Lachgas als Partydroge.", "Weitere Einzelheiten wurden von den Behörden zunächst nicht bekannt gegeben."],
    ["the neighbour prior weighs before the ranking: Portuguese at 0.99 beats Galician at 1.00", "pt",
      "O Nepal proíbe o TikTok por perturbar a harmonia social", "As autoridades não deram mais detalhes até o momento."],
    ["Russian beats Bulgarian in franc's near-ties of short paragraphs", "ru",
      "В России заблокировали Discord за нарушение закона.", "Подробности ведомство пока не сообщило, отметили в пресс-службе."],
    // franc: Serbian 1.00, Russian 0.74 and 0.88; Serbian has no я, й or ь.
    ["a paragraph written with letters Serbian lacks is not Serbian", "ru",
      "В Казахстане сняли блокировку с Telegram, сообщает агентство.", "Госдума приняла закон о запрете продажи вейпов несовершеннолетним."],
  ])("%s", (_name, lang, first, second) => {
    expect(detectArticle([first, second]).lang).toBe(lang);
  });
});

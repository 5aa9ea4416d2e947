import { describe, expect, it } from "vitest";
import { parseTextExport, cutFurniture } from "../../src/content/text-export.js";
import { parseDateline, firstLineDate } from "../../src/content/dateline.js";

describe("text exports", () => {
  it("reads the first-line date and keeps the rest of the line as body", () => {
    const t = parseTextExport(" date 2023-02 De Commissie verbiedt Tiktok.\n\nTweede alinea hier.");
    expect(t.published).toBe("2023-02");
    expect(t.publishedSource).toBe("export-first-line");
    expect(t.title).toBeNull();
    expect(t.paragraphs).toEqual(["De Commissie verbiedt Tiktok.", "Tweede alinea hier."]);
  });

  it("takes the rest of a first-line date for the headline when it reads like one", () => {
    const t = parseTextExport(" date 2023-07-21 Amsterdam verbant cruiseschepen uit de binnenstad\nDe gemeenteraad nam donderdag een motie aan.\n\nTweede alinea.");
    expect(t.published).toBe("2023-07-21");
    expect(t.title).toBe("Amsterdam verbant cruiseschepen uit de binnenstad");
    expect(t.paragraphs).toEqual(["De gemeenteraad nam donderdag een motie aan.", "Tweede alinea."]);
  });

  it("takes a short opening line as the headline and drops its repetition", () => {
    const t = parseTextExport("Belgium bans TikTok on phones\n\nBelgium bans TikTok on phones\n\nThe council banned the app on Friday.");
    expect(t.title).toBe("Belgium bans TikTok on phones");
    expect(t.paragraphs).toEqual(["The council banned the app on Friday."]);
  });

  it("does not take a sentence for a headline", () => {
    const t = parseTextExport("The government banned the app on work phones on Friday, officials said.\n\nMore text.");
    expect(t.title).toBeNull();
    expect(t.paragraphs).toHaveLength(2);
  });

  it("uses a dateline near the top when nothing better gives the date, and removes it", () => {
    const t = parseTextExport("Belgium bans TikTok on government phones\n\nОпубликовано: Friday, 10 March 2023 12:20\n\nBody one.\n\nBody two.");
    expect(t.published).toBe("2023-03-10");
    expect(t.publishedSource).toBe("dateline");
    expect(t.paragraphs).toEqual(["Body one.", "Body two."]);
  });

  it("prefers the first-line date over a dateline", () => {
    const t = parseTextExport(" date 2023-03-16 Lead.\nFriday, 10 March 2023 12:20\nBody.");
    expect(t.published).toBe("2023-03-16");
  });

  it("cuts related-item lists and teaser lists after the article", () => {
    const body = ["First paragraph of the story.", "Second paragraph.", "Third paragraph."];
    expect(cutFurniture([...body, "Related items", "Other story", "Wednesday, 24 January 2024 19:22"])).toEqual(body);
    expect(cutFurniture([...body, "More from International News", "• India inspects spice makers"])).toEqual(body);
    expect(cutFurniture([...body, "Lees ook", "Iets anders"])).toEqual(body);
    const teasers = ["Story A", "Wednesday, 24 January 2024 19:22", "Story B", "Friday, 19 January 2024 13:39", "Story C", "Wednesday, 17 January 2024 12:12"];
    expect(cutFurniture([...body, ...teasers])).toEqual(body);
  });

  it("keeps a marker word inside the article text", () => {
    const lines = ["Related items were discussed at length by the council, which banned them.", "Second.", "Third."];
    expect(cutFurniture(lines)).toEqual(lines);
  });

  it("drops credit lines", () => {
    const t = parseTextExport("A headline that is long enough\n\nPhoto :\n\n• AP Photo/Virginia Mayo\n\nThe body of the article goes here.");
    expect(t.paragraphs).toEqual(["The body of the article goes here."]);
  });

  it("drops inserts of another story's headline wherever they stand, and keeps a sentence that only mentions reading", () => {
    const t = parseTextExport([
      "A headline that is long enough", "", "The council banned key boxes on Tuesday.", "",
      "LEGGI ANCHE: Roma, il Campidoglio studia lo stesso divieto per il Giubileo e per altri grandi eventi", "",
      "Lire aussi : Logement : les députés adoptent la proposition de loi transpartisane", "",
      "Read also the council's report, which the mayor presented on Monday.", "", "The fines start at 400 euros."].join("\n"));
    expect(t.paragraphs).toEqual(["The council banned key boxes on Tuesday.", "Read also the council's report, which the mayor presented on Monday.", "The fines start at 400 euros."]);
  });
});

describe("the page's address in a text export", () => {
  const body = "Belgium bans TikTok on government phones\n\nThe National Security Council banned the app on Friday.\n\nThe ban runs for six months.";

  it("a labelled line at the head or tail is the URL, in any language of src/content/words, and leaves the body", () => {
    for (const [text, url] of [
      [`URL: https://www.vrt.be/nl/nieuws/2023/03/10/tiktok/\n${body}`, "https://www.vrt.be/nl/nieuws/2023/03/10/tiktok/"],
      [`${body}\n\nSource: https://www.reuters.com/x`, "https://www.reuters.com/x"],
      [`${body}\n\nBron: https://nos.nl/artikel/2467000`, "https://nos.nl/artikel/2467000"],
      [`Quelle:https://www.tagesschau.de/inland/tiktok-100.html\n\n${body}`, "https://www.tagesschau.de/inland/tiktok-100.html"],
      [`${body}\nFuente: <https://elpais.com/x.html>\n`, "https://elpais.com/x.html"],
      [`${body}\n\nFonte: https://www.publico.pt/x\n\nMais notícias`, "https://www.publico.pt/x"],
    ]) {
      const t = parseTextExport(text);
      expect(t.url, text).toBe(url);
      expect(t.title).toBe("Belgium bans TikTok on government phones");
      expect(t.paragraphs.join(" ")).not.toMatch(/https?:|^(URL|Source|Bron|Quelle|Fuente|Fonte)\b/);
    }
  });

  it("a bare URL as the first or last line is the URL; one deeper in is a link of the story", () => {
    expect(parseTextExport(`https://www.politico.eu/article/belgium-tiktok/\n\n${body}`)).toMatchObject({ url: "https://www.politico.eu/article/belgium-tiktok/", title: "Belgium bans TikTok on government phones" });
    expect(parseTextExport(`${body}\n\nhttps://www.politico.eu/article/belgium-tiktok/\n`).url).toBe("https://www.politico.eu/article/belgium-tiktok/");
    const inner = parseTextExport(`${body}\n\nhttps://twitter.com/x/status/1\n\nThe minister said more.`);
    expect(inner.url).toBeNull();
    expect(inner.paragraphs).toContain("https://twitter.com/x/status/1");
  });

  it("the crawler's date line still opens the export after an address line", () => {
    const t = parseTextExport(`URL: https://www.vrt.be/x\n date 2023-03-10 ${body}`);
    expect(t).toMatchObject({ url: "https://www.vrt.be/x", published: "2023-03-10", publishedSource: "export-first-line" });
  });

  it("a source that names no address, a URL inside a sentence, or none at all: no URL", () => {
    expect(parseTextExport(`${body}\n\nSource: Reuters`).url).toBeNull();
    expect(parseTextExport(`${body}\n\nRead it at https://www.vrt.be/x today.`).url).toBeNull();
    expect(parseTextExport(body).url).toBeNull();
  });
});

describe("datelines", () => {
  it("parses labelled and plain datelines with their precision", () => {
    expect(parseDateline("Опубликовано: Friday, 10 March 2023 12:20")).toBe("2023-03-10");
    expect(parseDateline("February 28, 2023, 3:17 pm")).toBe("2023-02-28");
    expect(parseDateline("The council met on 10 March 2023 and decided many things about the future of apps")).toBeNull();
    expect(parseDateline("Friday")).toBeNull();
  });
  it("splits the crawler's first line", () => {
    expect(firstLineDate(" date 2023-02-23 Text")).toEqual({ date: "2023-02-23", rest: "Text" });
    expect(firstLineDate("date 2023")).toEqual({ date: "2023", rest: "" });
    expect(firstLineDate("Update 2023")).toBeNull();
  });
});

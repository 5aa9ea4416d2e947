// Date resolution against a fixed publication date, per language: absolute dates, weekdays
// (past-leaning unless the clause is about the future), relative days and months, roles,
// durations; and what stays unresolved without the publication day.
import { describe, expect, it } from "vitest";
import { findDates, findDuration } from "../../src/extract/dates.js";
import { loadLocales } from "../../src/locales/index.js";

const PUB = "2023-03-16"; // a Thursday
async function dates(lang: string, text: string, published: string | null = PUB, year: number | null = null) {
  const l = (await loadLocales()).get(lang)!;
  return findDates(text, 0, l, { published, year }).map((d) => [d.text.trim().replace(/[,.]$/, ""), d.value, d.role]);
}
const values = async (lang: string, text: string, published: string | null = PUB, year: number | null = null) =>
  (await dates(lang, text, published, year)).map((d) => d[1]);

describe("dates against 2023-03-16", () => {
  it("en: weekday past-leaning, future only in its own clause", async () => {
    expect(await values("en", "The council banned the app on Friday.")).toEqual(["2023-03-10"]);
    expect(await values("en", "The ban will take effect on Monday.")).toEqual(["2023-03-20"]);
    // a future word in another clause does not move the weekday
    expect(await values("en", "Trump signed an order on Thursday meant to block the app, starting 45 days from now.")).toEqual(["2023-03-16"]);
    expect(await values("en", "It was announced last Friday.")).toEqual(["2023-03-10"]);
  });
  it("en: relative days and months, 'end of' at month precision, roles", async () => {
    expect(await dates("en", "Yesterday the UK banned it; the EU did so last month.")).toEqual([
      ["Yesterday", "2023-03-15", "announced"], ["last month", "2023-02", "announced"]]);
    expect(await values("en", "The Commission decided at the end of February.")).toEqual(["2023-02"]);
    expect(await dates("en", "Staff have until 15 March to remove it; the rule applies from 20 September.")).toEqual([
      ["15 March", "2023-03-15", "deadline"], ["20 September", "2023-09-20", "effective"]]);
  });
  it("nl: gisteren, vorige maand, compounds, tot", async () => {
    expect(await dates("nl", "Gisteren verbood het kabinet TikTok, vorige maand ook.")).toEqual([
      ["Gisteren", "2023-03-15", "announced"], ["vorige maand", "2023-02", "announced"]]);
    expect(await values("nl", "Het kabinet besloot donderdagochtend tot een verbod.")).toEqual(["2023-03-16"]);
    expect(await values("nl", "De ambtenaren kregen dinsdag een mail.")).toEqual(["2023-03-14"]);
    expect(await dates("nl", "Ze hebben tijd tot 15 maart.")).toEqual([["15 maart", "2023-03-15", "deadline"]]);
  });
  it("fr: hier, le mois dernier, vendredi 24 mars, jusqu'au", async () => {
    expect(await values("fr", "Hier, le gouvernement a interdit TikTok.")).toEqual(["2023-03-15"]);
    expect(await values("fr", "La Commission l'a interdit le mois dernier.")).toEqual(["2023-02"]);
    expect(await values("fr", "Le ministre l'a annoncé vendredi.")).toEqual(["2023-03-10"]);
    expect(await dates("fr", "L'interdiction vaut jusqu'au 15 avril.")).toEqual([["15 avril", "2023-04-15", "deadline"]]);
  });
  it("de: gestern, am Mittwoch, Donnerstagmorgen, am 10. Mai, bis", async () => {
    expect(await values("de", "Gestern hat die Regierung TikTok verboten.")).toEqual(["2023-03-15"]);
    expect(await values("de", "Das berichtete der Minister am Mittwoch.")).toEqual(["2023-03-15"]);
    expect(await values("de", "Die Regierung entschied Donnerstagmorgen.")).toEqual(["2023-03-16"]);
    expect(await values("de", "Der Ministerrat beschloss das Verbot am 10. Mai.")).toEqual(["2023-05-10"]);
    expect(await dates("de", "Das Verbot gilt bis 15. April.")).toEqual([["15. April", "2023-04-15", "deadline"]]);
  });
  it("es: ayer, el mes pasado, este sábado, hasta", async () => {
    expect(await values("es", "Ayer el gobierno prohibió TikTok.")).toEqual(["2023-03-15"]);
    expect(await values("es", "El gobierno lo prohibió el mes pasado.")).toEqual(["2023-02"]);
    expect(await values("es", "TikTok dejó de funcionar este sábado, hasta nuevo aviso.")).toEqual(["2023-03-11"]);
    expect(await dates("es", "La prohibición rige hasta el 15 de abril.")).toEqual([["15 de abril", "2023-04-15", "deadline"]]);
  });
  it("it: ieri, il mese scorso, venerdì, fino al", async () => {
    expect(await values("it", "Ieri il governo ha vietato TikTok.")).toEqual(["2023-03-15"]);
    expect(await values("it", "Il Parlamento lo ha vietato il mese scorso.")).toEqual(["2023-02"]);
    expect(await values("it", "La decisione è stata presa venerdì.")).toEqual(["2023-03-10"]);
    expect(await dates("it", "Il divieto vale fino al 15 aprile.")).toEqual([["15 aprile", "2023-04-15", "deadline"]]);
  });
  it("pt: ontem, no mês passado, esta segunda-feira, até", async () => {
    expect(await values("pt", "Ontem o governo proibiu o TikTok.")).toEqual(["2023-03-15"]);
    expect(await values("pt", "O governo proibiu o TikTok no mês passado.")).toEqual(["2023-02"]);
    expect(await values("pt", "Trump assinou esta segunda-feira uma ordem.")).toEqual(["2023-03-13"]);
    expect(await dates("pt", "A proibição vale até 15 de abril.")).toEqual([["15 de abril", "2023-04-15", "deadline"]]);
  });
});

describe("dates written without their year, restated dates, abbreviations", () => {
  it("a day more than half a year after publication is last year's, unless the sentence is about the future", async () => {
    expect(await values("en", "The governor's Dec. 7 directive banned the app on state devices.", "2023-01-17")).toEqual(["2022-12-07"]);
    expect(await values("en", "The ban will take effect on Dec. 7.", "2023-01-17")).toEqual(["2023-12-07"]);
    expect(await values("en", "The council banned it on March 10.", "2023-03-16")).toEqual(["2023-03-10"]);
  });
  it("a day more than half a year before publication in a sentence about the future is next year's", async () => {
    expect(await values("en", "From 1 February it will be illegal to own the dogs.", "2023-12-30")).toEqual(["2024-02-01"]);
    expect(await values("en", "The government banned the dogs on 1 February.", "2023-12-30")).toEqual(["2023-02-01"]);
    expect(await values("en", "From 1 December it will be illegal to own the dogs.", "2023-02-10")).toEqual(["2023-12-01"]);
  });
  it("a month or day said to come next is its next coming, also when the publication year's is past", async () => {
    expect(await values("es", "Entrará en vigor el próximo 1 de marzo.", "2017-12-11")).toEqual(["2018-03-01"]);
    expect(await values("ar", "وافتتاح أولى الصالات في مارس المقبل", "2017-12-11")).toEqual(["2018-03"]);
    expect(await values("ar", "وافتتاح أولى الصالات في مارس", "2017-12-11")).toEqual(["2017-03"]);
    // "July next year" is the year after publication's, whether or not this year's July is past
    expect(await values("en", "The ban takes effect from July next year.", "2023-03-13")).toEqual(["2024-07"]);
    expect(await values("fr", "L'interdiction entrera en vigueur le 1er juillet de l'année prochaine.", "2023-03-13")).toEqual(["2024-07-01"]);
    // a weekday said to come next is read as a weekday, never moved by a year
    expect(await values("es", "El lunes próximo se vota la ley.", "2017-12-13")).toEqual(["2017-12-18"]);
  });
  it("a date restated after a comma keeps the role of the first", async () => {
    expect(await dates("en", "The directive comes into effect today, Saturday, July 3, so plastic straws are now banned.", "2021-07-03")).toEqual([
      ["today", "2021-07-03", "effective"], ["Saturday, July 3", "2021-07-03", "effective"]]);
  });
  it("a date restated in brackets after a weekday keeps the weekday's role", async () => {
    expect(await dates("id", "Ekspor dibuka kembali mulai Senin (23/5/2022).", "2022-05-19")).toEqual([
      ["Senin", "2022-05-23", "effective"], ["23/5/2022", "2022-05-23", "effective"]]);
  });
  it("chrono's Indonesian parser reads full dates", async () => {
    expect(await values("id", "Pemerintah melarang ekspor batu bara pada 22 April 2022.", "2022-05-19")).toEqual(["2022-04-22"]);
  });
  it("a year before a unit word is a date, not a length: '7 августа 2014 года'", async () => {
    expect(await values("ru", "Россия 7 августа 2014 года запретила ввоз.", "2014-09-10")).toEqual(["2014-08-07"]);
  });
  it("only the locale's own weekday words are weekdays: chrono's 'jeu' is also the noun 'jeu'", async () => {
    expect(await values("fr", "Même le jeu vidéo Candy Crush est interdit sur les téléphones des fonctionnaires.")).toEqual([]);
    expect(await values("fr", "Le ministre l'a annoncé jeudi.")).toEqual(["2023-03-16"]);
  });
});

describe("what cannot be resolved stays null", () => {
  it("weekdays and 'yesterday' need the publication day", async () => {
    expect(await values("en", "The council banned the app on Friday, a day after yesterday's talks.", "2023-03")).toEqual([]);
    expect(await values("nl", "Gisteren verbood het kabinet TikTok, dinsdag al.", "2023-03")).toEqual([]);
    expect(await values("de", "Am Mittwoch berichtete der Minister.", null)).toEqual([]);
  });
  it("'last month' needs the publication month, a date without year needs a year", async () => {
    expect(await values("en", "The EU banned it last month.", "2023")).toEqual([]);
    expect(await values("en", "On March 10, the council banned it.", null)).toEqual([]);
    expect(await values("en", "On March 10, the council banned it.", null, 2023)).toEqual(["2023-03-10"]);
    expect(await values("en", "On 24 March 2022 the office ordered a block.", null)).toEqual(["2022-03-24"]);
  });
  it("relative spans chrono reads ('in a few days') are not dates", async () => {
    expect(await values("de", "In wenigen Tagen werden Ergebnisse vorliegen.", "2023-05")).toEqual([]);
    expect(await values("en", "Results are expected in a few days.", PUB)).toEqual([]);
  });
});

describe("durations", () => {
  it("reads lengths in each language, not as dates", async () => {
    const L = await loadLocales();
    expect(findDuration("banned for six months", L.get("en")!)).toBe("P6M");
    expect(findDuration("voor zes maanden verboden", L.get("nl")!)).toBe("P6M");
    expect(findDuration("interdit pour six mois", L.get("fr")!)).toBe("P6M");
    expect(findDuration("für sechs Monate verboten", L.get("de")!)).toBe("P6M");
    expect(findDuration("prohibido durante seis meses", L.get("es")!)).toBe("P6M");
    expect(findDuration("sospende per 75 dias", L.get("pt")!)).toBe("P75D");
    expect(findDuration("starting 45 days from now", L.get("en")!)).toBe("P45D");
    expect(await values("de", "Das Verbot gilt für sechs Monate.")).toEqual([]);
  });

  it("reads no length from a distance in time, but the length after it", async () => {
    const L = await loadLocales();
    expect(findDuration("banned the flag on Wednesday, two days after the protest", L.get("en")!)).toBeNull();
    expect(findDuration("verbood de schepen twee jaar geleden", L.get("nl")!)).toBeNull();
    expect(findDuration("avant de revenir sur sa décision deux ans plus tard", L.get("fr")!)).toBeNull();
    expect(findDuration("hat es vor zwei Jahren verboten", L.get("de")!)).toBeNull();
    expect(findDuration("lo prohibió hace tres años", L.get("es")!)).toBeNull();
    expect(findDuration("lo ha vietato due anni fa", L.get("it")!)).toBeNull();
    expect(findDuration("proibiu há dois anos", L.get("pt")!)).toBeNull();
    expect(findDuration("two weeks after the riots, the city banned fireworks for three months", L.get("en")!)).toBe("P3M");
  });
});

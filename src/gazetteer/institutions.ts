// Deciding bodies whose jurisdiction is fixed whatever country the article is about.
// Names in every supported language map to one English name.
import type { Level } from "../types.js";

export interface Institution {
  jurisdiction: string;
  level: Level;
  name: string; // English name
  aliases: string[];
}

export const INSTITUTIONS: Institution[] = [
  {
    jurisdiction: "EU", level: "supranational", name: "European Commission",
    aliases: ["European Commission", "EU Commission", "Commission européenne", "Europese Commissie", "EU-Kommission",
      "Europäische Kommission", "Europäischen Kommission", "Comisión Europea", "Commissione europea", "Commissione Ue",
      "Commissione Europea", "Comissão Europeia", "EU Commision", "Brussels Commission", "EU-kommisjonen", "EU-Kommissionen", "Europa-Kommissionen", "Europakommisjonen", "Komisja Europejska", "Komisji Europejskiej", "Komisja Europejska", "Komisi Eropa"],
  },
  {
    jurisdiction: "EU", level: "supranational", name: "European Parliament",
    aliases: ["European Parliament", "Parlement européen", "Europees Parlement", "Europese Parlement", "EU-Parlament",
      "Europäische Parlament", "Europäischen Parlament", "Parlamento Europeo", "Parlamento europeo", "Parlamento Ue",
      "Parlamento Europeu"],
  },
  {
    jurisdiction: "EU", level: "supranational", name: "Council of the European Union",
    aliases: ["Council of the EU", "Council of the European Union", "EU Council", "European Council", "Conseil de l'UE",
      "Consiglio Ue", "Consiglio dell'Ue", "Raad van de EU", "Europese Raad", "Rat der EU", "Consejo de la UE", "EU-rådet", "EU-Rådet", "EU-Ministerrådet", "EU-ministerrådet", "Rada UE", "Rady UE"],
  },
  {
    jurisdiction: "EU", level: "supranational", name: "EU institutions",
    aliases: ["EU institutions", "European Union institutions", "EU-instellingen", "Europese instellingen",
      "institutions européennes", "institutions de l'UE", "EU-Institutionen", "instituciones europeas",
      "istituzioni europee", "istituzioni Ue", "instituições europeias", "European Union", "Europese Unie",
      "Union européenne", "Europäische Union", "Unión Europea", "Unione europea", "União Europeia", "EU", "UE", "Unia Europejska", "Unii Europejskiej", "Uni Eropa"],
  },
];

// National bodies and office holders whose name alone gives the jurisdiction: an article
// that names "the Tweede Kamer" or "Matignon" is about the Netherlands or France even if it
// never names the country. Level follows the jurisdiction code.
const national = (jurisdiction: string, name: string, aliases: string[], level: Level = jurisdiction.includes("-") ? "subnational" : "national"): Institution =>
  ({ jurisdiction, level, name, aliases });

export const NATIONAL_BODIES: Institution[] = [
  national("NL", "House of Representatives", ["Tweede Kamer"]),
  national("NL", "central government", ["Rijksoverheid", "rijksoverheid", "Rijksambtenaren", "rijksambtenaren", "Rijksambtenaar", "rijksambtenaar"]),
  national("NL", "Dutch National Police", ["Nationale Politie"]),
  national("NL", "AIVD", ["AIVD"]),
  national("NL", "prime minister", ["Rutte"]),
  national("BE", "government", ["De Croo", "VSSE"]),
  national("DK", "Danish Parliament (Folketing)", ["Folketing", "Folketinget", "Folketinget's", "Folketingets"]),
  national("DK", "Centre for Cyber Security", ["Center for Cybersikkerhed", "CFCS"]),
  national("FR", "government", ["Assemblée nationale", "Élysée", "Elysée", "Matignon", "Macron", "Borne", "Arcom", "ANSSI"]),
  national("DE", "government", ["Bundestag", "Bundesregierung Deutschlands", "Scholz"]),
  national("AT", "federal government", ["Nationalrat", "Ministerrat", "Nehammer"]),
  national("IT", "government", ["Palazzo Chigi", "Meloni", "Agcom", "AGCOM"]),
  national("ES", "government", ["Moncloa", "Pedro Sánchez"]),
  national("GB", "Cabinet Office", ["Cabinet Office", "Downing Street", "Whitehall", "Westminster", "Sunak"]),
  national("CA", "Treasury Board of Canada", ["Treasury Board", "Conseil du Trésor", "Trudeau"]),
  national("US", "government", ["White House", "Maison Blanche", "Maison-Blanche", "Witte Huis", "Weißen Haus", "Weiße Haus", "Casa Blanca",
    "Casa Bianca", "Casa Branca", "Trump", "Biden", "Obama", "Department of Commerce", "Commerce Department", "Pentagon", "FCC",
    "Kongress", "US Congress", "U.S. Congress"]),
  national("US-TX", "Governor of Texas", ["Greg Abbott", "Abbott"]),
  national("US-MT", "Governor of Montana", ["Gianforte"]),
  national("US-SD", "Governor of South Dakota", ["Kristi Noem", "Noem"]),
  national("RU", "Roskomnadzor", ["Roskomnadzor", "Roskomnadsor", "Putin", "Kremlin", "Kreml", "Cremlino"]),
  national("PK", "Pakistan Telecommunication Authority", ["Pakistan Telecommunication Authority", "PTA", "پی ٹی اے", "پاکستان ٹیلی کمیونیکیشن اتھارٹی", "پاکستان ٹیلی کمیونیکشن اتھارٹی"]),
  national("CN", "government", ["Xi Jinping", "Beijing's"]),
  national("IN", "government", ["Modi", "MeitY"]),
  national("ID", "Ministry of Trade", ["Jokowi", "Joko Widodo", "Kemendag"]),
  national("EU", "European Commission", ["von der Leyen", "Thierry Breton", "Breton"], "supranational"),
];

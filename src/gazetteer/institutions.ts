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
      "Commissione Europea", "Comissão Europeia", "EU Commision", "Brussels Commission"],
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
      "Consiglio Ue", "Consiglio dell'Ue", "Raad van de EU", "Europese Raad", "Rat der EU", "Consejo de la UE"],
  },
  {
    jurisdiction: "EU", level: "supranational", name: "EU institutions",
    aliases: ["EU institutions", "European Union institutions", "EU-instellingen", "Europese instellingen",
      "institutions européennes", "institutions de l'UE", "EU-Institutionen", "instituciones europeas",
      "istituzioni europee", "istituzioni Ue", "instituições europeias", "European Union", "Europese Unie",
      "Union européenne", "Europäische Union", "Unión Europea", "Unione europea", "União Europeia", "EU", "UE"],
  },
];

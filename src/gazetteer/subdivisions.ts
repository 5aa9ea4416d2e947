// ISO 3166-2 subdivisions that news mention as deciding bodies. Names are in their
// common English form plus native forms; locale files add their own aliases.
export const SUBDIVISIONS: Record<string, string[]> = {
  // Belgium
  "BE-VLG": ["Flanders", "Vlaanderen", "Flandre", "Flandern", "Flandes", "Fiandre", "Flandres"],
  "BE-WAL": ["Wallonia", "Wallonië", "Wallonie", "Wallonien", "Valonia", "Vallonia", "Valônia"],
  "BE-BRU": ["Brussels-Capital Region", "Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale"],
  // United States
  "US-AL": ["Alabama"], "US-AK": ["Alaska"], "US-AZ": ["Arizona"], "US-AR": ["Arkansas"],
  "US-CA": ["California", "Californië", "Californie", "Kalifornien", "Californien"],
  "US-CO": ["Colorado"], "US-CT": ["Connecticut"], "US-DE": ["Delaware"], "US-FL": ["Florida", "Floride"],
  "US-GA": ["Georgia"], "US-HI": ["Hawaii"], "US-ID": ["Idaho"], "US-IL": ["Illinois"], "US-IN": ["Indiana"],
  "US-IA": ["Iowa"], "US-KS": ["Kansas"], "US-KY": ["Kentucky"], "US-LA": ["Louisiana", "Louisiane"],
  "US-ME": ["Maine"], "US-MD": ["Maryland"], "US-MA": ["Massachusetts"], "US-MI": ["Michigan"],
  "US-MN": ["Minnesota"], "US-MS": ["Mississippi"], "US-MO": ["Missouri"], "US-MT": ["Montana"],
  "US-NE": ["Nebraska"], "US-NV": ["Nevada"], "US-NH": ["New Hampshire"], "US-NJ": ["New Jersey"],
  "US-NM": ["New Mexico"], "US-NY": ["New York State"], "US-NC": ["North Carolina"], "US-ND": ["North Dakota"],
  "US-OH": ["Ohio"], "US-OK": ["Oklahoma"], "US-OR": ["Oregon"], "US-PA": ["Pennsylvania"],
  "US-RI": ["Rhode Island"], "US-SC": ["South Carolina"], "US-SD": ["South Dakota"], "US-TN": ["Tennessee"],
  "US-TX": ["Texas"], "US-UT": ["Utah"], "US-VT": ["Vermont"], "US-VA": ["Virginia"], "US-WA": ["Washington State"],
  "US-WV": ["West Virginia"], "US-WI": ["Wisconsin"], "US-WY": ["Wyoming"],
  // Canada
  "CA-QC": ["Quebec", "Québec"], "CA-ON": ["Ontario"], "CA-BC": ["British Columbia", "Colombie-Britannique"],
  "CA-AB": ["Alberta"], "CA-MB": ["Manitoba"], "CA-NS": ["Nova Scotia", "Nouvelle-Écosse"],
  // Germany
  "DE-BY": ["Bavaria", "Bayern", "Bavière"], "DE-BE": ["Berlin State"], "DE-NW": ["North Rhine-Westphalia", "Nordrhein-Westfalen"],
  // United Kingdom nations
  "GB-SCT": ["Scotland", "Schotland", "Écosse", "Schottland", "Escocia", "Scozia", "Escócia"],
  "GB-WLS": ["Wales", "Pays de Galles", "Gales", "Galles", "País de Gales"],
  "GB-NIR": ["Northern Ireland", "Noord-Ierland", "Irlande du Nord", "Nordirland"],
  // Spain, Italy
  "ES-CT": ["Catalonia", "Catalunya", "Cataluña", "Catalogne", "Katalonien", "Catalogna"],
};

/** Adjectives of subdivisions ("Flemish government"). */
export const SUBDIVISION_ADJECTIVES: Record<string, string[]> = {
  "BE-VLG": ["Flemish", "Vlaamse", "Vlaams", "flamand", "flamande", "flämische", "flämischen", "flamenco", "fiammingo", "flamengo"],
  "BE-WAL": ["Walloon", "Waalse", "Waals", "wallon", "wallonne", "wallonische", "wallonischen"],
  "GB-SCT": ["Scottish", "Schotse", "écossais", "écossaise", "schottische", "schottischen"],
  "GB-WLS": ["Welsh"],
  "CA-QC": ["Quebec's", "québécois", "québécoise"],
  "ES-CT": ["Catalan", "catalana", "catalane"],
  "DE-BY": ["Bavarian", "bayerische", "bayerischen"],
};

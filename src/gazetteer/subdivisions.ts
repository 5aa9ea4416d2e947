import { MORE_SUBDIVISIONS } from "./subdivisions-more.js";

// ISO 3166-2 subdivisions that news mention as deciding bodies. Names are in their
// common English form plus native forms; locale files add their own aliases.
export const SUBDIVISIONS: Record<string, string[]> = {
  // Belgium
  "BE-VLG": ["Flanders", "Vlaanderen", "Flandre", "Flandern", "Flandes", "Fiandre", "Flandres"],
  "BE-WAL": ["Wallonia", "Wallonië", "Wallonie", "Wallonien", "Valonia", "Vallonia", "Valônia"],
  "BE-BRU": ["Brussels-Capital Region", "Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale", "Région bruxelloise",
    "Bruxelles-Capitale", "Brussels region", "Brussels Region", "Brusselse regering", "Brussels Gewest", "Region Brüssel-Hauptstadt"],
  // United States
  "US-AL": ["Alabama"], "US-AK": ["Alaska"], "US-AZ": ["Arizona"], "US-AR": ["Arkansas"],
  "US-CA": ["California", "Californië", "Californie", "Kalifornien", "Californien"],
  "US-CO": ["Colorado"], "US-CT": ["Connecticut"], "US-DE": ["Delaware"], "US-FL": ["Florida", "Floride"],
  "US-GA": ["Georgia"], "US-HI": ["Hawaii"], "US-ID": ["Idaho"], "US-IL": ["Illinois"], "US-IN": ["Indiana"],
  "US-IA": ["Iowa"], "US-KS": ["Kansas"], "US-KY": ["Kentucky"], "US-LA": ["Louisiana", "Louisiane"],
  "US-ME": ["Maine"], "US-MD": ["Maryland"], "US-MA": ["Massachusetts"], "US-MI": ["Michigan"],
  "US-MN": ["Minnesota"], "US-MS": ["Mississippi"], "US-MO": ["Missouri"], "US-MT": ["Montana"],
  "US-NE": ["Nebraska"], "US-NV": ["Nevada"], "US-NH": ["New Hampshire"], "US-NJ": ["New Jersey"],
  "US-NM": ["New Mexico"], "US-NY": ["New York State", "Nueva York", "Nova York", "Nova Iorque"], "US-NC": ["North Carolina"], "US-ND": ["North Dakota"],
  "US-OH": ["Ohio"], "US-OK": ["Oklahoma"], "US-OR": ["Oregon"], "US-PA": ["Pennsylvania"],
  "US-RI": ["Rhode Island"], "US-SC": ["South Carolina"], "US-SD": ["South Dakota"], "US-TN": ["Tennessee"],
  "US-TX": ["Texas"], "US-UT": ["Utah"], "US-VT": ["Vermont"], "US-VA": ["Virginia"], "US-WA": ["Washington State"],
  "US-WV": ["West Virginia"], "US-WI": ["Wisconsin"], "US-WY": ["Wyoming"],
  // Canada
  "CA-QC": ["Quebec", "Québec"], "CA-ON": ["Ontario"], "CA-BC": ["British Columbia", "Colombie-Britannique"],
  "CA-AB": ["Alberta"], "CA-MB": ["Manitoba"], "CA-NS": ["Nova Scotia", "Nouvelle-Écosse"],
  // Germany
  "DE-BY": ["Bavaria", "Bayern", "Bavière"], "DE-BE": ["Berlin State"], "DE-NW": ["North Rhine-Westphalia", "Nordrhein-Westfalen", "NRW"],
  // United Kingdom nations
  "GB-SCT": ["Scotland", "Schotland", "Écosse", "Schottland", "Escocia", "Scozia", "Escócia"],
  "GB-WLS": ["Wales", "Pays de Galles", "Gales", "Galles", "País de Gales"],
  "GB-NIR": ["Northern Ireland", "Noord-Ierland", "Irlande du Nord", "Nordirland", "Irlanda del Norte", "Irlanda del Nord", "Irlanda do Norte"],
  // Laws for England alone (health, animals) are its own; other languages often say England for Britain (their locales keep it as GB).
  "GB-ENG": ["England"],
  // Spain, Italy
  "ES-CT": ["Catalonia", "Catalunya", "Cataluña", "Catalogne", "Katalonien", "Catalogna", "Catalunha", "Catalonië"],
  // Spain's other autonomous communities; where a city has the name, only a form that says "community" or "region".
  "ES-AN": ["Andalusia", "Andalucía", "Andalousie", "Andalusien"], "ES-AR": ["Aragon", "Aragón"], "ES-AS": ["Asturias"],
  "ES-IB": ["Balearic Islands", "Islas Baleares", "Illes Balears", "Baleares"], "ES-CN": ["Canary Islands", "Islas Canarias", "Canarias"],
  "ES-CB": ["Cantabria"], "ES-CL": ["Castile and León", "Castilla y León"], "ES-CM": ["Castilla-La Mancha", "Castile-La Mancha"],
  "ES-EX": ["Extremadura"], "ES-GA": ["Galicia"], "ES-RI": ["La Rioja"], "ES-MD": ["Community of Madrid", "Comunidad de Madrid"],
  "ES-MC": ["Region of Murcia", "Región de Murcia"], "ES-NC": ["Navarre", "Navarra"], "ES-PV": ["Basque Country", "País Vasco", "Euskadi", "Pays basque"],
  "ES-VC": ["Valencian Community", "Comunidad Valenciana", "Comunitat Valenciana"],
  // Italy's regions
  "IT-21": ["Piedmont", "Piemonte"], "IT-23": ["Aosta Valley", "Valle d'Aosta"], "IT-25": ["Lombardy", "Lombardia", "Lombardie", "Lombardei"],
  "IT-32": ["Trentino-Alto Adige", "Trentino-Südtirol", "South Tyrol", "Südtirol", "Alto Adige"], "IT-34": ["Veneto", "Vénétie", "Venetien"],
  "IT-36": ["Friuli-Venezia Giulia", "Friuli Venezia Giulia"], "IT-42": ["Liguria", "Ligurie"], "IT-45": ["Emilia-Romagna"],
  "IT-52": ["Tuscany", "Toscana", "Toscane", "Toskana"], "IT-55": ["Umbria", "Ombrie"], "IT-57": ["Marche"], "IT-62": ["Lazio", "Latium"],
  "IT-65": ["Abruzzo"], "IT-67": ["Molise"], "IT-72": ["Campania", "Campanie", "Kampanien"], "IT-75": ["Apulia", "Puglia", "Pouilles", "Apulien"],
  "IT-77": ["Basilicata"], "IT-78": ["Calabria", "Calabre", "Kalabrien"], "IT-82": ["Sicily", "Sicilia", "Sicile", "Sizilien"],
  "IT-88": ["Sardinia", "Sardegna", "Sardaigne", "Sardinien"],
  // Germany's other Länder. Hamburg and Bremen decide as city-states whatever they are called; Berlin only as a
  // state ("Land Berlin"), since "Berlin" alone often stands for the federal government.
  "DE-BW": ["Baden-Württemberg", "Baden-Wurttemberg"], "DE-BB": ["Brandenburg"], "DE-HB": ["Land Bremen", "Bremen State", "Bremen"],
  "DE-HH": ["Hamburg State", "Land Hamburg", "Hamburg"], "DE-HE": ["Hesse", "Hessen"], "DE-MV": ["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"],
  "DE-NI": ["Lower Saxony", "Niedersachsen", "Basse-Saxe"], "DE-RP": ["Rhineland-Palatinate", "Rheinland-Pfalz"], "DE-SL": ["Saarland"],
  "DE-SN": ["Saxony", "Sachsen", "Saxe"], "DE-ST": ["Saxony-Anhalt", "Sachsen-Anhalt"], "DE-SH": ["Schleswig-Holstein"],
  "DE-TH": ["Thuringia", "Thüringen", "Thuringe"],
  // Austria's Länder (Vienna only as a Land)
  "AT-1": ["Burgenland"], "AT-2": ["Carinthia", "Kärnten"], "AT-3": ["Lower Austria", "Niederösterreich"], "AT-4": ["Upper Austria", "Oberösterreich"],
  "AT-5": ["Salzburg State", "Land Salzburg", "Bundesland Salzburg"], "AT-6": ["Styria", "Steiermark"], "AT-7": ["Tyrol", "Tirol"],
  "AT-8": ["Vorarlberg"], "AT-9": ["Land Wien", "Bundesland Wien"],
  // Australia's states and territories
  "AU-NSW": ["New South Wales", "NSW"], "AU-VIC": ["Victoria state", "state of Victoria", "Victorian government"], "AU-QLD": ["Queensland"],
  "AU-SA": ["South Australia"], "AU-WA": ["Western Australia"], "AU-TAS": ["Tasmania"], "AU-ACT": ["Australian Capital Territory"],
  "AU-NT": ["Northern Territory"],
  // Brazil's states (São Paulo and Rio de Janeiro only as states: the cities have the names)
  "BR-SP": ["state of São Paulo", "São Paulo state", "estado de São Paulo", "Estado de São Paulo"],
  "BR-RJ": ["state of Rio de Janeiro", "Rio de Janeiro state", "estado do Rio de Janeiro", "Estado do Rio de Janeiro", "estado do Rio", "Estado do Rio"],
  "BR-MG": ["Minas Gerais"], "BR-BA": ["Bahia"], "BR-RS": ["Rio Grande do Sul"], "BR-PR": ["Paraná"], "BR-SC": ["Santa Catarina"],
  "BR-PE": ["Pernambuco"], "BR-CE": ["Ceará"], "BR-GO": ["Goiás"], "BR-PA": ["Pará"], "BR-AM": ["Amazonas"], "BR-MA": ["Maranhão"],
  "BR-DF": ["Distrito Federal", "Federal District of Brazil"], "BR-ES": ["Espírito Santo"], "BR-MT": ["Mato Grosso"],
  "BR-MS": ["Mato Grosso do Sul"], "BR-PB": ["Paraíba"], "BR-RN": ["Rio Grande do Norte"], "BR-AL": ["Alagoas"], "BR-PI": ["Piauí"],
  "BR-SE": ["Sergipe"], "BR-RO": ["Rondônia"], "BR-TO": ["Tocantins"], "BR-AC": ["Acre"], "BR-AP": ["Amapá"], "BR-RR": ["Roraima"],
  // Switzerland's cantons. Where a city has the canton's name (and Bern stands for the federal
  // government), only a form that says "canton".
  "CH-TI": ["Ticino", "Tessin", "Canton Ticino", "cantone Ticino", "Kanton Tessin", "canton du Tessin"],
  "CH-GE": ["Canton of Geneva", "canton de Genève", "Kanton Genf", "cantone di Ginevra"],
  "CH-VD": ["Vaud", "Waadt", "Canton of Vaud", "canton de Vaud", "Kanton Waadt"],
  "CH-VS": ["Valais", "Wallis", "Canton of Valais", "canton du Valais", "Kanton Wallis", "Vallese"],
  "CH-ZH": ["Canton of Zurich", "canton de Zurich", "Kanton Zürich", "cantone di Zurigo"],
  "CH-BE": ["Canton of Bern", "canton de Berne", "Kanton Bern", "cantone di Berna"],
  "CH-LU": ["Canton of Lucerne", "canton de Lucerne", "Kanton Luzern"],
  "CH-SG": ["Canton of St. Gallen", "canton de Saint-Gall", "Kanton St. Gallen", "cantone di San Gallo"],
  "CH-BS": ["Basel-Stadt", "Bâle-Ville", "Canton of Basel-Stadt", "Kanton Basel-Stadt"],
  "CH-BL": ["Basel-Landschaft", "Basel-Land", "Bâle-Campagne", "Kanton Basel-Landschaft"],
  "CH-AG": ["Aargau", "Argovie", "Argovia", "Kanton Aargau"], "CH-TG": ["Thurgau", "Thurgovie", "Turgovia", "Kanton Thurgau"],
  "CH-GR": ["Graubünden", "Grisons", "Grigioni", "Kanton Graubünden"], "CH-FR": ["Canton of Fribourg", "canton de Fribourg", "Kanton Freiburg"],
  "CH-NE": ["Canton of Neuchâtel", "canton de Neuchâtel", "Kanton Neuenburg"], "CH-JU": ["Canton of Jura", "canton du Jura", "Kanton Jura"],
  "CH-SO": ["Canton of Solothurn", "Kanton Solothurn", "canton de Soleure"], "CH-SZ": ["Canton of Schwyz", "Kanton Schwyz"],
  "CH-ZG": ["Canton of Zug", "Kanton Zug", "canton de Zoug"], "CH-SH": ["Canton of Schaffhausen", "Kanton Schaffhausen"],
  // the Netherlands' provinces (Utrecht and Groningen only as provinces: the cities have the names)
  "NL-NH": ["North Holland", "Noord-Holland", "Nordholland"], "NL-ZH": ["South Holland", "Zuid-Holland", "Südholland"],
  "NL-UT": ["provincie Utrecht", "province of Utrecht"], "NL-GR": ["provincie Groningen", "province of Groningen"],
  "NL-NB": ["North Brabant", "Noord-Brabant", "Nordbrabant"], "NL-GE": ["Gelderland"], "NL-OV": ["Overijssel"],
  "NL-FR": ["Friesland", "Fryslân"], "NL-DR": ["Drenthe"], "NL-FL": ["Flevoland"], "NL-ZE": ["Zeeland"],
  "NL-LI": ["Dutch Limburg", "Nederlands Limburg", "provincie Limburg"],
  // Portugal's autonomous regions
  "PT-20": ["Azores", "Açores", "Azoren", "Azzorre", "Azores Islands"],
  "PT-30": ["Madeira", "Região Autónoma da Madeira", "Autonomous Region of Madeira"],
  // Mexico City as a federal entity, Lagos as a state, the province of Buenos Aires
  "MX-CMX": ["Mexico City government", "Ciudad de México", "Mexico City's government", "CDMX"],
  "NG-LA": ["Lagos State", "Lagos state", "state of Lagos"],
  "AR-B": ["Buenos Aires province", "province of Buenos Aires", "provincia de Buenos Aires"],
  // Mexico's states; names that are also surnames (Guerrero, Hidalgo, Morelos) or the country's (México) only with "state"
  "MX-AGU": ["Aguascalientes"], "MX-BCN": ["Baja California"], "MX-BCS": ["Baja California Sur"], "MX-CAM": ["Campeche"],
  "MX-CHP": ["Chiapas"], "MX-CHH": ["estado de Chihuahua", "Chihuahua state"], "MX-COA": ["Coahuila"], "MX-COL": ["estado de Colima", "Colima state"],
  "MX-DUR": ["estado de Durango", "Durango state"], "MX-GUA": ["Guanajuato"], "MX-GRO": ["estado de Guerrero", "Guerrero state"],
  "MX-HID": ["estado de Hidalgo", "Hidalgo state"], "MX-JAL": ["Jalisco"], "MX-MEX": ["Estado de México", "State of Mexico", "Edomex"],
  "MX-MIC": ["Michoacán", "Michoacan"], "MX-MOR": ["estado de Morelos", "Morelos state"], "MX-NAY": ["Nayarit"], "MX-NLE": ["Nuevo León", "Nuevo Leon"],
  "MX-OAX": ["Oaxaca"], "MX-PUE": ["estado de Puebla", "Puebla state"], "MX-QUE": ["Querétaro", "Queretaro"], "MX-ROO": ["Quintana Roo"],
  "MX-SLP": ["San Luis Potosí", "San Luis Potosi"], "MX-SIN": ["Sinaloa"], "MX-SON": ["Sonora"], "MX-TAB": ["estado de Tabasco", "Tabasco state"],
  "MX-TAM": ["Tamaulipas"], "MX-TLA": ["Tlaxcala"], "MX-VER": ["Veracruz"], "MX-YUC": ["Yucatán", "Yucatan"], "MX-ZAC": ["Zacatecas"],
  // Canada's other provinces and territories
  "CA-SK": ["Saskatchewan"], "CA-NB": ["New Brunswick", "Nouveau-Brunswick"], "CA-NL": ["Newfoundland and Labrador", "Terre-Neuve-et-Labrador"],
  "CA-PE": ["Prince Edward Island", "Île-du-Prince-Édouard"], "CA-YT": ["Yukon"], "CA-NT": ["Northwest Territories"], "CA-NU": ["Nunavut"],
  // France's regions (Corsica FR-20R), and its departments, whose prefects ban by decree (arrêtés préfectoraux). A department
  // named like a river, a common word or another place (Var, Nord, Manche, Vienne, Jura) only as "département ..."; cities are
  // in cities.ts by their region.
  "FR-IDF": ["Île-de-France", "Ile-de-France", "région parisienne"], "FR-BRE": ["Bretagne", "Brittany", "Bretaña", "Bretagna", "Bretanha", "Bretagne region"],
  "FR-NOR": ["Normandie", "Normandy", "Normandía", "Normandia"], "FR-HDF": ["Hauts-de-France"], "FR-GES": ["Grand Est", "Grand-Est"],
  "FR-BFC": ["Bourgogne-Franche-Comté"], "FR-ARA": ["Auvergne-Rhône-Alpes"], "FR-CVL": ["Centre-Val de Loire", "Centre-Val-de-Loire"],
  "FR-PDL": ["Pays de la Loire", "Pays-de-la-Loire"], "FR-NAQ": ["Nouvelle-Aquitaine"], "FR-OCC": ["Occitanie", "Occitania"],
  "FR-PAC": ["Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte-d'Azur", "PACA", "région Sud"], "FR-20R": ["Corse", "Corsica", "Korsika", "Córsega"],
  "FR-02": ["Aisne"], "FR-03": ["Allier"], "FR-04": ["Alpes-de-Haute-Provence"], "FR-05": ["Hautes-Alpes"], "FR-06": ["Alpes-Maritimes"],
  "FR-07": ["Ardèche"], "FR-09": ["Ariège"], "FR-12": ["Aveyron"], "FR-13": ["Bouches-du-Rhône"], "FR-14": ["Calvados"], "FR-15": ["Cantal"],
  "FR-16": ["Charente"], "FR-17": ["Charente-Maritime"], "FR-19": ["Corrèze"], "FR-21": ["Côte-d'Or"], "FR-22": ["Côtes-d'Armor"],
  "FR-23": ["Creuse"], "FR-24": ["Dordogne"], "FR-25": ["Doubs"], "FR-26": ["Drôme"], "FR-28": ["Eure-et-Loir"], "FR-29": ["Finistère"],
  "FR-2A": ["Corse-du-Sud"], "FR-2B": ["Haute-Corse"], "FR-30": ["Gard"], "FR-31": ["Haute-Garonne"], "FR-32": ["Gers"], "FR-33": ["Gironde"],
  "FR-34": ["Hérault"], "FR-35": ["Ille-et-Vilaine"], "FR-37": ["Indre-et-Loire"], "FR-38": ["Isère"], "FR-41": ["Loir-et-Cher"],
  "FR-43": ["Haute-Loire"], "FR-44": ["Loire-Atlantique"], "FR-45": ["Loiret"], "FR-47": ["Lot-et-Garonne"], "FR-48": ["Lozère"],
  "FR-49": ["Maine-et-Loire"], "FR-52": ["Haute-Marne"], "FR-53": ["Mayenne"], "FR-54": ["Meurthe-et-Moselle"], "FR-56": ["Morbihan"],
  "FR-57": ["Moselle"], "FR-58": ["Nièvre"], "FR-62": ["Pas-de-Calais"], "FR-63": ["Puy-de-Dôme"], "FR-64": ["Pyrénées-Atlantiques"],
  "FR-65": ["Hautes-Pyrénées"], "FR-66": ["Pyrénées-Orientales"], "FR-67": ["Bas-Rhin"], "FR-68": ["Haut-Rhin"], "FR-70": ["Haute-Saône"],
  "FR-71": ["Saône-et-Loire"], "FR-72": ["Sarthe"], "FR-73": ["Savoie"], "FR-74": ["Haute-Savoie"], "FR-76": ["Seine-Maritime"],
  "FR-77": ["Seine-et-Marne"], "FR-78": ["Yvelines"], "FR-79": ["Deux-Sèvres"], "FR-82": ["Tarn-et-Garonne"], "FR-84": ["Vaucluse"],
  "FR-85": ["Vendée"], "FR-87": ["Haute-Vienne"], "FR-88": ["Vosges"], "FR-89": ["Yonne"], "FR-90": ["Territoire de Belfort"],
  "FR-91": ["Essonne"], "FR-92": ["Hauts-de-Seine"], "FR-93": ["Seine-Saint-Denis"], "FR-94": ["Val-de-Marne"], "FR-95": ["Val-d'Oise"],
  "FR-01": ["département de l'Ain", "departement de l'Ain"], "FR-08": ["département des Ardennes", "departement des Ardennes"],
  "FR-10": ["département de l'Aube", "departement de l'Aube"], "FR-11": ["département de l'Aude", "departement de l'Aude"],
  "FR-18": ["département du Cher", "departement du Cher"], "FR-27": ["département de l'Eure", "departement de l'Eure"],
  "FR-36": ["département de l'Indre", "departement de l'Indre"], "FR-39": ["département du Jura", "departement du Jura"],
  "FR-40": ["département des Landes", "departement des Landes"], "FR-42": ["département de la Loire", "departement de la Loire"],
  "FR-46": ["département du Lot", "departement du Lot"], "FR-50": ["département de la Manche", "departement de la Manche"],
  "FR-51": ["département de la Marne", "departement de la Marne"], "FR-55": ["département de la Meuse", "departement de la Meuse"],
  "FR-59": ["département du Nord", "departement du Nord"], "FR-60": ["département de l'Oise", "departement de l'Oise"],
  "FR-61": ["département de l'Orne", "departement de l'Orne"], "FR-69": ["département du Rhône", "departement du Rhône"],
  "FR-80": ["département de la Somme", "departement de la Somme"], "FR-81": ["département du Tarn", "departement du Tarn"],
  "FR-83": ["département du Var", "departement du Var"], "FR-86": ["département de la Vienne", "departement de la Vienne"],
  // Russia's republics and regions that news name on their own, and Crimea
  "RU-DA": ["Dagestan", "Daghestan", "Daguestán", "Dagestán", "Daguestão"], "RU-CE": ["Chechnya", "Chechenia", "Tschetschenien", "Tchétchénie", "Cecenia", "Chechênia", "Tsjetsjenië"],
  "RU-IN": ["Ingushetia", "Inguschetien", "Ingouchie", "Ingušezia"], "RU-TA": ["Tatarstan"], "RU-BA": ["Bashkortostan", "Baschkortostan", "Bachkirie"],
  "RU-KR": ["Republic of Karelia"], "RU-KGD": ["Kaliningrad Oblast", "Oblast Kaliningrad"],
  "UA-43": ["Crimea", "Krim", "Crimée", "Crimeia", "Krym"],
  // India's largest states; Delhi, a territory with its own government and police ("New Delhi" stands for the nation)
  "IN-MH": ["Maharashtra"], "IN-UP": ["Uttar Pradesh"], "IN-TN": ["Tamil Nadu"], "IN-KA": ["Karnataka"], "IN-KL": ["Kerala"],
  "IN-WB": ["West Bengal"], "IN-GJ": ["Gujarat"], "IN-RJ": ["Rajasthan"], "IN-TG": ["Telangana"], "IN-AP": ["Andhra Pradesh"],
  "IN-PB": ["Punjab state"], "IN-BR": ["Bihar"], "IN-MP": ["Madhya Pradesh"], "IN-DL": ["Delhi government", "National Capital Territory of Delhi", "Delhi", "Délhi"],
  "IN-JK": ["Jammu and Kashmir"], "IN-AS": ["Assam"], "IN-OR": ["Odisha"], "IN-GA": ["Goa"],
  // Poland, Russia, Turkey, Indonesia, the Nordic countries, Ukraine, Belgium's provinces, China, Japan, Korea
  ...MORE_SUBDIVISIONS,
};

/** Adjectives of subdivisions ("Flemish government"). */
export const SUBDIVISION_ADJECTIVES: Record<string, string[]> = {
  "BE-VLG": ["Flemish", "Vlaamse", "Vlaams", "flamand", "flamande", "flämische", "flämischen", "flamenco", "fiammingo", "flamengo"],
  "BE-WAL": ["Walloon", "Waalse", "Waals", "wallon", "wallonne", "wallonische", "wallonischen"],
  "GB-SCT": ["Scottish", "Schotse", "écossais", "écossaise", "schottische", "schottischen"],
  "GB-WLS": ["Welsh"],
  "CA-QC": ["Quebec's", "québécois", "québécoise"],
  "ES-CT": ["Catalan", "catalana", "catalane"],
  "DE-BY": ["Bavarian", "bayerische", "bayerischen", "Münchner", "Nürnberger", "Augsburger", "Regensburger", "Würzburger"],
  // Germany's Länder as German adjectives ("das nordrhein-westfälische Innenministerium")
  "DE-NW": ["nordrhein-westfälische", "nordrhein-westfälischen", "Kölner", "Düsseldorfer", "Dortmunder", "Essener", "Bonner", "Duisburger", "Bochumer", "Münsteraner"], "DE-NI": ["niedersächsische", "niedersächsischen", "Lower Saxony's", "Hannoveraner", "Braunschweiger", "Osnabrücker"],
  "DE-HE": ["hessische", "hessischen", "Hessian", "Frankfurter", "Wiesbadener", "Kasseler", "Darmstädter"], "DE-SN": ["sächsische", "sächsischen", "Saxon", "Leipziger", "Dresdner", "Chemnitzer"], "DE-BW": ["baden-württembergische", "baden-württembergischen", "Stuttgarter", "Mannheimer", "Freiburger", "Heidelberger", "Karlsruher"],
  "DE-RP": ["rheinland-pfälzische", "rheinland-pfälzischen"], "DE-BB": ["brandenburgische", "brandenburgischen"], "DE-TH": ["thüringische", "thüringischen", "Thuringian"],
  "DE-SL": ["saarländische", "saarländischen"], "DE-SH": ["schleswig-holsteinische", "schleswig-holsteinischen"], "DE-ST": ["sachsen-anhaltische", "sachsen-anhaltischen"],
  "DE-MV": ["mecklenburg-vorpommersche", "mecklenburg-vorpommerschen"],
  // Buenos Aires city ("la Legislatura porteña"), Brazil's states by their people ("o governo paulista")
  "AR-C": ["porteña", "porteño", "porteñas", "porteños"],
  "BR-SP": ["paulista", "paulistas"], "BR-RJ": ["fluminense"], "BR-RS": ["gaúcho", "gaúcha"], "BR-PR": ["paranaense", "paranaenses"],
  "BR-SC": ["catarinense", "catarinenses"], "BR-BA": ["baiano", "baiana", "baianos"], "BR-PE": ["pernambucano", "pernambucana"],
  // Spain's and Italy's regions by their adjectives ("la Junta andaluza", "la Regione lombarda")
  "ES-AN": ["andaluza", "andaluz", "andaluces", "andaluzas"], "ES-GA": ["gallega", "gallego", "gallegas", "gallegos"], "ES-PV": ["vasca", "vasco", "vascas", "vascos"], 
  "IT-25": ["lombarda", "lombardo", "lombarde", "lombardi"], "IT-34": ["veneta", "venete", "veneti"], "IT-82": ["siciliana", "siciliano", "siciliane", "siciliani"],
  "IT-21": ["piemontese", "piemontesi"], "IT-75": ["pugliese", "pugliesi"], "IT-88": ["sarda", "sardo", "sarde", "sardi"],
  // German cities by their adjectives in -er, by their region's code as cities are ("der Hamburger Senat",
  // "der Wiener Gemeinderat"; "Münchner", "Kölner" ... stand with their Länder above); a demonym decides only
  // before an actor noun, so "Wiener Würstchen" names nothing
  "DE-HH": ["Hamburger"], "DE-BE": ["Berliner"], "DE-HB": ["Bremer"],
  "AT-9": ["Wiener"], "AT-6": ["Grazer"], "AT-5": ["Salzburger"], "AT-7": ["Innsbrucker"], "AT-4": ["Linzer"],
  "CH-ZH": ["Zürcher", "Zuercher"], "CH-BS": ["Basler"], "CH-BE": ["Berner"], "CH-GE": ["Genfer"], "CH-LU": ["Luzerner"],
  // Dutch and Flemish cities by their adjectives in -se ("de Amsterdamse gemeenteraad")
  "NL-NH": ["Amsterdamse", "Haarlemse", "Zaanse"], "NL-ZH": ["Rotterdamse", "Haagse", "Leidse", "Delftse", "Dordtse"], "NL-UT": ["Utrechtse", "Amersfoortse"],
  "NL-NB": ["Eindhovense", "Bredase", "Tilburgse", "Bossche"], "NL-GR": ["Groningse", "Groninger"], "NL-GE": ["Arnhemse", "Nijmeegse"], "NL-LI": ["Maastrichtse"],
  "NL-OV": ["Enschedese", "Zwolse"], "BE-VAN": ["Antwerpse"], "BE-VOV": ["Gentse"], "BE-BRU": ["Brusselse"], "BE-VBR": ["Leuvense"], "BE-VWV": ["Brugse"],
};

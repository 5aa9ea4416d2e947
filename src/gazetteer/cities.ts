import { MORE_CITIES } from "./subdivisions-more.js";
import { DISTRICTS } from "./districts.js";

// Cities that decide for themselves (a council, a mayor), by the ISO 3166-2 code of their
// first-level region: the event model has no city codes, and a city's decision applies inside
// its region. Its level is `local`. A city decides only as the subject right before its
// sentence's trigger ("Honolulu has banned", "Barcelona city council banned"), never as where
// a ban applies ("in Venice"), a headline's topic ("Venezia, stop ..."), where a story was
// filed, or what an article is about (steps/deciders.ts, article-place.ts). Capitals are left out (a capital often stands for its country's
// government: "Berlin", "Rome"), as are cities named like their state (São Paulo, Hamburg)
// and names shared by two places or by a common word ("Victoria", "Perth", "Córdoba",
// "Valencia", "Nice", "Portland", "Salvador").
export const CITIES: Record<string, string[]> = {
  // United States
  "US-NY": ["New York City", "NYC", "Ciudad de Nueva York", "ciudad de Nueva York", "Cidade de Nova York", "cidade de Nova York", "cidade de Nova Iorque", "ville de New York", "Stadt New York", "stad New York", "città di New York"], "US-CA": ["Los Angeles", "San Francisco", "San Diego", "Oakland"],
  "US-IL": ["Chicago"], "US-TX": ["Houston", "Dallas", "San Antonio"], "US-FL": ["Miami", "Orlando", "Tampa"],
  "US-WA": ["Seattle"], "US-MA": ["Boston"], "US-PA": ["Philadelphia", "Pittsburgh"], "US-MI": ["Detroit"], "US-GA": ["Atlanta"],
  "US-CO": ["Denver"], "US-AZ": ["Phoenix"], "US-NV": ["Las Vegas"], "US-HI": ["Honolulu"], "US-LA": ["New Orleans"],
  "US-MN": ["Minneapolis"], "US-MD": ["Baltimore"], "US-TN": ["Nashville", "Memphis"],
  // Canada, Australia
  "CA-ON": ["Toronto"], "CA-QC": ["Montreal", "Montréal"], "CA-BC": ["Vancouver"], "CA-AB": ["Calgary", "Edmonton"], "CA-MB": ["Winnipeg"],
  "AU-NSW": ["Sydney"], "AU-VIC": ["Melbourne"], "AU-QLD": ["Brisbane"], "AU-SA": ["Adelaide"], "AU-TAS": ["Hobart"],
  // Germany, Austria, Switzerland
  "DE-BY": ["Munich", "München", "Nuremberg", "Nürnberg", "Augsburg", "Regensburg", "Würzburg", "Ingolstadt"],
  "DE-NW": ["Cologne", "Köln", "Keulen", "Düsseldorf", "Dortmund", "Essen", "Münster", "Bochum", "Gelsenkirchen", "Duisburg", "Bielefeld", "Bonn", "Aachen", "Wuppertal"],
  "DE-HE": ["Frankfurt am Main", "Wiesbaden", "Kassel", "Darmstadt"], "DE-RP": ["Mainz"], "DE-SH": ["Kiel", "Lübeck"], "DE-TH": ["Erfurt", "Jena"], "DE-MV": ["Rostock"],
  "DE-BW": ["Stuttgart", "Freiburg", "Heidelberg", "Karlsruhe", "Mannheim", "Tübingen"], "DE-SN": ["Leipzig", "Dresden", "Chemnitz"],
  "DE-NI": ["Hannover", "Hanover", "Braunschweig", "Brunswick", "Göttingen", "Osnabrück", "Oldenburg", "Wolfsburg"], "DE-ST": ["Magdeburg", "Halle (Saale)"],
  "AT-6": ["Graz"], "AT-7": ["Innsbruck"], "AT-4": ["Linz"],
  "CH-ZH": ["Zürich", "Zurich"], "CH-GE": ["Geneva", "Genève", "Genf", "Ginevra", "Ginebra", "Genebra"], "CH-BS": ["Basel", "Bâle", "Basilea"],
  "CH-VD": ["Lausanne", "Losanna"], "CH-TI": ["Lugano"],
  // France, Belgium, the Netherlands
  "FR-PAC": ["Marseille", "Marseilles", "Cannes", "Avignon", "Toulon"], "FR-ARA": ["Lyon", "Lyons", "Grenoble", "Clermont-Ferrand", "Saint-Étienne"],
  "FR-OCC": ["Toulouse", "Montpellier", "Nîmes", "Perpignan"], "FR-BFC": ["Dijon", "Besançon"], "FR-NOR": ["Rouen", "Le Havre"], "FR-CVL": ["Orléans"],
  "FR-NAQ": ["Bordeaux", "Limoges", "Poitiers", "La Rochelle"], "FR-HDF": ["Lille", "Amiens"], "FR-GES": ["Strasbourg", "Reims", "Metz", "Mulhouse"],
  "FR-PDL": ["Nantes", "Le Mans"], "FR-BRE": ["Rennes", "Brest"],
  "BE-VLG": ["Antwerp", "Antwerpen", "Anvers", "Amberes", "Anversa", "Ghent", "Gent", "Gand", "Leuven", "Louvain", "Bruges", "Brugge"],
  "BE-WAL": ["Liège", "Luik", "Lüttich", "Charleroi"],
  // Amsterdam is the capital but not the seat of government (The Hague): it never stands for the Dutch state.
  "NL-NH": ["Amsterdam", "Haarlem", "Zaanstad"], "NL-ZH": ["Rotterdam", "Leiden", "Delft", "Dordrecht"], "NL-NB": ["Eindhoven", "Tilburg", "Breda", "'s-Hertogenbosch", "Den Bosch"],
  "NL-GR": ["Groningen"], "NL-UT": ["Utrecht", "Amersfoort"], "NL-GE": ["Arnhem", "Nijmegen"], "NL-LI": ["Maastricht"], "NL-OV": ["Enschede", "Zwolle"],
  // Spain, Italy
  "ES-CT": ["Barcelona", "Barcelone", "Girona", "Tarragona"], "ES-AN": ["Seville", "Sevilla", "Séville", "Siviglia", "Málaga", "Malaga", "Granada", "Cádiz"],
  "ES-PV": ["Bilbao", "San Sebastián", "Donostia"], "ES-AR": ["Zaragoza", "Saragosse"], "ES-IB": ["Palma de Mallorca"],
  "ES-GA": ["Vigo", "A Coruña", "La Coruña", "Santiago de Compostela", "Pontevedra"], "ES-VC": ["Alicante", "Alacant", "Castellón", "Benidorm"], "ES-CN": ["Las Palmas de Gran Canaria", "Santa Cruz de Tenerife"], "ES-CL": ["Valladolid", "Salamanca"], "ES-AS": ["Oviedo", "Gijón"],
  "IT-25": ["Milan", "Milano", "Milán", "Mailand", "Milaan", "Bergamo", "Brescia", "Monza"], "IT-72": ["Naples", "Napoli", "Nápoles", "Neapel", "Napels"], "IT-21": ["Turin", "Torino", "Turín", "Turijn"],
  "IT-52": ["Florence", "Firenze", "Florencia", "Florenz", "Pisa", "Siena", "Livorno"], "IT-34": ["Venice", "Venezia", "Venise", "Venecia", "Venedig", "Veneza", "Venetië", "Verona", "Padua", "Padova", "Vicenza"],
  "IT-45": ["Bologna", "Bologne", "Bolonia", "Parma", "Modena", "Rimini", "Ravenna"], "IT-42": ["Genoa", "Genova", "Gênes", "Génova", "Genua"],
  "IT-82": ["Palermo", "Catania"], "IT-75": ["Bari", "Lecce"], "IT-88": ["Cagliari"], "IT-36": ["Trieste"], "IT-55": ["Perugia"],
  // United Kingdom
  "GB-ENG": ["Manchester", "Liverpool", "Leeds", "Bristol", "Sheffield"], "GB-SCT": ["Glasgow", "Edinburgh", "Aberdeen"],
  "GB-WLS": ["Cardiff", "Swansea"], "GB-NIR": ["Belfast"],
  // Latin America
  "BR-RJ": ["Rio de Janeiro"], "BR-MG": ["Belo Horizonte"], "BR-RS": ["Porto Alegre"], "BR-PE": ["Recife"], "BR-PR": ["Curitiba"], "BR-CE": ["Fortaleza"],
  "MX-NLE": ["Monterrey"], "MX-BCN": ["Tijuana"], "MX-SIN": ["Culiacán", "Mazatlán"], "AR-S": ["Rosario"], "AR-M": ["Mendoza"],
  "CL-VS": ["Valparaíso", "Viña del Mar"], "CO-ANT": ["Medellín"], "CO-VAC": ["Cali"], "PE-ARE": ["Arequipa"],
  // Asia, Africa
  "IN-MH": ["Mumbai", "Pune"], "IN-KA": ["Bengaluru", "Bangalore"], "IN-TN": ["Chennai"], "IN-WB": ["Kolkata"],
  "CN-SH": ["Shanghai"], "CN-GD": ["Shenzhen", "Guangzhou"], "ID-BA": ["Denpasar"], "JP-27": ["Osaka"], "JP-26": ["Kyoto"],
  "TR-34": ["Istanbul", "İstanbul"], "TR-35": ["Izmir", "İzmir"], "PL-12": ["Kraków", "Krakow", "Cracow"],
  "ZA-WC": ["Cape Town"], "ZA-GP": ["Johannesburg"], "NG-KN": ["Kano"],
};

// Turkish provinces' capitals, Korea's and China's metropolitan cities, St Petersburg (subdivisions-more.ts),
// and German districts, which decide as cities do (districts.ts): added to the names a code already has.
for (const table of [MORE_CITIES, DISTRICTS]) for (const [code, names] of Object.entries(table)) CITIES[code] = [...(CITIES[code] ?? []), ...names];

// Sweden, Norway, Denmark, Belgium, Portugal and Ireland (../subdivisions-more.ts).
import { type Country, type Patterns, first, withAscii } from "./build.js";

// Sweden's counties by their name. A county named like its seat ("Stockholm") only with the word for it, in each
// language; one named by its province ("own") also alone, with and without diacritics. "län" takes the genitive ("Stockholms").
const SE_COUNTY: Patterns = { en: ["{} County"], sv: ["{} län"], region: ["Region {}"] };
export const SWEDEN: Country = {
  kinds: {
    county: { ...SE_COUNTY, de: ["Provinz {}"], fr: ["comté de {}"], es: ["provincia de {}"], it: ["contea di {}"], nl: ["provincie {}"], pt: ["condado de {}"] },
    own: { bare: ["{}"], ...SE_COUNTY },
  },
  defaults: {
    bare: ["en", withAscii], sv: ["en", (names) => names.map((n) => n + "s")], region: ["en", first],
    de: ["en", first], fr: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first], pt: ["en", first],
  },
  subs: {
    "SE-AB": { en: "Stockholm", es: "Estocolmo", it: "Stoccolma", pt: "Estocolmo" },
    "SE-AC": { kind: "own", en: "Västerbotten" },
    "SE-BD": { kind: "own", en: "Norrbotten" },
    "SE-C": { en: "Uppsala", sv: "Uppsala", es: ["Upsala", "Uppsala"] },
    "SE-D": { kind: "own", en: "Södermanland", region: "Sörmland", more: ["Sörmland"] },
    "SE-E": { kind: "own", en: "Östergötland" },
    "SE-F": { en: ["Jönköping", "Jonkoping"], sv: "Jönköpings", region: [], more: ["Region Jönköpings län"] },
    "SE-G": { kind: "own", en: "Kronoberg" },
    "SE-H": { en: "Kalmar", sv: "Kalmar", region: [], more: ["Region Kalmar län"] },
    "SE-I": { kind: "own", en: "Gotland", more: ["Gotlandia", "Gotlândia"] },
    "SE-K": { kind: "own", en: "Blekinge", sv: "Blekinge" },
    "SE-M": { kind: "own", en: ["Skåne", "Skane", "Scania"], sv: "Skåne", bare: ["Skåne", "Skane"], more: ["Provinz Schonen", "Scanie", "comté de Scanie", "Escania", "provincia de Escania", "contea di Scania", "Escânia"] },
    "SE-N": { kind: "own", en: "Halland" },
    "SE-O": { kind: "own", en: "Västra Götaland", more: ["Västra Götalandsregionen"] },
    "SE-S": { kind: "own", en: "Värmland", more: ["Vermland"] },
    "SE-T": { en: ["Örebro", "Orebro"], sv: "Örebro", region: [], more: ["Region Örebro län"] },
    "SE-U": { en: ["Västmanland", "Vastmanland"], sv: "Västmanlands" },
    "SE-W": { kind: "own", en: "Dalarna", more: ["Dalécarlie", "Dalecarlia", "Dalecárlia"] },
    "SE-X": { kind: "own", en: "Gävleborg" },
    "SE-Y": { kind: "own", en: "Västernorrland" },
    "SE-Z": { en: ["Jämtland", "Jamtland"], sv: "Jämtlands", region: "Jämtland Härjedalen", more: ["Jämtland Härjedalen"] },
  },
};

// Norway's counties by their name, alone (with and without diacritics), as a county and a fylke.
export const NORWAY: Country = {
  kinds: { county: { bare: ["{}"], en: ["{} County"], no: ["{} fylke"] } },
  defaults: { bare: ["en", withAscii], no: ["en", first] },
  subs: {
    "NO-03": ["Oslo kommune", "Oslo municipality", "Oslo City Council", "Oslo bystyre", "Oslo byråd"],
    "NO-11": { en: "Rogaland", more: ["Rogaland fylkeskommune"] },
    "NO-15": { en: "Møre og Romsdal", more: ["More og Romsdal", "Møre and Romsdal"] },
    "NO-18": { en: "Nordland" },
    "NO-21": ["Svalbard", "Spitsbergen", "Spitzbergen", "Sysselmesteren på Svalbard", "Governor of Svalbard"],
    "NO-22": ["Jan Mayen"],
    "NO-31": { en: "Østfold", more: ["Ostfold"] },
    "NO-32": { en: "Akershus" },
    "NO-33": { en: "Buskerud" },
    "NO-34": { en: "Innlandet" },
    "NO-39": { en: "Vestfold" },
    "NO-40": { en: "Telemark" },
    "NO-42": { en: "Agder" },
    "NO-46": { en: "Vestland" },
    "NO-50": { en: "Trøndelag", more: ["Trondelag"] },
    "NO-55": { en: "Troms" },
    "NO-56": { en: "Finnmark" },
  },
};

// Denmark's and Belgium's regions and provinces: names of their own in each language, as written.
export const DENMARK: Country = {
  subs: {
    "DK-81": ["North Denmark Region", "Region Nordjylland", "North Jutland Region", "Region Nordjütland", "région du Jutland-du-Nord", "Jutland-du-Nord", "Región de Jutlandia Septentrional", "Jutlandia Septentrional", "Jutlandia del Norte", "Regione dello Jutland Settentrionale", "Jutland Settentrionale", "Regio Noord-Jutland", "Região da Jutlândia do Norte", "Jutlândia do Norte"],
    "DK-82": ["Central Denmark Region", "Region Midtjylland", "Central Jutland Region", "Region Mitteljütland", "région du Jutland-Central", "Jutland-Central", "Región de Jutlandia Central", "Jutlandia Central", "Regione dello Jutland Centrale", "Jutland Centrale", "Regio Midden-Jutland", "Região da Jutlândia Central", "Jutlândia Central"],
    "DK-83": ["Region of Southern Denmark", "Southern Denmark Region", "Region Syddanmark", "Syddanmark", "Region Süddänemark", "Süddänemark", "région du Danemark-du-Sud", "Danemark-du-Sud", "Región de Dinamarca Meridional", "Dinamarca Meridional", "Regione della Danimarca Meridionale", "Danimarca Meridionale", "Regio Zuid-Denemarken", "Zuid-Denemarken", "Região da Dinamarca do Sul", "Dinamarca do Sul"],
    "DK-84": ["Capital Region of Denmark", "Danish Capital Region", "Region Hovedstaden", "Hauptstadtregion Dänemark", "région Capitale du Danemark", "Región Capital de Dinamarca", "Regione Capitale della Danimarca", "Região Capital da Dinamarca"],
    "DK-85": ["Region Zealand", "Zealand Region", "Region Sjælland", "Region Sjaelland", "Region Seeland", "région de Zélande", "Región de Selandia", "Regione della Zelanda", "Regio Seeland", "Região da Zelândia"],
  },
};

export const BELGIUM: Country = {
  subs: {
    "BE-VAN": ["Province of Antwerp", "province of Antwerp", "Antwerp province", "provincie Antwerpen", "Provincie Antwerpen", "province d'Anvers", "Provinz Antwerpen", "provincia de Amberes", "provincia di Anversa", "província de Antuérpia"],
    "BE-VBR": ["Flemish Brabant", "Vlaams-Brabant", "Vlaams Brabant", "Brabant flamand", "Flämisch-Brabant", "Brabante Flamenco", "Brabante fiammingo", "Brabante Fiammingo", "Brabante Flamengo"],
    "BE-VLI": ["Belgian Limburg", "Belgisch Limburg", "Belgisch-Limburg", "Limbourg belge", "Limburgo belga", "Limburgo Belga"],
    "BE-VOV": ["East Flanders", "Oost-Vlaanderen", "Flandre-Orientale", "Flandre orientale", "Ostflandern", "Flandes Oriental", "Fiandre Orientali", "Flandres Oriental"],
    "BE-VWV": ["West Flanders", "West-Vlaanderen", "Flandre-Occidentale", "Flandre occidentale", "Westflandern", "Flandes Occidental", "Fiandre Occidentali", "Flandres Ocidental"],
    "BE-WBR": ["Walloon Brabant", "Brabant wallon", "Waals-Brabant", "Waals Brabant", "Wallonisch-Brabant", "Brabante Valón", "Brabante vallone", "Brabante Vallone", "Brabante Valão"],
    "BE-WHT": ["Hainaut", "Province of Hainaut", "Henegouwen", "Hennegau"],
    "BE-WLG": ["Province of Liège", "province of Liège", "Liège province", "province of Liege", "Liege province", "province de Liège", "Province de Liège", "provincie Luik", "Provincie Luik", "Provinz Lüttich", "provincia de Lieja", "provincia di Liegi", "província de Liège"],
    "BE-WLX": ["Province of Luxembourg", "province of Luxembourg", "Luxembourg province", "Belgian Luxembourg", "province de Luxembourg", "Province de Luxembourg", "Luxembourg belge", "provincie Luxemburg", "Provincie Luxemburg", "Belgisch Luxemburg", "Belgisch-Luxemburg", "Provinz Luxemburg", "provincia de Luxemburgo", "provincia del Lussemburgo", "província de Luxemburgo"],
    "BE-WNA": ["Province of Namur", "province of Namur", "Namur province", "province de Namur", "Province de Namur", "provincie Namen", "Provincie Namen", "Provinz Namur", "provincia de Namur", "provincia di Namur", "província de Namur"],
  },
};

// Portugal's districts, named like their capitals, by their Portuguese name (with its article: "a Guarda", "distrito
// da Guarda"), in English also without diacritics.
export const PORTUGAL: Country = {
  kinds: { district: {
    pt: ["distrito de {}", "Distrito de {}"], en: ["{} district", "{} District", "district of {}", "District of {}"],
    fr: ["district de {}"], de: ["Distrikt {}"], it: ["distretto di {}"], nl: ["district {}"],
  } },
  defaults: { en: ["pt", withAscii], fr: ["pt"], de: ["pt"], it: ["pt"], nl: ["pt"] },
  subs: {
    "PT-01": { pt: "Aveiro" },
    "PT-02": { pt: "Beja" },
    "PT-03": { pt: "Braga" },
    "PT-04": { pt: ["Bragança", "Braganca"], more: ["distrito de Braganza", "Braganza district"] },
    "PT-05": { pt: "Castelo Branco" },
    "PT-06": { pt: "Coimbra" },
    "PT-07": { pt: ["Évora", "Evora"] },
    "PT-08": { pt: "Faro", more: ["Algarve", "região do Algarve", "Região do Algarve"] },
    "PT-09": { pt: "a Guarda", en: "Guarda", fr: "Guarda", de: "Guarda", it: "Guarda", nl: "Guarda", more: ["distrito de Guarda"] },
    "PT-10": { pt: "Leiria" },
    "PT-12": { pt: "Portalegre" },
    "PT-13": { pt: "o Porto", en: "Porto", fr: "Porto", de: "Porto", it: ["Porto", "Oporto"], nl: "Porto", more: ["distrito de Oporto", "Oporto district"] },
    "PT-14": { pt: ["Santarém", "Santarem"] },
    "PT-15": { pt: ["Setúbal", "Setubal"] },
    "PT-16": { pt: "Viana do Castelo" },
    "PT-17": { pt: "Vila Real" },
    "PT-18": { pt: "Viseu" },
  },
};

// Ireland's counties by their English and Irish names ("Contae Chorcaí"); the other languages' are the English one.
export const IRELAND: Country = {
  kinds: { county: {
    en: ["County {}", "Co. {}", "Co {}", "{} County", "county {}", "{} County Council"], ga: ["Contae {}"],
    fr: ["comté de {}"], de: ["Grafschaft {}"], es: ["condado de {}"], it: ["contea di {}"], nl: ["graafschap {}"],
  } },
  defaults: { fr: ["en", first], de: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first] },
  subs: {
    "IE-CW": { en: "Carlow", ga: "Cheatharlach" },
    "IE-CN": { en: "Cavan", ga: "an Chabháin" },
    "IE-CE": { en: "Clare", ga: "an Chláir" },
    "IE-CO": { en: "Cork", ga: "Chorcaí" },
    "IE-DL": { en: "Donegal", ga: "Dhún na nGall" },
    "IE-D": { ga: "Bhaile Átha Cliath", fr: "Dublin", de: "Dublin", es: ["Dublín", "Dublin"], it: "Dublino", nl: "Dublin", more: ["County Dublin", "Co. Dublin", "Co Dublin", "Dublin County", "county Dublin", "Dublin City Council", "Fingal County Council", "South Dublin County Council", "Dún Laoghaire-Rathdown County Council", "Dun Laoghaire-Rathdown County Council", "Dún Laoghaire–Rathdown County Council"] },
    "IE-G": { en: "Galway", ga: "na Gaillimhe" },
    "IE-KY": { en: "Kerry", ga: "Chiarraí" },
    "IE-KE": { en: "Kildare", ga: "Chill Dara" },
    "IE-KK": { en: "Kilkenny", ga: "Chill Chainnigh" },
    "IE-LS": { en: "Laois", ga: "Laoise", more: ["Laois"] },
    "IE-LM": { en: "Leitrim", ga: "Liatroma" },
    "IE-LK": { en: "Limerick", ga: "Luimnigh", more: ["Limerick City and County Council"] },
    "IE-LD": { en: "Longford", ga: "an Longfoirt" },
    "IE-LH": { en: "Louth", ga: "Lú" },
    "IE-MO": { en: "Mayo", ga: "Mhaigh Eo" },
    "IE-MH": { en: "Meath", ga: "na Mí", more: ["Meath"] },
    "IE-MN": { en: "Monaghan", ga: "Mhuineacháin" },
    "IE-OY": { en: "Offaly", ga: "Uíbh Fhailí", more: ["Offaly"] },
    "IE-RN": { en: "Roscommon", ga: "Ros Comáin" },
    "IE-SO": { en: "Sligo", ga: "Shligigh" },
    "IE-TA": { en: "Tipperary", ga: "Thiobraid Árann" },
    "IE-WD": { en: "Waterford", ga: "Phort Láirge", more: ["Waterford City and County Council"] },
    "IE-WH": { en: "Westmeath", ga: "na hIarmhí", more: ["Westmeath"] },
    "IE-WX": { en: "Wexford", ga: "Loch Garman" },
    "IE-WW": { en: "Wicklow", ga: "Chill Mhantáin" },
  },
};

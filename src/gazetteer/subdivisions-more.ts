// First-level subdivisions of more countries (ISO 3166-2 codes as of 2024: Poland's numeric codes since
// 2018, Norway's counties of 2024): the names news use for them in English, the country's language with
// its case forms (Polish, Russian, Ukrainian), and the other full languages' spellings. A subdivision
// named like its own capital city (Osaka, Liège, the Russian and Ukrainian oblasts) only with the word
// for it ("Osaka Prefecture", "province de Liège", "Вологодская область"); Turkish provinces also by
// the city's name and governorship ("İstanbul Valiliği"), except Ankara (the national capital).
// Compiled from general knowledge; codes checked against ISO 3166-2 (pycountry 26.2.16).
//
// A country's forms repeat its pattern words for every subdivision ("X Oblast", "Oblast X", "Xская область"),
// so they are built from the country's patterns and each subdivision's names (subdivisions-more/*.ts, built
// by subdivisions-more/build.ts); forms of no pattern, and countries whose subdivisions share none, are written out.
import { KENYA, NEW_ZEALAND, NIGERIA, SOUTH_AFRICA } from "./subdivisions-more/africa-oceania.js";
import { ARGENTINA, CHILE, COLOMBIA, PERU } from "./subdivisions-more/americas.js";
import { CHINA, INDONESIA, JAPAN, MALAYSIA, PAKISTAN, PHILIPPINES, SOUTH_KOREA, THAILAND, TURKEY, VIETNAM } from "./subdivisions-more/asia.js";
import { build } from "./subdivisions-more/build.js";
import { BULGARIA, CROATIA, CZECHIA, GREECE, HUNGARY, POLAND, ROMANIA, RUSSIA, UKRAINE } from "./subdivisions-more/europe-east.js";
import { BELGIUM, DENMARK, IRELAND, NORWAY, PORTUGAL, SWEDEN } from "./subdivisions-more/europe-west.js";

export const MORE_SUBDIVISIONS: Record<string, string[]> = Object.fromEntries([
  POLAND, RUSSIA, TURKEY, INDONESIA, SWEDEN, NORWAY, DENMARK, UKRAINE, BELGIUM, CHINA, JAPAN, SOUTH_KOREA, NEW_ZEALAND, PORTUGAL, IRELAND, GREECE,
  CZECHIA, HUNGARY, ROMANIA, BULGARIA, CROATIA, ARGENTINA, CHILE, COLOMBIA, PERU, NIGERIA, SOUTH_AFRICA, KENYA, PAKISTAN, MALAYSIA, THAILAND,
  PHILIPPINES, VIETNAM,
].flatMap(build));

// The cities among them (a Turkish province's capital, a Korean or Chinese metropolitan city, St Petersburg),
// read as cities.ts reads its own: deciding only as their sentence's subject.
export const MORE_CITIES: Record<string, string[]> = {
  "RU-SPE": ["Saint Petersburg", "St. Petersburg", "St Petersburg", "Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербургу", "Санкт-Петербургом", "Санкт-Петербурге", "Петербург", "Петербурга", "Петербургу", "Петербургом", "Петербурге", "Sankt Petersburg", "Sankt-Petersburg", "Saint-Pétersbourg", "San Petersburgo", "San Pietroburgo", "Sint-Petersburg", "São Petersburgo"],
  "TR-01": ["Adana"],
  "TR-02": ["Adıyaman", "Adiyaman"],
  "TR-03": ["Afyonkarahisar", "Afyon"],
  "TR-04": ["Ağrı", "Agri province"],
  "TR-05": ["Amasya"],
  "TR-07": ["Antalya"],
  "TR-08": ["Artvin"],
  "TR-09": ["Aydin province", "Provinz Aydin", "province d'Aydin", "provincia de Aydin", "provincia di Aydin", "provincie Aydin", "província de Aydin"],
  "TR-10": ["Balıkesir", "Balikesir"],
  "TR-11": ["Bilecik"],
  "TR-12": ["Bingöl", "Bingol"],
  "TR-13": ["Bitlis"],
  "TR-14": ["Bolu"],
  "TR-15": ["Burdur"],
  "TR-17": ["Çanakkale", "Canakkale"],
  "TR-18": ["Çankırı", "Cankiri"],
  "TR-20": ["Denizli"],
  "TR-21": ["Diyarbakır", "Diyarbakir"],
  "TR-22": ["Edirne"],
  "TR-23": ["Elazığ", "Elazig"],
  "TR-24": ["Erzincan"],
  "TR-25": ["Erzurum"],
  "TR-26": ["Eskişehir", "Eskisehir"],
  "TR-27": ["Gaziantep", "Antep"],
  "TR-28": ["Giresun"],
  "TR-29": ["Gümüşhane", "Gumushane"],
  "TR-30": ["Hakkâri", "Hakkari"],
  "TR-31": ["Hatay"],
  "TR-32": ["Isparta"],
  "TR-33": ["Mersin"],
  "TR-34": ["Estambul", "Istambul", "Istanboel"],
  "TR-36": ["Kars"],
  "TR-37": ["Kastamonu"],
  "TR-38": ["Kayseri"],
  "TR-39": ["Kırklareli", "Kirklareli"],
  "TR-40": ["Kırşehir", "Kirsehir"],
  "TR-41": ["Kocaeli"],
  "TR-42": ["Konya"],
  "TR-43": ["Kütahya", "Kutahya"],
  "TR-44": ["Malatya"],
  "TR-45": ["Manisa"],
  "TR-46": ["Kahramanmaraş", "Kahramanmaras"],
  "TR-47": ["Mardin"],
  "TR-48": ["Muğla", "Mugla"],
  "TR-49": ["Mus province", "Provinz Mus", "province de Mus", "provincia de Mus", "provincia di Mus", "provincie Mus", "província de Mus"],
  "TR-50": ["Nevşehir", "Nevsehir"],
  "TR-51": ["Niğde", "Nigde"],
  "TR-52": ["Ordu province", "Provinz Ordu", "province d'Ordu", "provincia de Ordu", "provincia di Ordu", "provincie Ordu", "província de Ordu"],
  "TR-53": ["Rize"],
  "TR-54": ["Sakarya"],
  "TR-55": ["Samsun"],
  "TR-56": ["Siirt"],
  "TR-57": ["Sinop"],
  "TR-58": ["Sivas"],
  "TR-59": ["Tekirdağ", "Tekirdag"],
  "TR-60": ["Tokat"],
  "TR-61": ["Trabzon"],
  "TR-62": ["Tunceli", "Dersim"],
  "TR-63": ["Şanlıurfa", "Sanliurfa", "Urfa"],
  "TR-64": ["Uşak", "Usak"],
  "TR-65": ["Van province", "Provinz Van", "province de Van", "provincia de Van", "provincia di Van", "provincie Van", "província de Van"],
  "TR-66": ["Yozgat"],
  "TR-67": ["Zonguldak"],
  "TR-68": ["Aksaray province", "Provinz Aksaray", "province d'Aksaray", "provincia de Aksaray", "provincia di Aksaray", "provincie Aksaray", "província de Aksaray"],
  "TR-69": ["Bayburt"],
  "TR-71": ["Kırıkkale", "Kirikkale"],
  "TR-72": ["Batman province", "Provinz Batman", "province de Batman", "provincia de Batman", "provincia di Batman", "provincie Batman", "província de Batman"],
  "TR-73": ["Şırnak", "Sirnak"],
  "TR-74": ["Bartın", "Bartin"],
  "TR-75": ["Ardahan"],
  "TR-76": ["Iğdır", "Igdir"],
  "TR-77": ["Yalova"],
  "TR-78": ["Karabük", "Karabuk"],
  "TR-79": ["Kilis"],
  "TR-80": ["Osmaniye"],
  "TR-81": ["Düzce", "Duzce"],
  "CN-CQ": ["Chongqing", "Chungking"],
  "CN-SH": ["Shanghái", "Xangai", "Schanghai"],
  "CN-TJ": ["Tianjin", "Tientsin"],
  "KR-26": ["Busan", "Pusan", "Busán"],
  "KR-27": ["Daegu", "Taegu"],
  "KR-28": ["Incheon", "Inchon"],
  "KR-29": ["Gwangju", "Kwangju"],
  "KR-30": ["Daejeon", "Taejon"],
  "KR-31": ["Ulsan"],
};

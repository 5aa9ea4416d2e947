// Capitals as cities: a capital's name usually stands for its country's government ("Paris",
// "Moscow"), so places.ts reads it as the country. Beside a local body ("Paris city council",
// "la mairie de Paris", "Prague City Council", "el Ayuntamiento de Madrid") it is the city
// deciding for itself, with its own ISO 3166-2 code: the capital's region, or the city where
// the standard lists it as one (FR-75C Paris, CZ-10 Prague, DE-BE Berlin, AT-9 Vienna).
// Names in the languages that write them differently; a capital named like its country
// (Mexico, Luxembourg, Singapore) is left out. Cities named like their state (São Paulo, Rio de
// Janeiro, New York), which cities.ts leaves out for that reason, are here too: beside a local body they
// are the city, whose code is its state's.
export const CAPITAL_CITIES: Record<string, string[]> = {
  "FR-75C": ["Paris", "Parijs", "París", "Parigi"],
  "CZ-10": ["Prague", "Praha", "Prag", "Praga", "Praag"],
  "DE-BE": ["Berlin", "Berlijn", "Berlino", "Berlim"],
  "AT-9": ["Vienna", "Wien", "Vienne", "Viena", "Wenen"],
  "ES-MD": ["Madrid"],
  // the seat of the Dutch government, written for it as a capital is
  "NL-ZH": ["Den Haag", "The Hague", "La Haye"],
  "IT-62": ["Rome", "Roma", "Rom"],
  "PT-11": ["Lisbon", "Lisboa", "Lisbonne", "Lissabon", "Lisbona"],
  "BE-BRU": ["Brussels", "Bruxelles", "Brussel", "Brüssel", "Bruselas", "Bruxelas"],
  "DK-84": ["Copenhagen", "København", "Copenhague", "Kopenhagen", "Copenaghen", "Copenhaga"],
  "SE-AB": ["Stockholm", "Estocolmo", "Stoccolma"],
  "NO-03": ["Oslo"],
  "FI-18": ["Helsinki", "Helsingfors"],
  "PL-14": ["Warsaw", "Warszawa", "Varsovie", "Warschau", "Varsovia", "Varsavia", "Varsóvia"],
  "HU-BU": ["Budapest", "Boedapest"],
  "GR-I": ["Athens", "Athènes", "Athen", "Atenas", "Atene", "Athene"],
  "IE-D": ["Dublin", "Dublino"],
  "GB-LND": ["London", "Londres", "Londra", "Londen"],
  "RU-MOW": ["Moscow", "Moscou", "Moskau", "Moscú", "Mosca", "Moscovo", "Moskou", "Москва", "Moskwa"],
  "UA-30": ["Kyiv", "Kiev", "Kiew", "Kijów", "Київ", "Киев"],
  "TR-06": ["Ankara"],
  "JP-13": ["Tokyo", "Tokio", "Tóquio"],
  "KR-11": ["Seoul", "Séoul", "Seúl"],
  "CN-BJ": ["Beijing", "Pékin", "Peking", "Pekín", "Pechino", "Pequim"],
  "VN-HN": ["Hanoi", "Hà Nội", "Hanói"],
  "TH-10": ["Bangkok", "Bangkoks"],
  "ID-JK": ["Jakarta", "Djakarta", "Yakarta", "Giacarta"],
  "IN-DL": ["New Delhi", "Neu-Delhi", "Nueva Delhi", "Nuova Delhi", "Nova Déli"],
  "AR-C": ["Buenos Aires"],
  "CO-DC": ["Bogotá", "Bogota"],
  "PE-LMA": ["Lima"],
  "CL-RM": ["Santiago de Chile"],
  "EC-P": ["Quito"],
  "BR-DF": ["Brasília", "Brasilia"],
  "US-DC": ["Washington, D.C.", "Washington DC", "Washington D.C."],
  "CA-ON": ["Ottawa"],
  "AU-ACT": ["Canberra"],
  "EG-C": ["Cairo", "Le Caire", "Kairo", "El Cairo", "Il Cairo"],
  "KE-30": ["Nairobi"],
  "BR-SP": ["São Paulo", "Sao Paulo"],
  "BR-RJ": ["Rio de Janeiro"],
  "MX-CMX": ["Mexico City", "Ciudad de México", "Ciudad de Mexico", "Cidade do México"],
  "US-NY": ["New York", "New York City", "Nueva York", "Nova York", "Nova Iorque"],
};

/**
 * Subdivisions that are their country's capital (Mexico City, Bogotá, Buenos Aires, Brasília, Washington): a
 * dateline naming one ("Ciudad de México.- ") says where a national story was filed, so it places the story
 * in the country, as a capital's dateline does.
 */
export const CAPITAL_DISTRICTS: ReadonlySet<string> = new Set(["MX-CMX", "CO-DC", "AR-C", "BR-DF", "US-DC", "MY-14", "NG-FC", "PE-LMA"]);

// Poland, Russia, Ukraine, Greece, Czech Republic, Hungary, Romania, Bulgaria and Croatia (../subdivisions-more.ts).
import { type Country, type Patterns, ascii, each, first, title, withAscii } from "./build.js";

// Poland: each voivodeship by its English name, the stem of the Polish adjective ("dolnośląsk": "województwo
// dolnośląskie", "województwa dolnośląskiego" ...) and its name in the other languages where it is not the English one.
export const POLAND: Country = {
  kinds: { voivodeship: {
    en: ["{} Voivodeship", "{} Province"],
    pl: ["województwo {}ie", "województwa {}iego", "województwu {}iemu", "województwem {}im", "województwie {}im"],
    // the adjective capitalised, as a title and alone ("Dolnośląskie")
    Pl: ["Województwo {}ie", "Województwa {}iego", "Województwie {}im", "{}ie", "{}iem", "{}ie Voivodeship"],
    de: ["Woiwodschaft {}"], fr: ["voïvodie de {}"], es: ["voivodato de {}"], it: ["voivodato di {}"], nl: ["woiwodschap {}"], pt: ["voivodia de {}"],
  } },
  defaults: { Pl: ["pl", each(title)], de: ["en"], fr: ["en"], es: ["en"], it: ["en"], nl: ["en"], pt: ["en"] },
  subs: {
    "PL-02": { en: "Lower Silesian", pl: "dolnośląsk", de: "Niederschlesien", fr: "Basse-Silésie", es: "Baja Silesia", it: "la Bassa Slesia", nl: "Neder-Silezië", pt: "a Baixa Silésia", more: ["Lower Silesia Voivodeship", "Dolnoslaskie"] },
    "PL-04": { en: "Kuyavian-Pomeranian", pl: "kujawsko-pomorsk", de: "Kujawien-Pommern", fr: "Couïavie-Poméranie", es: "Cuyavia y Pomerania", it: "la Cuiavia-Pomerania", nl: "Koejavië-Pommeren", pt: "a Cujávia-Pomerânia", more: ["Kuyavia-Pomerania"] },
    "PL-06": { en: "Lublin", pl: "lubelsk", it: "Lublino" },
    "PL-08": { en: "Lubusz", pl: "lubusk", de: "Lebus", pt: "a Lubúsquia" },
    "PL-10": { en: ["Łódź", "Lodz"], pl: "łódzk", it: "Łódź", nl: "Łódź", more: ["Lodzkie"] },
    "PL-12": { en: "Lesser Poland", pl: "małopolsk", de: "Kleinpolen", fr: "Petite-Pologne", es: "Pequeña Polonia", it: "la Piccola Polonia", nl: "Klein-Polen", pt: ["a Pequena Polônia", "a Pequena Polónia"], more: ["Małopolska Voivodeship", "Malopolska Voivodeship", "Malopolskie"] },
    "PL-14": { en: "Masovian", pl: "mazowieck", de: "Masowien", fr: "Mazovie", es: "Mazovia", it: "la Masovia", nl: "Mazovië", pt: "a Mazóvia", more: ["Mazovian Voivodeship"] },
    "PL-16": { en: "Opole", pl: "opolsk", de: ["Oppeln", "Opole"] },
    "PL-18": { en: "Subcarpathian", pl: "podkarpack", de: "Karpatenvorland", fr: "les Basses-Carpates", es: "Subcarpacia", it: "la Precarpazia", nl: "Subkarpaten", pt: "a Subcarpácia" },
    "PL-20": { en: "Podlaskie", pl: "podlask", de: "Podlachien", fr: "Podlachie", es: "Podlaquia", it: "la Podlachia", nl: "Podlachië", pt: "a Podláquia", more: ["Podlasie Voivodeship"] },
    "PL-22": { en: "Pomeranian", pl: "pomorsk", de: "Pommern", fr: "Poméranie", es: "Pomerania", it: "la Pomerania", nl: "Pommeren", pt: "a Pomerânia" },
    "PL-24": { en: "Silesian", pl: "śląsk", de: "Schlesien", fr: "Silésie", es: "Silesia", it: "la Slesia", nl: "Silezië", pt: "a Silésia", more: ["Slaskie"] },
    "PL-26": { en: ["Świętokrzyskie", "Holy Cross"], pl: "świętokrzysk", de: ["Heiligkreuz", "Świętokrzyskie"], fr: "Sainte-Croix", es: "Santa Cruz", it: "la Santa Croce", nl: "Święty Krzyż", pt: "Santa Cruz", more: ["Swietokrzyskie Voivodeship", "Swietokrzyskie"] },
    "PL-28": { en: "Warmian-Masurian", pl: "warmińsko-mazursk", de: "Ermland-Masuren", fr: "Varmie-Mazurie", es: "Varmia y Masuria", it: "la Varmia-Masuria", nl: "Ermland-Mazurië", pt: "a Vármia-Masúria", more: ["Warmia-Masuria", "Warminsko-Mazurskie"] },
    "PL-30": { en: "Greater Poland", pl: "wielkopolsk", de: "Großpolen", fr: "Grande-Pologne", es: "Gran Polonia", it: "la Grande Polonia", nl: "Groot-Polen", pt: ["a Grande Polônia", "a Grande Polónia"], more: ["Wielkopolska Voivodeship"] },
    "PL-32": { en: "West Pomeranian", pl: "zachodniopomorsk", de: "Westpommern", fr: "Poméranie-Occidentale", es: "Pomerania Occidental", it: "la Pomerania Occidentale", nl: "West-Pommeren", pt: "a Pomerânia Ocidental" },
  },
};

// The Russian and Ukrainian oblasts are named like their capital cities: only with the word for them.
const EN_OBLAST = ["{} Oblast", "{} oblast", "{} region", "{} Region"];
// The Russian adjective's stem ("Амурск") in its cases: nominative, genitive, accusative, instrumental.
const RU_OBLAST = ["{}ая область", "{}ой области", "{}ую область", "{}ой областью"];
const OBLAST = { de: ["Oblast {}", "Gebiet {}", "Region {}"], fr: ["oblast de {}", "région de {}"], es: ["óblast de {}", "región de {}", "provincia de {}"], it: ["oblast di {}", "regione di {}"] };

// Russia's oblasts, krais and autonomous okrugs by their English name, the Russian adjective's stem and their
// names in the other languages where they are not the English one (the first, where English has several).
export const RUSSIA: Country = {
  kinds: {
    oblast: { en: EN_OBLAST, ru: RU_OBLAST, ...OBLAST, nl: ["oblast {}", "regio {}"], pt: ["oblast de {}", "região de {}"] },
    krai: {
      en: ["{} Krai", "{} krai", "{} Territory", "{} territory", "{} region", "{} Region"],
      ru: ["{}ий край", "{}ого края", "{}ому краю", "{}им краем", "{}ом крае"],
      de: ["Region {}", "Krai {}", "Gebiet {}"], fr: ["kraï de {}", "région de {}", "territoire de {}"], es: ["krai de {}", "región de {}", "territorio de {}"],
      it: ["territorio di {}", "regione di {}", "kraj di {}"], nl: ["kraj {}", "regio {}"], pt: ["região de {}"],
    },
    okrug: {
      en: ["{} Autonomous Okrug", "{} Autonomous District", "{} Autonomous Area"],
      ru: ["{}ий автономный округ", "{}ого автономного округа", "{}ому автономному округу", "{}им автономным округом", "{}ом автономном округе",
        "{}ий АО", "{}ого АО", "{}ому АО", "{}им АО", "{}ом АО"],
      de: ["Autonomer Kreis der {}"], fr: ["district autonome de {}"], es: ["distrito autónomo de {}"], it: ["circondario autonomo di {}"], pt: ["Distrito Autônomo de {}"],
    },
  },
  defaults: { de: ["en", first], fr: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first], pt: ["en", first] },
  subs: {
    "RU-AMU": { en: "Amur", ru: "Амурск", fr: "l'Amour", nl: "Amoer" },
    "RU-ARK": { en: "Arkhangelsk", ru: "Архангельск", de: "Archangelsk", es: ["Arjángelsk", "Arkhangelsk"], it: ["Arkhangelsk", "Arcangelo"], nl: "Archangelsk" },
    "RU-AST": { en: "Astrakhan", ru: "Астраханск", de: "Astrachan", es: "Astracán", it: ["Astrakhan", "Astrachan'"], nl: "Astrachan", pt: ["Astrakhan", "Astracã"] },
    "RU-BEL": { en: "Belgorod", ru: "Белгородск", es: ["Bélgorod", "Belgorod"] },
    "RU-BRY": { en: "Bryansk", ru: "Брянск", de: "Brjansk", fr: "Briansk", es: "Briansk", it: ["Brjansk", "Bryansk"], nl: "Brjansk", pt: "Briansk" },
    "RU-VLA": { en: "Vladimir", ru: "Владимирск", de: "Wladimir", es: ["Vladímir", "Vladimir"] },
    "RU-VGG": { en: "Volgograd", ru: "Волгоградск", de: "Wolgograd", es: "Volgogrado", nl: "Wolgograd", pt: "Volgogrado" },
    "RU-VLG": { en: "Vologda", ru: "Вологодск", de: "Wologda", es: ["Vólogda", "Vologda"] },
    "RU-VOR": { en: "Voronezh", ru: "Воронежск", de: "Woronesch", fr: "Voronej", es: ["Vorónezh", "Voronezh"], it: ["Voronež", "Voronezh"], nl: "Voronezj", pt: ["Voronej", "Voronezh"] },
    "RU-IVA": { en: "Ivanovo", ru: "Ивановск", de: "Iwanowo", es: "Ivánovo" },
    "RU-IRK": { en: "Irkutsk", ru: "Иркутск", fr: "Irkoutsk", nl: "Irkoetsk" },
    "RU-KLU": { en: "Kaluga", ru: "Калужск", fr: "Kalouga", nl: "Kaloega" },
    "RU-KEM": { en: "Kemerovo", ru: "Кемеровск", de: "Kemerowo", es: ["Kémerovo", "Kemerovo"], more: ["Kuzbass", "Kusbass", "Кузбасс", "Кузбасса", "Кузбассу", "Кузбассом", "Кузбассе"] },
    "RU-KIR": { en: "Kirov", ru: "Кировск", de: "Kirow", es: ["Kírov", "Kirov"] },
    "RU-KOS": { en: "Kostroma", ru: "Костромск", es: ["Kostromá", "Kostroma"] },
    "RU-KGN": { en: "Kurgan", ru: "Курганск", fr: "Kourgan", es: ["Kurgán", "Kurgan"], nl: "Koergan" },
    "RU-KRS": { en: "Kursk", ru: "Курск", fr: "Koursk", nl: "Koersk" },
    "RU-LEN": { en: "Leningrad", ru: "Ленинградск", fr: "Léningrad", es: "Leningrado", it: "Leningrado", pt: "Leningrado", more: ["Ленобласть", "Ленобласти", "Ленобластью"] },
    "RU-LIP": { en: "Lipetsk", ru: "Липецк", de: "Lipezk", es: ["Lípetsk", "Lipetsk"], it: ["Lipetsk", "Lipeck"] },
    "RU-MAG": { en: "Magadan", ru: "Магаданск", es: "Magadán" },
    "RU-MOS": { en: "Moscow", ru: "Московск", de: "Moskau", fr: "Moscou", es: "Moscú", it: "Mosca", nl: "Moskou", pt: ["Moscou", "Moscovo"], more: ["Podmoskovye", "Подмосковье", "Подмосковья", "Подмосковью", "Подмосковьем"] },
    "RU-MUR": { en: "Murmansk", ru: "Мурманск", fr: "Mourmansk", es: ["Múrmansk", "Murmansk"], nl: "Moermansk" },
    "RU-NIZ": { en: "Nizhny Novgorod", ru: "Нижегородск", de: "Nischni Nowgorod", fr: "Nijni Novgorod", es: ["Nizhni Nóvgorod", "Nizhni Novgorod"], it: ["Nižnij Novgorod", "Nizhny Novgorod"], nl: "Nizjni Novgorod", pt: ["Nizhny Novgorod", "Níjni Novgorod"] },
    "RU-NGR": { en: "Novgorod", ru: "Новгородск", de: "Nowgorod", es: ["Nóvgorod", "Novgorod"] },
    "RU-NVS": { en: "Novosibirsk", ru: "Новосибирск", de: "Nowosibirsk", fr: "Novossibirsk" },
    "RU-OMS": { en: "Omsk", ru: "Омск" },
    "RU-ORE": { en: "Orenburg", ru: "Оренбургск", fr: "Orenbourg", es: "Oremburgo", pt: "Oremburgo" },
    "RU-ORL": { en: ["Oryol", "Orel"], ru: "Орловск", de: ["Orjol", "Orel"], fr: ["Orel", "Orël"], es: ["Oriol", "Orel"], it: ["Orel", "Orël"], nl: "Orjol", pt: ["Orel", "Oriol"] },
    "RU-PNZ": { en: "Penza", ru: "Пензенск", de: ["Pensa", "Penza"] },
    "RU-PSK": { en: "Pskov", ru: "Псковск", de: "Pskow" },
    "RU-ROS": { en: "Rostov", ru: "Ростовск", de: "Rostow" },
    "RU-RYA": { en: "Ryazan", ru: "Рязанск", de: "Rjasan", fr: "Riazan", es: "Riazán", it: ["Rjazan'", "Ryazan"], nl: "Rjazan", pt: "Riazan" },
    "RU-SAM": { en: "Samara", ru: "Самарск" },
    "RU-SAR": { en: "Saratov", ru: "Саратовск", de: "Saratow", es: ["Sarátov", "Saratov"] },
    "RU-SAK": { en: "Sakhalin", ru: "Сахалинск", de: "Sachalin", fr: "Sakhaline", es: "Sajalín", it: ["Sachalin", "Sakhalin"], nl: "Sachalin", pt: ["Sakhalin", "Sacalina"], more: ["Sakhalin", "Sachalin", "Sakhaline", "Sajalín", "Сахалин", "Сахалина", "Сахалину", "Сахалином", "Сахалине"] },
    "RU-SVE": { en: "Sverdlovsk", ru: "Свердловск", de: "Swerdlowsk" },
    "RU-SMO": { en: "Smolensk", ru: "Смоленск" },
    "RU-TAM": { en: "Tambov", ru: "Тамбовск", de: "Tambow" },
    "RU-TVE": { en: "Tver", ru: "Тверск", de: "Twer", it: ["Tver", "Tver'"] },
    "RU-TOM": { en: "Tomsk", ru: "Томск" },
    "RU-TUL": { en: "Tula", ru: "Тульск", fr: "Toula", nl: "Toela" },
    "RU-TYU": { en: "Tyumen", ru: "Тюменск", de: "Tjumen", fr: "Tioumen", es: "Tiumén", it: ["Tjumen'", "Tyumen"], nl: "Tjoemen", pt: "Tiumen" },
    "RU-ULY": { en: "Ulyanovsk", ru: "Ульяновск", de: "Uljanowsk", fr: "Oulianovsk", es: ["Uliánovsk", "Ulianovsk"], it: ["Ul'janovsk", "Ulyanovsk"], nl: "Oeljanovsk", pt: "Ulianovsk" },
    "RU-CHE": { en: "Chelyabinsk", ru: "Челябинск", de: "Tscheljabinsk", fr: "Tcheliabinsk", es: ["Cheliábinsk", "Cheliabinsk"], it: ["Čeljabinsk", "Chelyabinsk"], nl: "Tsjeljabinsk", pt: ["Tcheliabinsk", "Chelyabinsk"] },
    "RU-YAR": { en: "Yaroslavl", ru: "Ярославск", de: "Jaroslawl", fr: [], it: ["Jaroslavl'", "Yaroslavl"], nl: "Jaroslavl", pt: ["Iaroslavl", "Yaroslavl"], more: ["région de Iaroslavl"] },
    "RU-YEV": ["Jewish Autonomous Oblast", "Jewish Autonomous Region", "Еврейская автономная область", "Еврейской автономной области", "Еврейскую автономную область", "Еврейской автономной областью", "Jüdische Autonome Oblast", "Jüdisches Autonomes Gebiet", "oblast autonome juif", "région autonome juive", "óblast autónomo hebreo", "Óblast Autónomo Hebreo", "oblast autonoma ebraica", "Oblast' autonoma ebraica", "Joodse Autonome Oblast", "Oblast Autônomo Judaico", "Oblast Autónomo Judeu"],
    "RU-KDA": { kind: "krai", en: "Krasnodar", ru: "Краснодарск" },
    "RU-KYA": { kind: "krai", en: "Krasnoyarsk", ru: "Красноярск", de: "Krasnojarsk", fr: "Krasnoïarsk", it: ["Krasnoyarsk", "Krasnojarsk"], nl: "Krasnojarsk", more: ["krai de Krasnoiarsk", "região de Krasnoiarsk"] },
    "RU-PER": { kind: "krai", en: "Perm", ru: "Пермск", it: ["Perm", "Perm'"] },
    "RU-STA": { kind: "krai", en: "Stavropol", ru: "Ставропольск", de: "Stawropol", es: ["Stávropol", "Stavropol"], it: ["Stavropol", "Stavropol'"], more: ["Ставрополье", "Ставрополья", "Ставрополью", "Ставропольем"] },
    "RU-KHA": { kind: "krai", en: "Khabarovsk", ru: "Хабаровск", de: "Chabarowsk", es: ["Jabárovsk", "Jabarovsk"], it: ["Chabarovsk", "Khabarovsk"], nl: "Chabarovsk", more: ["krai de Khabarovsk"] },
    "RU-ALT": { kind: "krai", ru: "Алтайск", more: ["Altai Krai", "Altai krai", "Altai Territory", "Altay Krai", "Altaisky Krai", "Region Altai", "Krai Altai", "kraï de l'Altaï", "territoire de l'Altaï", "krai de Altái", "krai de Altai", "territorio dell'Altaj", "territorio dell'Altai", "kraj Altaj"] },
    "RU-ZAB": { kind: "krai", ru: "Забайкальск", more: ["Zabaykalsky Krai", "Zabaykalsky krai", "Zabaikalsky Krai", "Zabaikalsky krai", "Trans-Baikal Territory", "Trans-Baikal Krai", "Transbaikal Krai", "Transbaikal Territory", "Region Transbaikalien", "Krai Transbaikalien", "kraï de Transbaïkalie", "territoire de Transbaïkalie", "krai de Zabaikalie", "krai de Transbaikalia", "territorio della Transbajkalia", "kraj Transbajkal", "krai de Zabaikalsky"] },
    "RU-KAM": { kind: "krai", ru: "Камчатск", more: ["Kamchatka Krai", "Kamchatka krai", "Kamchatka Territory", "Kamchatka territory", "Kamchatka region", "Kamchatka Region", "Kamchatka", "Kamtschatka", "Kamtchatka", "Kamčatka", "Kamtsjatka", "Камчатка", "Камчатки", "Камчатке", "Камчатку", "Камчаткой", "Region Kamtschatka", "kraï du Kamtchatka", "krai de Kamchatka", "territorio della Kamčatka", "kraj Kamtsjatka", "krai de Kamtchatka"] },
    "RU-PRI": { kind: "krai", ru: "Приморск", more: ["Primorsky Krai", "Primorsky krai", "Primorsky Territory", "Primorye Territory", "Primorye region", "Primorye", "Primorie", "Primorié", "Приморье", "Приморья", "Приморью", "Приморьем", "Region Primorje", "Krai Primorje", "kraï du Primorié", "krai de Primorie", "territorio del Litorale", "kraj Primorje", "krai de Primorsky", "krai do Litoral"] },
    "RU-NEN": { kind: "okrug", en: "Nenets", ru: "Ненецк", de: "Nenzen", fr: "Nénétsie", es: "Nenetsia", it: "i Nenec", pt: "Nenétsia", more: ["Nenets Okrug", "Nenetsia", "Nénétsie", "Nenetsië"] },
    "RU-KHM": { kind: "okrug", en: "Khanty-Mansi", ru: "Ханты-Мансийск", de: "Chanten und Mansen", fr: "les Khantys-Mansis", es: "Janti-Mansi", it: "gli Chanty-Mansi", more: ["Khanty-Mansiysk Autonomous Okrug", "Khanty-Mansi region", "Khanty-Mansiysk region", "Yugra", "ХМАО", "Югра", "Югры", "Югре", "Югру", "Югрой", "Chanten und Mansen", "Jugra", "Khantys-Mansis", "Iougra", "Chanto-Mansië"] },
    "RU-CHU": { kind: "okrug", en: "Chukotka", ru: "Чукотск", de: "Tschuktschen", fr: "Tchoukotka", it: "la Čukotka", pt: [], more: ["Chukotka", "Чукотка", "Чукотки", "Чукотке", "Чукотку", "Чукоткой", "Tschukotka", "Tchoukotka", "Čukotka", "Tsjoekotka", "Tchukotka"] },
    "RU-YAN": { kind: "okrug", en: "Yamalo-Nenets", ru: "Ямало-Ненецк", de: "Jamal-Nenzen", fr: [], es: "Yamalia-Nenetsia", it: [], pt: "Iamália-Nenétsia", more: ["Yamal-Nenets Autonomous Okrug", "Yamal-Nenets region", "Yamalo-Nenets region", "ЯНАО", "Jamal-Nenzen", "district autonome de Iamalie-Nénétsie", "Iamalie-Nénétsie", "circondario autonomo Jamalo-Nenec", "Jamalië-Nenetsië"] },
  },
};

// Ukraine's oblasts as Russia's, with the Ukrainian adjective's stem ("Вінницьк") and the region's noun
// ("Вінниччина", "Вінниччини" ...), in Ukrainian and in Russian ("Киевщина").
export const UKRAINE: Country = {
  kinds: { oblast: {
    en: EN_OBLAST, ru: RU_OBLAST,
    uk: ["{}а область", "{}ої області", "{}ій області", "{}у область", "{}ою областю"],
    ukRegion: ["{}а", "{}и", "{}і", "{}у", "{}ою"], ruRegion: ["{}а", "{}ы", "{}е", "{}у", "{}ой"],
    ...OBLAST, nl: ["oblast {}", "regio {}", "provincie {}"], pt: ["oblast de {}", "região de {}", "província de {}"],
  } },
  defaults: { de: ["en", first], fr: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first], pt: ["en", first] },
  subs: {
    "UA-05": { en: ["Vinnytsia", "Vinnytsya", "Vinnitsa"], ru: "Винницк", uk: "Вінницьк", ukRegion: "Вінниччин", de: "Winnyzja", es: ["Vínnytsia", "Vinnytsia"], it: ["Vinnytsia", "Vinnycja"], nl: "Vinnytsja" },
    "UA-07": { en: "Volyn", ru: "Волынск", uk: "Волинськ", de: ["Wolyn", "Wolhynien"], fr: ["Volhynie", "Volyn"], es: "Volinia", it: ["Volyn", "Volinia"], nl: "Wolynië", pt: "Volínia" },
    "UA-09": { en: ["Luhansk", "Lugansk"], ru: "Луганск", uk: "Луганськ", ukRegion: "Луганщин", ruRegion: "Луганщин", de: ["Luhansk", "Lugansk"], fr: ["Louhansk", "Lougansk"], es: "Lugansk", it: ["Luhans'k", "Lugansk", "Luhansk"], nl: "Loehansk", pt: ["Lugansk", "Luhansk"], more: ["Luhansk People's Republic", "Lugansk People's Republic", "Луганская Народная Республика", "Луганской Народной Республики", "Луганскую Народную Республику", "Луганской Народной Республикой"] },
    "UA-12": { en: ["Dnipropetrovsk", "Dnepropetrovsk"], ru: "Днепропетровск", uk: "Дніпропетровськ", ukRegion: "Дніпропетровщин", ruRegion: "Днепропетровщин", de: "Dnipropetrowsk", it: ["Dnipropetrovsk", "Dnipropetrovs'k"], more: ["Dnipro region"] },
    "UA-14": { en: "Donetsk", ru: "Донецк", uk: "Донецьк", ukRegion: "Донеччин", de: "Donezk", it: ["Donetsk", "Donec'k"], more: ["Donetsk People's Republic", "Донецкая Народная Республика", "Донецкой Народной Республики", "Донецкую Народную Республику", "Донецкой Народной Республикой"] },
    "UA-18": { en: ["Zhytomyr", "Zhitomir"], ru: "Житомирск", uk: "Житомирськ", ukRegion: "Житомирщин", ruRegion: "Житомирщин", de: "Schytomyr", fr: "Jytomyr", es: ["Zhitómir", "Zhytomyr"], it: ["Žytomyr", "Zhytomyr"], nl: "Zjytomyr", pt: ["Zhytomyr", "Jitomir"] },
    "UA-21": { en: ["Zakarpattia", "Transcarpathian"], ru: "Закарпатск", uk: "Закарпатськ", de: "Transkarpatien", fr: "Transcarpatie", es: "Transcarpatia", it: "Transcarpazia", nl: "Transkarpatië", pt: "Transcarpátia", more: ["Transcarpathia", "Transkarpatien", "Transcarpatie", "Transcarpazia", "Transkarpatië", "Transcarpátia", "Закарпаття", "Закарпатті", "Закарпаттю", "Закарпаттям", "Закарпатье", "Закарпатья", "Закарпатью", "Закарпатьем"] },
    "UA-23": { en: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], ru: "Запорожск", uk: "Запорізьк", de: "Saporischschja", fr: "Zaporijjia", es: "Zaporiyia", it: ["Zaporižžja", "Zaporizhzhia"], nl: "Zaporizja", pt: ["Zaporizhzhia", "Zaporíjia"] },
    "UA-26": { en: ["Ivano-Frankivsk", "Ivano-Frankovsk"], ru: "Ивано-Франковск", uk: "Івано-Франківськ", ukRegion: "Івано-Франківщин", de: "Iwano-Frankiwsk", it: ["Ivano-Frankivsk", "Ivano-Frankivs'k"] },
    "UA-32": { en: ["Kyiv", "Kiev"], ru: "Киевск", uk: "Київськ", ukRegion: "Київщин", ruRegion: "Киевщин", de: "Kiew", fr: ["Kiev", "Kyiv"], es: "Kiev", it: "Kiev", nl: ["Kiev", "Kyiv"], pt: ["Kiev", "Kyiv"] },
    "UA-35": { en: ["Kirovohrad", "Kirovograd"], ru: "Кировоградск", uk: "Кіровоградськ", ukRegion: "Кіровоградщин", de: "Kirowohrad", es: ["Kirovogrado", "Kirovohrad"] },
    "UA-46": { en: ["Lviv", "Lvov"], ru: "Львовск", uk: "Львівськ", ukRegion: "Львівщин", ruRegion: "Львовщин", de: ["Lwiw", "Lemberg"], es: ["Leópolis", "Lviv"], it: "Leopoli" },
    "UA-48": { en: ["Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev"], ru: "Николаевск", uk: "Миколаївськ", ukRegion: "Миколаївщин", ruRegion: "Николаевщин", de: "Mykolajiw", fr: "Mykolaïv", es: ["Mykoláiv", "Mikoláiv"], it: ["Mykolaïv", "Mykolaiv"], nl: "Mykolajiv" },
    "UA-51": { en: ["Odesa", "Odessa"], ru: "Одесск", uk: "Одеськ", ukRegion: "Одещин", ruRegion: "Одесщин", de: "Odessa", fr: "Odessa", es: ["Odesa", "Odessa"], it: "Odessa", nl: "Odessa", pt: "Odessa" },
    "UA-53": { en: "Poltava", ru: "Полтавск", uk: "Полтавськ", ukRegion: "Полтавщин", ruRegion: "Полтавщин", de: "Poltawa" },
    "UA-56": { en: ["Rivne", "Rovno"], ru: "Ровенск", uk: "Рівненськ", ukRegion: "Рівненщин", de: "Riwne" },
    "UA-59": { en: "Sumy", ru: "Сумск", uk: "Сумськ", ukRegion: "Сумщин", ruRegion: "Сумщин", fr: "Soumy", nl: ["Soemy", "Sumy"] },
    "UA-61": { en: ["Ternopil", "Ternopol"], ru: "Тернопольск", uk: "Тернопільськ", ukRegion: "Тернопільщин", es: ["Ternópil", "Ternopil"], it: ["Ternopil", "Ternopil'"] },
    "UA-63": { en: ["Kharkiv", "Kharkov"], ru: "Харьковск", uk: "Харківськ", ukRegion: "Харківщин", ruRegion: "Харьковщин", de: "Charkiw", fr: ["Kharkiv", "Kharkov"], es: ["Járkov", "Jarkov"], it: ["Kharkiv", "Charkiv"], nl: ["Charkiv", "Charkov"], pt: ["Kharkiv", "Carcóvia"] },
    "UA-65": { en: "Kherson", ru: "Херсонск", uk: "Херсонськ", ukRegion: "Херсонщин", ruRegion: "Херсонщин", de: "Cherson", es: ["Jersón", "Kherson"], it: ["Kherson", "Cherson"], nl: "Cherson", pt: ["Kherson", "Quérson"] },
    "UA-68": { en: ["Khmelnytskyi", "Khmelnytskyy", "Khmelnytsky", "Khmelnitsky"], ru: "Хмельницк", uk: "Хмельницьк", ukRegion: "Хмельниччин", de: "Chmelnyzkyj", fr: ["Khmelnytskyï", "Khmelnytsky"], es: "Jmelnitski", it: ["Chmel'nyc'kyj", "Khmelnytskyi"], nl: "Chmelnytsky" },
    "UA-71": { en: ["Cherkasy", "Cherkassy"], ru: "Черкасск", uk: "Черкаськ", ukRegion: "Черкащин", de: "Tscherkassy", fr: "Tcherkassy", it: ["Čerkasy", "Cherkasy"], nl: "Tsjerkasy" },
    "UA-74": { en: ["Chernihiv", "Chernigov"], ru: "Черниговск", uk: "Чернігівськ", ukRegion: "Чернігівщин", ruRegion: "Черниговщин", de: "Tschernihiw", fr: "Tchernihiv", es: ["Chernígov", "Chernihiv"], it: ["Černihiv", "Chernihiv"], nl: "Tsjernihiv" },
    "UA-77": { en: ["Chernivtsi", "Chernovtsy"], ru: "Черновицк", uk: "Чернівецьк", de: ["Tscherniwzi", "Czernowitz"], fr: "Tchernivtsi", es: ["Chernivtsí", "Chernivtsi"], it: ["Černivci", "Chernivtsi"], nl: "Tsjernivtsi" },
    "UA-40": ["Sevastopol", "Севастополь", "Севастополя", "Севастополю", "Севастополем", "Севастополі", "Sewastopol", "Sebastopoli"],
  },
};

// Greece's regions: names of their own in each language, as written.
export const GREECE: Country = {
  subs: {
    "GR-A": ["Eastern Macedonia and Thrace", "East Macedonia and Thrace", "Region of Eastern Macedonia and Thrace", "Ostmakedonien und Thrakien", "Macédoine-Orientale-et-Thrace", "Macedonia Oriental y Tracia", "Macedonia Orientale e Tracia", "Oost-Macedonië en Thracië", "Macedónia Oriental e Trácia"],
    "GR-B": ["Central Macedonia", "Region of Central Macedonia", "Zentralmakedonien", "Macédoine-Centrale", "Macedonia Central", "Macedonia Centrale", "Centraal-Macedonië", "Macedónia Central"],
    "GR-C": ["Western Macedonia", "West Macedonia", "Region of Western Macedonia", "Westmakedonien", "Macédoine-Occidentale", "Macedonia Occidental", "Macedonia Occidentale", "West-Macedonië", "Macedónia Ocidental"],
    "GR-D": ["Epirus", "Region of Epirus", "Epirus region", "Épire", "Epiro"],
    "GR-E": ["Thessaly", "Region of Thessaly", "Thessalien", "Thessalie", "Tesalia", "Tessaglia", "Thessalië", "Tessália"],
    "GR-F": ["Ionian Islands", "Region of the Ionian Islands", "Ionische Inseln", "îles Ioniennes", "Îles Ioniennes", "islas Jónicas", "Islas Jónicas", "isole Ionie", "Isole Ionie", "Ionische Eilanden", "ilhas Jônicas", "Ilhas Jônicas", "ilhas Jónicas", "Ilhas Jónicas"],
    "GR-G": ["Western Greece", "West Greece", "Region of Western Greece", "Westgriechenland", "Grèce-Occidentale", "Grecia Occidental", "Grecia Occidentale", "West-Griekenland", "Grécia Ocidental"],
    "GR-H": ["Central Greece", "Region of Central Greece", "Sterea Ellada", "Mittelgriechenland", "Grèce-Centrale", "Grecia Central", "Grecia Centrale", "Centraal-Griekenland", "Grécia Central"],
    "GR-I": ["Attica", "Attica region", "Attica Region", "Region of Attica", "Attika", "Attique", "Ática"],
    "GR-J": ["Peloponnese Region", "Peloponnese region", "Region of Peloponnese", "Region of the Peloponnese", "Region Peloponnes", "région du Péloponnèse", "región del Peloponeso", "regione del Peloponneso", "regio Peloponnesos", "região do Peloponeso"],
    "GR-K": ["North Aegean Region", "North Aegean region", "Region of the North Aegean", "Region Nördliche Ägäis", "Égée-Septentrionale", "región del Egeo Septentrional", "regione dell'Egeo Settentrionale", "Noord-Egeïsche Eilanden", "região do Egeu do Norte"],
    "GR-L": ["South Aegean Region", "South Aegean region", "Region of the South Aegean", "Region Südliche Ägäis", "Égée-Méridionale", "región del Egeo Meridional", "regione dell'Egeo Meridionale", "Zuid-Egeïsche Eilanden", "região do Egeu do Sul"],
    "GR-M": ["Crete", "Region of Crete", "Kreta", "Crète", "Creta"],
    "GR-69": ["Mount Athos", "Monastic Republic of Mount Athos", "Autonomous Monastic State of the Holy Mountain", "Berg Athos", "Mönchsrepublik Athos", "mont Athos", "Mont Athos", "monte Athos", "Monte Athos", "berg Athos", "Athosberg"],
  },
};

// The Czech Republic's regions by the stem of the Czech adjective ("Plzeňsk": "Plzeňský kraj", "Plzeňského kraje" ...)
// and their English name, or the other languages' where they differ. "{} Region" takes the German adjective too
// ("Karlsbader Region"). The regions of Bohemia and Moravia keep their names in each language as written.
export const CZECHIA: Country = {
  kinds: { kraj: {
    cs: ["{}ý kraj", "{}ého kraje", "{}ému kraji", "{}ém kraji", "{}ým krajem"],
    en: ["{} Region"], de: ["Region {}"], fr: ["région de {}"], es: ["región de {}"], it: ["regione di {}"], nl: ["regio {}"], pt: ["região de {}"],
  } },
  defaults: { de: ["en", first], fr: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first], pt: ["en", first] },
  subs: {
    "CZ-20": { cs: "Středočesk", fr: "Bohême-Centrale", es: "Bohemia Central", it: "la Boemia Centrale", more: ["Central Bohemian Region", "Central Bohemia Region", "Central Bohemia", "Mittelböhmische Region", "Mittelböhmen", "Bohême-Centrale", "Bohemia Central", "Boemia Centrale", "Midden-Bohemen", "Boémia Central"] },
    "CZ-31": { cs: "Jihočesk", fr: "Bohême-du-Sud", es: "Bohemia Meridional", it: "la Boemia Meridionale", more: ["South Bohemian Region", "South Bohemia Region", "South Bohemia", "Südböhmische Region", "Südböhmen", "Bohême-du-Sud", "Bohemia Meridional", "Boemia Meridionale", "Zuid-Bohemen", "Boémia do Sul"] },
    "CZ-32": { cs: "Plzeňsk", en: ["Plzeň", "Plzen", "Pilsen"], de: "Pilsen", fr: ["Plzeň", "Pilsen"], es: ["Pilsen", "Plzeň"], it: ["Plzeň", "Pilsen"], nl: "Pilsen", pt: ["Plzeň", "Pilsen"] },
    "CZ-41": { cs: "Karlovarsk", en: ["Karlovy Vary", "Karlsbader"], de: "Karlsbad", nl: ["Karlovy Vary", "Karlsbad"] },
    "CZ-42": { cs: "Ústeck", en: ["Ústí nad Labem", "Usti nad Labem", "Ústí", "Aussiger"], de: "Aussig" },
    "CZ-51": { cs: "Libereck", en: ["Liberec", "Reichenberger"], de: "Reichenberg" },
    "CZ-52": { cs: "Královéhradeck", en: ["Hradec Králové", "Hradec Kralove", "Königgrätzer"], de: "Königgrätz" },
    "CZ-53": { cs: "Pardubick", en: ["Pardubice", "Pardubitzer"], de: "Pardubitz" },
    "CZ-64": { cs: "Jihomoravsk", fr: "Moravie-du-Sud", es: "Moravia Meridional", it: "la Moravia Meridionale", more: ["South Moravian Region", "South Moravia Region", "South Moravia", "Südmährische Region", "Südmähren", "Moravie-du-Sud", "Moravia Meridional", "Moravia Meridionale", "Zuid-Moravië", "Morávia do Sul"] },
    "CZ-71": { cs: "Olomouck", en: ["Olomouc", "Olmützer"], de: "Olmütz" },
    "CZ-72": { cs: "Zlínsk", en: ["Zlín", "Zlin"] },
    "CZ-80": { cs: "Moravskoslezsk", de: "Mährisch-Schlesien", fr: "Moravie-Silésie", es: "Moravia-Silesia", it: "Moravia-Slesia", more: ["Moravian-Silesian Region", "Moravia-Silesia Region", "Moravia-Silesia", "Mährisch-Schlesische Region", "Moravie-Silésie", "Moravia-Slesia", "Moravië-Silezië", "Morávia-Silésia"] },
    "CZ-63": { en: ["Vysočina", "Vysocina"], more: ["Kraj Vysočina", "kraj Vysočina", "Kraje Vysočina", "kraje Vysočina", "Kraji Vysočina", "kraji Vysočina", "Krajem Vysočina", "krajem Vysočina", "Vysočina", "Vysočiny", "Vysočině"] },
  },
};

// Hungary's counties by their Hungarian name. A county named like its seat only with the word for it; one with a
// name of its own ("own") also alone, with and without diacritics.
const HU_COUNTY: Patterns = {
  hu: ["{} vármegye", "{} megye", "{} vármegyei", "{} megyei", "{} vármegyében", "{} megyében"],
  en: ["{} County", "{} county", "county of {}"], de: ["Komitat {}"], fr: ["comitat de {}"], es: ["condado de {}"], it: ["contea di {}", "provincia di {}"], nl: ["comitaat {}"],
};
export const HUNGARY: Country = {
  kinds: { county: HU_COUNTY, own: { bare: ["{}"], ...HU_COUNTY } },
  defaults: { bare: ["hu", withAscii], en: ["hu", withAscii], de: ["hu"], fr: ["hu"], es: ["hu"], it: ["hu"], nl: ["hu"] },
  subs: {
    "HU-BA": { kind: "own", hu: "Baranya" },
    "HU-BK": { kind: "own", hu: "Bács-Kiskun" },
    "HU-BE": { hu: "Békés" },
    "HU-BZ": { kind: "own", hu: "Borsod-Abaúj-Zemplén" },
    "HU-CS": { kind: "own", hu: "Csongrád-Csanád" },
    "HU-FE": { kind: "own", hu: "Fejér" },
    "HU-GS": { kind: "own", hu: "Győr-Moson-Sopron" },
    "HU-HB": { kind: "own", hu: "Hajdú-Bihar" },
    "HU-HE": { hu: "Heves" },
    "HU-JN": { kind: "own", hu: "Jász-Nagykun-Szolnok" },
    "HU-KE": { kind: "own", hu: "Komárom-Esztergom" },
    "HU-NO": { kind: "own", hu: "Nógrád" },
    "HU-PE": { hu: "Pest" },
    "HU-SO": { kind: "own", hu: "Somogy" },
    "HU-SZ": { kind: "own", hu: "Szabolcs-Szatmár-Bereg" },
    "HU-TO": { hu: "Tolna" },
    "HU-VA": { hu: "Vas" },
    "HU-VE": { hu: "Veszprém" },
    "HU-ZA": { hu: "Zala" },
  },
};

// Romania's counties by their Romanian name, as Hungary's. Romanian is written with comma-below letters (ș, ț), with the
// cedilla ones of older fonts (ş, ţ) and without diacritics: each spelling of the name with the same spelling of the words.
const cedilla = (s: string) => s.replace(/[șțȘȚ]/g, (c) => ({ ș: "ş", ț: "ţ", Ș: "Ş", Ț: "Ţ" })[c]!);
const spellings = each((n) => [n, cedilla(n), ascii(n)]);
const RO = ["județul {}", "Județul {}", "județului {}", "Județului {}", "Consiliul Județean {}", "Consiliului Județean {}", "CJ {}", "Prefectura {}", "Prefecturii {}"];
const RO_COUNTY: Patterns = {
  ro: RO, roCedilla: RO.map(cedilla), roAscii: RO.map(ascii),
  en: ["{} County", "{} county", "county of {}"], de: ["Kreis {}"], fr: ["județ de {}"], es: ["distrito de {}"], it: ["distretto di {}", "provincia di {}"], nl: ["district {}"],
};
export const ROMANIA: Country = {
  kinds: { county: RO_COUNTY, own: { bare: ["{}"], ...RO_COUNTY } },
  defaults: {
    roCedilla: ["ro", each(cedilla)], roAscii: ["ro", each(ascii)], bare: ["ro", spellings], en: ["ro", spellings],
    de: ["ro", first], fr: ["ro", first], es: ["ro", first], it: ["ro", first], nl: ["ro", first],
  },
  subs: {
    "RO-AB": { ro: "Alba" },
    "RO-AR": { ro: "Arad" },
    "RO-AG": { kind: "own", ro: "Argeș" },
    "RO-BC": { ro: "Bacău" },
    "RO-BH": { kind: "own", ro: "Bihor" },
    "RO-BN": { kind: "own", ro: "Bistrița-Năsăud" },
    "RO-BT": { ro: "Botoșani" },
    "RO-BR": { ro: "Brăila" },
    "RO-BV": { ro: "Brașov" },
    "RO-BZ": { ro: "Buzău" },
    "RO-CL": { ro: "Călărași" },
    "RO-CS": { kind: "own", ro: "Caraș-Severin" },
    "RO-CJ": { ro: "Cluj" },
    "RO-CT": { ro: "Constanța" },
    "RO-CV": { kind: "own", ro: "Covasna" },
    "RO-DB": { kind: "own", ro: "Dâmbovița" },
    "RO-DJ": { kind: "own", ro: "Dolj" },
    "RO-GL": { ro: "Galați" },
    "RO-GR": { ro: "Giurgiu" },
    "RO-GJ": { kind: "own", ro: "Gorj" },
    "RO-HR": { kind: "own", ro: "Harghita" },
    "RO-HD": { ro: "Hunedoara" },
    "RO-IL": { kind: "own", ro: "Ialomița" },
    "RO-IS": { ro: "Iași" },
    "RO-IF": { kind: "own", ro: "Ilfov" },
    "RO-MM": { kind: "own", ro: "Maramureș" },
    "RO-MH": { kind: "own", ro: "Mehedinți" },
    "RO-MS": { kind: "own", ro: "Mureș" },
    "RO-NT": { kind: "own", ro: "Neamț" },
    "RO-OT": { ro: "Olt" },
    "RO-PH": { kind: "own", ro: "Prahova" },
    "RO-SJ": { kind: "own", ro: "Sălaj" },
    "RO-SM": { ro: "Satu Mare" },
    "RO-SB": { ro: "Sibiu" },
    "RO-SV": { ro: "Suceava" },
    "RO-TR": { kind: "own", ro: "Teleorman" },
    "RO-TM": { kind: "own", ro: "Timiș" },
    "RO-TL": { ro: "Tulcea" },
    "RO-VL": { kind: "own", ro: "Vâlcea" },
    "RO-VS": { ro: "Vaslui" },
    "RO-VN": { kind: "own", ro: "Vrancea" },
    "RO-B": ["Municipiul București", "municipiul București", "Municipiului București", "municipiului București", "Municipiul Bucureşti", "municipiul Bucureşti", "municipiul Bucuresti", "Municipiul Bucuresti", "Primăria Capitalei", "Primăriei Capitalei", "Primaria Capitalei", "Primăria Municipiului București", "Primăriei Municipiului București", "Primăria Municipiului Bucureşti", "Primaria Municipiului Bucuresti", "Primăria Generală", "Primăriei Generale", "Consiliul General al Municipiului București", "Consiliul General al Municipiului Bucureşti", "Consiliul General al Capitalei", "CGMB", "Bucharest City Hall", "Bucharest city hall", "Bucharest municipality", "Bucharest Municipality", "Municipality of Bucharest", "Bucharest General Council", "Bucharest City Council", "mairie de Bucarest", "Stadtverwaltung Bukarest", "Bukarester Stadtverwaltung", "Ayuntamiento de Bucarest", "alcaldía de Bucarest", "comune di Bucarest", "gemeente Boekarest", "Câmara Municipal de Bucareste", "prefeitura de Bucareste"],
  },
};

// Bulgaria's provinces, named like their capitals, by their English and Bulgarian names, the stem of the Bulgarian
// adjective ("Варненск": "Варненска област") and the other languages' names where they are not the English one.
export const BULGARIA: Country = {
  kinds: { province: {
    en: ["{} Province", "{} province", "province of {}", "Province of {}", "{} Oblast", "{} oblast"], bg: ["област {}", "Област {}"], bgAdj: ["{}а област"],
    de: ["Oblast {}", "Provinz {}"], fr: ["province de {}", "oblast de {}"], es: ["provincia de {}"], it: ["provincia di {}"], nl: ["provincie {}", "oblast {}"], pt: ["província de {}"],
  } },
  defaults: { de: ["en", first], fr: ["en", first], es: ["en", first], it: ["en", first], nl: ["en", first], pt: ["en", first] },
  subs: {
    "BG-01": { en: "Blagoevgrad", bg: "Благоевград", bgAdj: "Благоевградск", de: "Blagoewgrad" },
    "BG-02": { en: "Burgas", bg: "Бургас", bgAdj: "Бургаск", fr: "Bourgas" },
    "BG-03": { en: "Varna", bg: "Варна", bgAdj: "Варненск", de: "Warna" },
    "BG-04": { en: "Veliko Tarnovo", bg: "Велико Търново", bgAdj: "Великотърновск", de: "Weliko Tarnowo" },
    "BG-05": { en: "Vidin", bg: "Видин", bgAdj: "Видинск", de: "Widin" },
    "BG-06": { en: "Vratsa", bg: "Враца", bgAdj: "Врачанск", de: "Wraza" },
    "BG-07": { en: "Gabrovo", bg: "Габрово", bgAdj: "Габровск", de: "Gabrowo" },
    "BG-08": { en: "Dobrich", bg: "Добрич", bgAdj: "Добричк", de: "Dobritsch", fr: "Dobritch" },
    "BG-09": { en: "Kardzhali", bg: "Кърджали", bgAdj: "Кърджалийск", de: "Kardschali", fr: "Kardjali" },
    "BG-10": { en: "Kyustendil", bg: "Кюстендил", bgAdj: "Кюстендилск", de: "Kjustendil", fr: "Kyoustendil" },
    "BG-11": { en: "Lovech", bg: "Ловеч", bgAdj: "Ловешк", de: "Lowetsch", fr: "Lovetch" },
    "BG-12": { en: "Montana", bg: "Монтана", bgAdj: "Монтанск" },
    "BG-13": { en: "Pazardzhik", bg: "Пазарджик", bgAdj: "Пазарджишк", de: "Pasardschik", fr: "Pazardjik" },
    "BG-14": { en: "Pernik", bg: "Перник", bgAdj: "Пернишк" },
    "BG-15": { en: "Pleven", bg: "Плевен", bgAdj: "Плевенск", de: "Plewen" },
    "BG-16": { en: "Plovdiv", bg: "Пловдив", bgAdj: "Пловдивск", de: "Plowdiw" },
    "BG-17": { en: "Razgrad", bg: "Разград", bgAdj: "Разградск", de: "Rasgrad" },
    "BG-18": { en: "Ruse", bg: "Русе", bgAdj: "Русенск", de: "Russe", fr: "Roussé", more: ["Rousse Province", "Rousse province"] },
    "BG-19": { en: "Silistra", bg: "Силистра", bgAdj: "Силистренск" },
    "BG-20": { en: "Sliven", bg: "Сливен", bgAdj: "Сливенск", de: "Sliwen" },
    "BG-21": { en: "Smolyan", bg: "Смолян", bgAdj: "Смолянск", de: "Smoljan" },
    "BG-23": { en: "Sofia", bg: "София", bgAdj: "Софийск" },
    "BG-24": { en: "Stara Zagora", bg: "Стара Загора", bgAdj: "Старозагорск", de: "Stara Sagora" },
    "BG-25": { en: "Targovishte", bg: "Търговище", bgAdj: "Търговишк", de: "Targowischte", fr: "Targovichte" },
    "BG-26": { en: "Haskovo", bg: "Хасково", bgAdj: "Хасковск", de: "Chaskowo", fr: "Khaskovo" },
    "BG-27": { en: "Shumen", bg: "Шумен", bgAdj: "Шуменск", de: "Schumen", fr: "Choumen" },
    "BG-28": { en: "Yambol", bg: "Ямбол", bgAdj: "Ямболск", de: "Jambol" },
    "BG-22": { bg: "София-град", es: "Sofía-Capital", pt: "Sófia-Capital", more: ["Sofia City Province", "Sofia-City Province", "Sofia City province", "Sofia Municipality", "Sofia municipality", "Sofia Municipal Council", "Sofia City Council", "Столична община", "Столичния общински съвет", "Столичният общински съвет", "София-град", "Oblast Sofia-Stadt", "Stadtverwaltung Sofia", "province de Sofia-Ville", "mairie de Sofia", "Ayuntamiento de Sofía", "comune di Sofia", "gemeente Sofia"] },
  },
};

// Croatia's counties by their English name and the stem of the Croatian adjective ("Zagrebačk": "Zagrebačka županija" ...);
// a county with a name of its own ("own") also by it alone.
const HR_COUNTY: Patterns = {
  en: ["{} County"], hr: ["{}a županija", "{}e županije", "{}oj županiji", "{}u županiju", "{}om županijom"],
  de: ["Gespanschaft {}"], fr: ["comitat de {}"], es: ["condado de {}"],
};
export const CROATIA: Country = {
  kinds: { county: HR_COUNTY, own: { bare: ["{}"], ...HR_COUNTY } },
  defaults: { bare: ["en", first], de: ["en", first], fr: ["en", first], es: ["en", first] },
  subs: {
    "HR-01": { en: "Zagreb", hr: "Zagrebačk" },
    "HR-02": { kind: "own", en: "Krapina-Zagorje", hr: "Krapinsko-zagorsk" },
    "HR-03": { kind: "own", en: "Sisak-Moslavina", hr: "Sisačko-moslavačk" },
    "HR-04": { en: "Karlovac", hr: "Karlovačk" },
    "HR-05": { en: ["Varaždin", "Varazdin"], hr: "Varaždinsk" },
    "HR-06": { kind: "own", en: ["Koprivnica-Križevci", "Koprivnica-Krizevci"], hr: "Koprivničko-križevačk" },
    "HR-07": { kind: "own", en: "Bjelovar-Bilogora", hr: "Bjelovarsko-bilogorsk" },
    "HR-08": { kind: "own", en: ["Primorje-Gorski Kotar", "Primorje-Gorski kotar"], hr: "Primorsko-goransk", de: "Primorje-Gorski kotar", more: ["regione litoraneo-montana"] },
    "HR-09": { kind: "own", en: "Lika-Senj", hr: "Ličko-senjsk" },
    "HR-10": { kind: "own", en: "Virovitica-Podravina", hr: "Virovitičko-podravsk" },
    "HR-11": { kind: "own", en: ["Požega-Slavonia", "Pozega-Slavonia"], hr: "Požeško-slavonsk", de: "Požega-Slawonien", fr: "Požega-Slavonie", es: "Požega-Eslavonia" },
    "HR-12": { kind: "own", en: "Brod-Posavina", hr: "Brodsko-posavsk" },
    "HR-13": { en: "Zadar", hr: "Zadarsk", more: ["regione zaratina"] },
    "HR-14": { kind: "own", en: "Osijek-Baranja", hr: "Osječko-baranjsk" },
    "HR-15": { kind: "own", en: ["Šibenik-Knin", "Sibenik-Knin"], hr: "Šibensko-kninsk" },
    "HR-16": { kind: "own", en: ["Vukovar-Syrmia", "Vukovar-Srijem", "Vukovar-Sirmium"], hr: "Vukovarsko-srijemsk", de: "Vukovar-Syrmien", fr: "Vukovar-Syrmie", es: "Vukovar-Sirmia" },
    "HR-17": { kind: "own", en: ["Split-Dalmatia", "Split-Dalmatian"], hr: "Splitsko-dalmatinsk", de: "Split-Dalmatien", fr: "Split-Dalmatie", es: "Split-Dalmacia", more: ["regione spalatino-dalmata"] },
    "HR-18": { en: ["Istria", "Istrian"], hr: "Istarsk", de: "Istrien", fr: "Istrie", more: ["Regione Istriana", "regione istriana"] },
    "HR-19": { kind: "own", en: ["Dubrovnik-Neretva", "Dubrovnik-Neretvan"], hr: "Dubrovačko-neretvansk", more: ["regione raguseo-narentana"] },
    "HR-20": { kind: "own", en: ["Međimurje", "Medimurje", "Medjimurje"], hr: "Međimursk", more: ["Medjimurje"] },
    "HR-21": ["City of Zagreb", "Grad Zagreb", "Grada Zagreba", "Gradu Zagrebu", "Zagreb City Assembly", "Gradska skupština Grada Zagreba", "Stadt Zagreb", "ville de Zagreb", "ciudad de Zagreb", "città di Zagabria", "stad Zagreb", "cidade de Zagreb"],
  },
};

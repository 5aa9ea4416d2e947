import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Turkish. Negation is a verb suffix ("yasakla-ma-dı" = did not ban), so ban verbs are
// listed by their positive tense stems, never as a bare "yasakla*" (which would also
// match "yasaklamadı", "yasaklanmayacak"). Turkish is verb-final: a plan or an
// expectation follows the verb ("yasaklamayı planlıyor"), where the engine's proposal
// cues (read before the trigger) cannot see it, so those phrases are proposal triggers
// themselves. Names take their case endings after an apostrophe ("Instagram'a",
// "TikTok'un"). chrono-node has no Turkish parser: the engine's own date rules run.

/** Positive tense forms of a verb stem: active and passive, past, present, future, participles. */
const tenses = (active: string, passive: string, present: string, presentPassive: string) => [
  `${active}dı*`, `${active}di*`, `${passive}dı*`, `${passive}di*`, // yasakladı, engelledi, yasaklandı, engellendi
  `${present}*`, `${presentPassive}*`, // yasaklıyor, engelleniyor
  `${active}yacak*`, `${active}yecek*`, `${passive}acak*`, `${passive}ecek*`, // yasaklayacak, engellenecek
  `${active}yacağ*`, `${active}yeceğ*`, `${passive}acağ*`, `${passive}eceğ*`, // yasaklanacağını: k softens to ğ
  `${active}yan`, `${active}yen`, `${passive}an`, `${passive}en`, `${passive}an*`, `${passive}en*`, // yasaklanan, engellenen
  `${active}mış*`, `${active}miş*`, `${passive}mış*`, `${passive}miş*`, // yasaklamış, engellenmiş
  `${passive}masına karar*`, `${passive}mesine karar*`, `${passive}masına hükmet*`, `${passive}mesine hükmet*`,
  `${active}maya karar*`, `${active}meye karar*`, `${active}ma kararı*`, `${active}me kararı*`,
];

/** Case endings Turkish writes after an apostrophe on proper names ("Pakistan'da", "Rusya'nın"). */
const CASES = ["'a", "'e", "'ya", "'ye", "'ı", "'i", "'u", "'ü", "'yı", "'yi", "'yu", "'yü", "'da", "'de", "'ta", "'te",
  "'dan", "'den", "'tan", "'ten", "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'nun", "'nün", "'la", "'le", "'yla", "'yle"];

/**
 * Place names with their case endings. A bare name followed by "'da" may otherwise lose to
 * a longer prefix form of another table (the shared demonym "pakistan*" takes "Pakistan'da"
 * whole, and a demonym needs an actor noun after it).
 */
const inflectPlaces = (table: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(table).map(([k, names]) => [k, names.flatMap((n) => [n, ...CASES.map((c) => n + c)])]));

const tr: Locale = {
  code: "tr",
  categories,
  home: "TR",
  franc: "tur",
  chrono: null,
  triggers: [
    { id: "tr.ban.verb", action: "ban", kind: "verb",
      forms: [
        ...tenses("yasakla", "yasaklan", "yasaklıyor", "yasaklanıyor"),
        ...tenses("engelle", "engellen", "engelliyor", "engelleniyor"),
        ...tenses("kısıtla", "kısıtlan", "kısıtlıyor", "kısıtlanıyor"),
        "erişime kapattı*", "erişime kapatmış*", "erişime kapatıldı*", "erişime kapatılan*", "erişime kapatılmış*", "erişime kapatılacak*", "erişime kapatılacağ*",
        "erişime kapatılması*", "erişimi kapatıldı*", "erişime engellendi*",
        "erişim engeli getirdi*", "erişim engeli getirildi*", "erişim engeli getiren*", "erişim engeli getirilen*",
        "erişim engeli getirilmiş*", "erişim engeli getirilecek*", "erişim engeli getirilmesine*", "erişim engeli uygula*",
        "yasak getirdi*", "yasak getirildi*", "yasak getiren*", "yasak getirilen*", "yasak getirilecek*", "yasak getirilmiş*",
        "yasağı getirdi*", "yasağı getirildi*", "yasağı getirilen*", "yasağı getirilecek*", "yasak koydu*", "yasak kondu*",
        "askıya aldı*", "askıya alındı*", "askıya alınan*", "askıya alınmış*", "askıya alınacak*", "askıya alınmasına*",
        "bant daraltma*", "bant daraltması*",
        "mağazasından kaldırıldı*", "mağazalarından kaldırıldı*", "mağazasından kaldırdı*", "mağazalarından kaldırdı*",
        "kullanımı yasaklandı*", "kullanımı yasak*", "izin verilmeyecek*", "izin verilmiyor*", "izin verilmedi*",
        "kullanılmayacak*", "yasaktır"] },
    { id: "tr.ban.noun", action: "ban", kind: "noun",
      forms: ["yasak", "yasağı", "yasağına", "yasağının", "yasağını", "yasakları", "yasağa", "*yasağı", "erişim engeli",
        "erişim engelinin", "erişim yasağı", "erişim kısıtlaması", "kısıtlama", "kısıtlaması", "engelleme kararı", "kapatma kararı"] },
    { id: "tr.advisory", action: "advisory", kind: "verb",
      forms: ["kullanmamaları* tavsiye*", "kullanmamaları* öner*", "kullanmamaları* istendi*", "kullanmamaları* uyar*",
        "kullanmaması* tavsiye*", "kullanmaması* öner*", "kullanılmaması* tavsiye*", "kullanılmaması* öner*",
        "kullanılmaması* gerektiği* uyar*", "kullanılmaması* yönünde uyar*", "silmeleri* tavsiye*", "silmeleri* öner*",
        "kullanmamaya çağır*", "kullanmaktan kaçın*", "tavsiye etmiyor*", "önerilmiyor*"] },
    { id: "tr.lift", action: "lift", kind: "verb",
      forms: ["erişim yasağı ... kaldırıldı*", "erişim engeli ... kaldırıldı*", "yasağı ... kaldırıldı*", "yasağı ... kaldırdı*", "engeli ... kaldırıldı*", "yasağı kaldırıldı*", "yasağı kaldırdı*", "yasağını kaldırdı*", "yasağını kaldıran*", "yasak kaldırıldı*",
        "yasağın kaldırılması*", "yasağının kaldırılması*", "yasağı kalktı*", "yasak kalktı*", "yasağı sona erdi*",
        "engeli kaldırıldı*", "engeli kaldırdı*", "engelinin kaldırıldı*", "yasağının kaldırıldı*", "erişim engelinin kaldırıldı*", "engelini kaldırdı*", "engelinin kaldırılması*", "engeli kalktı*",
        "erişim engeli kaldırıldı*", "erişim engelini kaldırdı*", "erişim engelinin kaldırılması*",
        "erişime açıldı*", "erişime açtı*", "erişime açılan*", "erişime açılacak*", "erişime açılacağ*", "erişime açılması*",
        "yeniden erişime açıldı*", "tekrar erişime açıldı*", "yeniden açıldı*", "erişim yeniden sağlandı*",
        "yasağını iptal etti*", "yasağı iptal edildi*", "kararını iptal etti*", "kararı iptal edildi*", "kararını bozdu*",
        "kararı bozuldu*", "yasağı askıya aldı*", "yasağını askıya aldı*", "yürütmesini durdurdu*"] },
    { id: "tr.proposal", action: "proposal", kind: "verb",
      forms: ["yasaklamayı planl*", "yasaklamayı düşün*", "yasaklamayı değerlendir*", "yasaklamaya hazırlan*",
        "yasaklanması gündem*", "yasaklanması bekleni*", "yasaklanması için*", "yasaklanmasını öngören*",
        "yasaklanmasını iste*", "yasaklanmasını talep*", "yasaklanması talep*", "yasaklanmasını öner*",
        "yasaklanabilir*", "yasaklanabileceği*", "engellemeyi planl*", "engellenmesi bekleni*", "engellenmesini iste*",
        "engellenmesini talep*", "engellenebilir*", "yasak getirmeyi planl*", "yasak getirilmesi planlan*",
        "yasak getirilmesi gündem*", "yasak getirilmesini öngören*", "yasak getirilmesini iste*", "yasak getirilmesi bekleni*",
        "kısıtlama getirilmesi planlan*", "kısıtlama getirmeyi planl*"] },
  ],
  cues: {
    negation: ["değil", "hiçbir zaman", "asla", "olmadan", "yerine"],
    hypothetical: ["eğer", "şayet", "halinde", "durumunda", "takdirde"],
    proposal: ["yasa tasarısı", "kanun tasarısı", "kanun teklifi", "teklif*", "öneri*", "taslak*", "planlanan", "planlan*",
      "olası", "muhtemel*", "gündemde", "hazırlanan", "talep*"],
    background: ["daha önce", "önceden", "geçen yıl", "geçtiğimiz yıl", "geçen ay", "geçtiğimiz ay", "geçen hafta",
      "geçtiğimiz hafta", "zaten", "halihazırda", "önceki", "yıllar önce", "ardından", "benzer", "gibi", "olduğu gibi"],
    liftObjects: ["yasağı", "yasağını", "yasak kararını", "kararı", "kararını", "engelini", "erişim engelini"],
    clauseBreaks: ["ama", "ancak", "fakat", "oysa", "buna karşın", "buna rağmen", "ise", ";", "—"],
    // ablative (from) and dative (to): an origin or a destination
    notDeciderEndings: ["'dan", "'den", "'tan", "'ten", "'ndan", "'nden", "'a", "'e", "'ya", "'ye", "'na", "'ne"],
    follow: ["örneğini izle*", "örneğini takip*", "ardından", "izinden"],
  },
  scopes: [
    { scope: "official_devices", forms: ["resmi telefon*", "resmi cihaz*", "resmi mobil*", "kamu cihaz*", "devlet cihaz*",
      "hükümet cihaz*", "iş telefon*", "kurumsal cihaz*", "kurumsal telefon*", "görev telefon*", "hizmet telefon*",
      "kamuya ait", "devlete ait", "kurumlara ait", "kamu kurumlarına ait", "resmi bilgisayar*"] },
    { scope: "personal_devices", forms: ["kişisel telefon*", "kişisel cihaz*", "özel telefon*", "kendi telefon*"] },
    { scope: "official_network", forms: ["kamu ağ*", "kurum ağ*", "kurumsal ağ*", "devlet ağ*", "wifi", "wi-fi"] },
    { scope: "minors", forms: ["çocuk*", "reşit olmayan*", "yaş altı*", "yaşın altındaki*", "yaşından küçük*", "yaş sınırı*",
      "gençler*", "ergen*"] },
    { scope: "other", forms: ["okul*", "sınıf*"] },
    { scope: "public", forms: ["ülke genelinde", "tüm ülkede", "Türkiye genelinde", "erişim*", "erişime*", "uygulama mağaza*",
      "indir*", "satış*", "tüm kullanıcılar*", "internet servis sağlayıcı*"] },
    { scope: "official_devices", weak: true, forms: ["kamu çalışanları*", "kamu görevlileri*", "memurlar*", "devlet memurları*"] },
  ],
  bodies: [
    { forms: ["hükümet*"], name: "government" },
    { forms: ["cumhurbaşkanı*", "cumhurbaşkanlığı*"], name: "president" },
    { forms: ["başbakan*"], name: "prime minister" },
    { forms: ["TBMM", "meclis*", "parlamento*", "kongre*", "senato*"], name: "parliament" },
    { forms: ["bakanlığı*", "bakanlık*", "bakan*"], name: "ministry" },
    { forms: ["BTK", "Bilgi Teknolojileri ve İletişim Kurumu*", "RTÜK", "Radyo ve Televizyon Üst Kurulu*", "düzenleyici kurum*"],
      name: "regulator" },
    { forms: ["Anayasa Mahkemesi*", "AYM", "mahkeme*", "hakimliği*", "hakimlik*", "yargı*", "Danıştay*"], name: "court" },
    { forms: ["yetkililer*", "makamlar*", "otoriteler*", "valilik*"], name: "authorities" },
    { forms: ["belediye*"], name: "municipality", level: "local" },
    { forms: ["emniyet*", "polis*"], name: "police" },
  ],
  demonyms: {
    TR: ["Türk"], RU: ["Rus"], US: ["Amerikan", "ABD'li"], CN: ["Çinli"], GB: ["İngiliz", "Britanyalı"], DE: ["Alman"],
    FR: ["Fransız"], IN: ["Hint"], PK: ["Pakistanlı"], IR: ["İranlı"], EU: ["Avrupa"], NL: ["Hollandalı"], BE: ["Belçikalı"],
    CA: ["Kanadalı"], AU: ["Avustralyalı"], UA: ["Ukraynalı"], BR: ["Brezilyalı"],
  },
  placeAliases: inflectPlaces({
    TR: ["Türkiye", "Türkiye Cumhuriyeti", "Ankara"], US: ["ABD", "Amerika", "Amerika Birleşik Devletleri", "Washington", "Beyaz Saray"],
    RU: ["Rusya", "Rusya Federasyonu", "Moskova", "Kremlin"], CN: ["Çin", "Pekin"], EU: ["AB", "Avrupa Birliği", "Avrupa Komisyonu"],
    GB: ["İngiltere", "Birleşik Krallık", "Londra"], IN: ["Hindistan", "Yeni Delhi"], PK: ["Pakistan", "İslamabad"],
    IR: ["İran", "Tahran"], BR: ["Brezilya"], VE: ["Venezuela"], NP: ["Nepal"], AF: ["Afganistan"], ID: ["Endonezya"],
    AU: ["Avustralya"], DE: ["Almanya"], FR: ["Fransa"], NL: ["Hollanda"], AZ: ["Azerbaycan"], BE: ["Belçika"],
    CA: ["Kanada"], JP: ["Japonya"], KR: ["Güney Kore"], UA: ["Ukrayna"], IT: ["İtalya"], ES: ["İspanya"], EG: ["Mısır"],
    SA: ["Suudi Arabistan"], BD: ["Bangladeş"], MY: ["Malezya"], VN: ["Vietnam"],
  }),
  actorNouns: ["hakim*", "hâkim*", "hükümet*", "makam*", "yetkili*", "bakanlığ*", "bakan*", "meclis*", "mahkeme*", "parlamento*", "yönetim*",
    "devlet*", "cumhurbaşkan*", "başbakan*", "kurum*", "ordu*", "polis*", "otorite*", "düzenleyici*", "kongre*", "senato*"],
  targetCues: ["uygulama*", "platform*", "sosyal medya platformu", "mesajlaşma uygulaması", "sitesi", "servisi", "hizmeti", "kanalı", "kanal", "televizyon kanalı", "gazetesi", "dergisi", "haber ajansı", "ajansı", "yayın kuruluşu"],
  targetInflections: CASES,
  audienceNouns: ["çalışanlar", "çalışanları", "çalışanlarının", "memurlar", "memurları", "kamu görevlileri", "kullanıcılar",
    "kullanıcıları", "kullanıcılarının", "çocuklar", "öğrenciler", "askerler", "milletvekilleri", "personel", "personeli"],
  grammar: {
    conjunctions: ["ve", "ile", "veya", "ya da", "&"],
    articles: [],
    determiners: ["bu", "şu", "söz konusu"],
    complementizers: ["ki"],
    additive: ["ayrıca"],
    referenceNouns: ["uygulamalar", "uygulamaları", "platformlar", "platformları"],
    collectiveActors: ["yetkilileri", "makamları", "hükümetleri"],
  },
  dates: {
    deadline: ["en geç", "son tarih", "son gün"],
    effective: ["itibaren", "itibariyle", "yürürlüğe gir*", "başlayarak"],
    expires: ["sona er*", "bitiyor"],
    immediate: ["derhal", "hemen", "anında", "acilen", "derhal yürürlüğe"],
    monthOnly: ["sonunda", "başında", "ortasında", "sonu", "başı"],
    future: ["gelecek", "önümüzdeki", "yakında", "itibaren"],
    past: ["geçen", "geçtiğimiz", "önceki"],
    relative: { dün: ["day", -1], "önceki gün": ["day", -2], bugün: ["day", 0], "geçen ay": ["month", -1],
      "geçtiğimiz ay": ["month", -1], "bu ay": ["month", 0], "geçen yıl": ["year", -1], "geçtiğimiz yıl": ["year", -1],
      "bu yıl": ["year", 0] },
    weekdays: ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    dayParts: ["sabahı", "akşamı", "gecesi", "öğleden sonra"],
    durationUnits: { yıl: "Y", yıllığına: "Y", ay: "M", aylığına: "M", hafta: "W", haftalığına: "W", gün: "D", günlüğüne: "D",
      günlük: "D", saat: "H", saatliğine: "H" },
    numbers: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, "on iki": 12,
      "on beş": 15, yirmi: 20, otuz: 30, doksan: 90 },
  },
};
export default tr;

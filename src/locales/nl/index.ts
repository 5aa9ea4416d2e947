import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

const nl: Locale = {
  code: "nl",
  home: "NL",
  // Flemish news names its own agency, broadcaster and municipal offices.
  homeMarkers: {
    // not "schepen": an alderman in Belgium, but "ships" everywhere
    BE: ["Belga", "VRT", "schepenen", "schepencollege"],
  },
  franc: "nld",
  categories,
  chrono: chronoLocale("nl").casual,
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "nl.ban.airspace", action: "ban", kind: "verb",
      forms: ["sluit luchtruim voor", "sluit zijn luchtruim voor", "sluit het luchtruim voor", "sluiten hun luchtruim voor", "sloot zijn luchtruim voor", "luchtruim gesloten voor", "luchtruim dicht voor"] },
    // De toelating van iets intrekken verbiedt het ("trekt de toelating van glyfosaat in").
    { id: "nl.ban.authorization", action: "ban", kind: "verb",
      forms: ["trekt de toelating van", "trok de toelating van", "toelating van ... ingetrokken", "intrekking van de toelating van", "intrekken van de toelating van", "vergunning van ... ingetrokken", "*vergunning van ... ingetrokken", "vergunning van … ingetrokken", "*vergunning van … ingetrokken"] },
    // Een ding uit de appwinkels halen verbiedt het ("de app Temu uit hun winkels te halen").
    { id: "nl.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["uit ... winkels wordt gehaald", "uit ... winkels is gehaald", "uit ... winkels zijn gehaald", "uit ... winkel wordt gehaald", "uit ... winkel is gehaald", "uit ... winkel zijn gehaald", "uit ... appwinkels wordt gehaald", "uit ... appwinkels is gehaald", "uit ... appwinkels zijn gehaald", "uit ... appwinkel wordt gehaald", "uit ... appwinkel is gehaald", "uit ... appwinkel zijn gehaald", "uit ... App Store wordt gehaald", "uit ... App Store is gehaald", "uit ... App Store zijn gehaald", "uit ... Play Store wordt gehaald", "uit ... Play Store is gehaald", "uit ... Play Store zijn gehaald", "uit ... Google Play wordt gehaald", "uit ... Google Play is gehaald", "uit ... Google Play zijn gehaald", "uit ... winkels te halen", "uit ... winkels halen", "uit ... winkels gehaald", "uit ... winkels haalt", "uit ... winkels haalde", "uit ... winkels haalden", "uit ... winkel te halen", "uit ... winkel halen", "uit ... winkel gehaald", "uit ... winkel haalt", "uit ... winkel haalde", "uit ... winkel haalden", "uit ... appwinkels te halen", "uit ... appwinkels halen", "uit ... appwinkels gehaald", "uit ... appwinkels haalt", "uit ... appwinkels haalde", "uit ... appwinkels haalden", "uit ... appwinkel te halen", "uit ... appwinkel halen", "uit ... appwinkel gehaald", "uit ... appwinkel haalt", "uit ... appwinkel haalde", "uit ... appwinkel haalden", "uit ... App Store te halen", "uit ... App Store halen", "uit ... App Store gehaald", "uit ... App Store haalt", "uit ... App Store haalde", "uit ... App Store haalden", "uit ... Play Store te halen", "uit ... Play Store halen", "uit ... Play Store gehaald", "uit ... Play Store haalt", "uit ... Play Store haalde", "uit ... Play Store haalden", "uit ... Google Play te halen", "uit ... Google Play halen", "uit ... Google Play gehaald", "uit ... Google Play haalt", "uit ... Google Play haalde", "uit ... Google Play haalden", "haalt ... uit ... winkels", "haalt ... uit ... appwinkels", "haalt ... uit ... App Store", "haalt ... uit ... Play Store", "haalt ... uit ... Google Play", "haalde ... uit ... winkels", "haalde ... uit ... appwinkels", "haalde ... uit ... App Store", "haalde ... uit ... Play Store", "haalde ... uit ... Google Play", "haalden ... uit ... winkels", "haalden ... uit ... appwinkels", "haalden ... uit ... App Store", "haalden ... uit ... Play Store", "haalden ... uit ... Google Play", "halen ... uit ... winkels", "halen ... uit ... appwinkels", "halen ... uit ... App Store", "halen ... uit ... Play Store", "halen ... uit ... Google Play"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "nl.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["verbood haar", "verbood hem", "heeft haar verboden", "heeft hem verboden", "beval haar", "beval hem", "heeft haar bevolen", "heeft hem bevolen"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    { id: "nl.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["heeft ... bevolen te stoppen", "heeft ... opgedragen te stoppen", "heeft ... gelast te stoppen", "heeft ... bevolen ... te stoppen", "heeft ... opgedragen ... te stoppen", "heeft ... gelast ... te stoppen", "beveelt ... te stoppen", "beval ... te stoppen", "gelast ... te stoppen", "draagt ... op te stoppen", "droeg ... op te stoppen"] },
    // stopping a trade bans it: "zet de export van palmolie stop", "heeft de uitvoer van rondhout stopgezet"
    { id: "nl.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["de export", "de uitvoer", "de import", "de invoer", "de verkoop", "de levering", "de leveringen"].flatMap((o) => [`zet ${o} ... stop`, `zette ${o} ... stop`, `zetten ${o} ... stop`, `${o} ... stopgezet`, `${o} ... stop te zetten`, `${o} ... stopzetten`, `stopt ${o}`, `stopte ${o}`, `stopt met ${o}`, `stopte met ${o}`, `stoppen met ${o}`])] },
    { id: "nl.ban.verb", action: "ban", kind: "verb",
      forms: ["verbied*", "verbood", "verboden", "verbiedt", "schors*", "geschorst", "opgeschort", "schort ... op", "schortte ... op", "schortten ... op", "blokkeer*", "blokkeert", "geblokkeerd",
        "blokkeren", "weert", "weerde", "weerden", "weren", "geweerd", "te verwijderen", "verwijder*", "verwijderd", "uitgebannen", "verbannen", "verbant", "verbande", "verbanden", "bannen", "bant", "bant ... uit",
        "mogen ... niet", "mag ... niet", "mag ... geen", "niet langer", "niet meer ... mogen", "mochten ... geen", "mogen ... geen",
        // businesses made to close ("Alle nertsenfokkerijen moeten uiterlijk in maart hun deuren sluiten"): their trade is banned
        "moeten … hun deuren sluiten", "moet … zijn deuren sluiten", "moet … haar deuren sluiten", "moeten … de deuren sluiten", "moet … de deuren sluiten",
        "geen ... meer mogen", "is niet toegestaan", "niet meer toegestaan", "niet langer toegestaan", "uit den boze", "niet meer te gebruiken", "niet meer ... gebruiken", "niet toegestaan", "stilgelegd", "beperk*", "beperkt"] },
    { id: "nl.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["werkt niet meer", "niet meer bereikbaar", "niet langer bereikbaar", "op zwart"] },
    { id: "nl.ban.noun", action: "ban", kind: "noun",
      forms: ["moratorium", "embargo", "embargo's", "verbod", "verboden", "gebruiksverbod", "appverbod", "*verbod", "*verboden", "schorsing", "blokkade", "beperking*",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "minimumleeftijd voor", "leeftijdsgrens voor"] },
    { id: "nl.advisory", action: "advisory", kind: "verb",
      forms: ["ontraad*", "ontraden", "afgeraden", "raad* ... af", "adviseer* ... niet", "advies om ... niet",
        "roept ... op om ... te verwijderen", "roept ... op", "riep ... op", "riepen ... op", "opgeroepen", "oproepen om", "oproept", "dringend geadviseerd",
        // "kunnen beter geen sociale media gebruiken": had better not, as advice
        "kunnen beter geen", "kan beter geen", "kunnen beter niet", "kan beter niet", "doen er goed aan geen", "doen er beter aan geen"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "nl.lift.legal", action: "lift", kind: "verb", forms: ["legaliseert", "legaliseerde", "legaliseerden", "gelegaliseerd", "legaliseren"] },
    { id: "nl.lift.legal.noun", action: "lift", kind: "noun", forms: ["legalisering", "legalisatie", "legalisering van", "legalisatie van"] },
    { id: "nl.lift", action: "lift", kind: "verb",
      // the particle closes the clause however far from its verb ("hief de rechter in Den Haag het verbod ... op.")
      forms: ["opgeheven", "opheffen", "heft ... op", "hief ... op", "heft … op", "hief … op", "heffen … op", "hieven … op", "ingetrokken", "teruggedraaid", "weer toegestaan",
        "deblokkeer*", "gedeblokkeerd", "heffen ... op", "hieven ... op", "opheffing", "op te heffen", "trekt ... verbod in",
        "trok ... verbod in", "intrekken", "intrekking", "draait ... terug", "draaide ... terug", "terugdraaien", "ongedaan gemaakt",
        "vernietigd", "vernietigt", "vernietigde", "weer bereikbaar",
        "weer te gebruiken", "weer gebruikt worden", "einde van het verbod", "einde aan het verbod", "maakt ... einde aan",
        "schrapt ... verbod", "schrapte ... verbod", "geschrapt", "verbod ... opgeheven", "verbod ... opgeschort",
        "schort* ... verbod ... op", "schortte* ... verbod ... op",
        "afschaffing van het verbod"] },
    // abolishing: only a ban noun in its clause is a ban it ends ("heeft het verkoopverbod op alcohol afgeschaft")
    { id: "nl.lift.abolish", action: "lift", kind: "verb", banNounOnly: true,
      forms: ["afgeschaft", "af te schaffen", "schaft ... af", "schafte ... af", "schaffen ... af", "schaften ... af"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "nl.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["weer beschikbaar", "weer toegankelijk", "weer online"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["tegen"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["zei", "zegt", "verklaarde", "stelde", "schreef", "bekritiseerde", "liet weten", "laat weten"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["Dat heeft ... beslist", "Dat heeft ... besloten", "Dat heeft ... bekendgemaakt", "Dat heeft ... aangekondigd", "Dat hebben ... besloten", "Dat heeft … beslist", "Dat heeft … besloten", "Dat heeft … bepaald", "Dat heeft … bekendgemaakt", "Dat heeft … aangekondigd", "Dat heeft … laten weten", "Dat heeft … gemeld", "Dat hebben … besloten", "Dat hebben … beslist", "Dit heeft … besloten", "Dat besloot", "Dat besloten", "Dat bepaalde", "Dat maakte … bekend", "Dat maakten … bekend", "Dat kondigde … aan", "Dat liet … weten", "Dat meldt", "Dat meldde", "Daartoe besloot", "Daartoe heeft … besloten"],
    nationwide: ["in het hele land", "in heel het land", "landelijk", "landelijke", "in heel Nederland", "in heel België"],
    fromPlace: ["uit"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["niet alleen", "niet enkel", "niet het eerste", "niet de eerste", "niet het enige", "niet de enige"],
    // "zonder" negates only what follows it closely: further on it says how ("without warning")
    without: ["zonder"],
    negation: ["wijst", "wees", "wezen", "ontkent", "ontkende", "ontkennen", "verworpen", "wees ... af", "wijst ... af", "stemde* tegen", "niet", "geen", "nooit", "zonder"],
    negationAfter: ["niet", "nooit"],
    negationAfterExcept: ["niet alleen", "niet enkel", "niet zomaar"],
    nounDenied: ["komt er niet", "komt er ... niet", "is er niet", "is er ... niet", "komt er voorlopig niet", "komt er geen"],
    hypothetical: ["beschuldigd van", "beschuldigde", "verweet", "verwijt", "als", "indien", "wanneer", "of het", "mocht"],
    proposal: ["in eerste lezing", "wil", "willen", "plan*", "overweeg*", "overwogen", "voorstel*", "wetsvoorstel", "verwacht", "zou", "zouden",
      "kan", "kunnen", "moet", "moeten", "eis*", "pleit*", "roept op", "vraagt om", "onderzoek*", "gaat ... bekijken", "voornemen", "van plan"],
    background: ["blijft", "blijven", "nog steeds", "nog altijd", "was al", "waren al", "is al", "zijn al", "had al", "hadden al", "al eerder", "eerder al", "eerder", "vorig jaar", "vorige maand", "reeds", "net als", "navolging", "ook al"],
    bills: ["wetsvoorstel", "wetsvoorstellen", "initiatiefwet", "conceptwet", "wetsontwerp", "ontwerpbesluit", "conceptbesluit"],
    // a denial governing its clause: the verb triggers after it are denied ("ontkende dat ... zou verbieden")
    denials: ["ontkende ... dat", "ontkent ... dat", "ontkennen ... dat", "ontkend ... dat", "sprak ... tegen dat", "spreekt ... tegen dat", "ontkende ... bericht*", "ontkent ... bericht*", "sprak ... bericht* tegen", "spreekt ... bericht* tegen"],
    billEnacted: ["ondertekende", "ondertekend"],
    billRejected: ["werd verworpen", "is verworpen", "werden verworpen", "zijn verworpen"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["bevolen dat", "beval dat", "gelast dat", "gelastte dat", "besloten dat", "besliste dat", "bepaald dat", "bepaalde dat"],
    ruleAnaphors: ["de wet", "de nieuwe wet", "de maatregel", "de verordening", "het besluit", "de regeling", "de nieuwe regels", "de regels"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["de beslissing", "het verbod", "de blokkade", "de schorsing", "de sancties", "het embargo", "deze maatregel", "de maatregelen", "de beperking", "de beperkingen", "de uitspraak", "het bevel"],
      verbs: ["geldt ook voor", "gelden ook voor", "gold ook voor", "golden ook voor", "treft ook", "treffen ook", "trof ook", "raakt ook", "raken ook", "omvat ook", "omvatten ook", "betreft ook", "heeft ook betrekking op", "is ook van toepassing op", "zijn ook van toepassing op", "strekt zich ook uit tot", "geldt voor", "gelden voor", "treft", "omvat", "betreft", "is van toepassing op"],
      openers: ["daaronder vallen ook", "daaronder valt ook", "het gaat ook om", "het gaat daarbij ook om"],
      after: ["zijn ook getroffen", "is ook getroffen", "worden ook getroffen", "wordt ook getroffen", "vallen er ook onder", "valt er ook onder", "vallen eronder", "valt eronder", "vallen onder de maatregel", "valt onder de maatregel", "vallen ook onder de maatregel", "valt ook onder de maatregel", "vallen onder het besluit", "vallen ook onder het besluit"],
    },
    precedent: ["niet de eerste keer", "niet voor het eerst dat"],
    pluralDeciders: ["landen", "staten", "steden", "gemeenten", "regeringen", "provincies", "lidstaten", "naties"],
    backgroundBefore: ["na", "volgt"],
    now: ["nu"],
    liftObjects: ["embargo", "verbod", "besluit", "wet", "maatregel", "verordening", "blokkade", "schorsing"],
    clauseBreaks: ["maar", "terwijl", "hoewel", "echter", ";", "—"],
    locatives: ["in", "door", "bij"],
    besides: ["naast", "bovenop"],
    followedBy: ["gevolgd door"],
    follow: ["volgt ... voorbeeld van", "navolging van", "volgt ... landen als", "volgt ... landen zoals", "net als", "in navolging van", "voorbeeld van"],
    source: ["volgens", "onder verwijzing naar"],
    medium: ["via", "via het platform", "met behulp van", "schreef op", "zei op", "meldde op", "bericht op", "twitterde"],
    motive: ["beschermen", "te beschermen", "ter bescherming", "bescherming van", "omdat", "vanwege", "beschuldigd", "schaden", "schadelijk"],
  },
  scopes: [
    { scope: "official_devices", forms: ["werktelefoon*", "diensttelefoon*", "zakelijke telefoon*", "zakelijke apparat*",
      "zakelijke digitale apparat*", "bedrijfsapparat*", "bedrijfstelefoon*", "toestellen van personeel", "mobiele apparat* van",
      "werkapparat*", "dienstapparat*", "overheidstelefoon*", "telefoons van het werk", "telefoons en andere toestellen",
      "toestellen", "apparaten van de overheid", "werk-telefoon*", "mobiele telefoons van"] },
    { scope: "personal_devices", forms: ["privételefoon*", "eigen telefoon*", "persoonlijke telefoon*", "privé-telefoon*",
      "eigen toestel*"] },
    { scope: "official_network", forms: ["overheidsnetwerk*", "netwerk van de overheid", "intern netwerk", "interne netwerk", "wifi", "wi-fi", "overheidsdiensten"] },
    { scope: "minors", forms: ["minderjarigen", "leeftijdsgrens", "minimumleeftijd", "kinderen", "jongeren onder", "onder de 1*", "tieners"] },
    { scope: "public", forms: ["appwinkel*", "app store*", "in heel het land", "landelijk", "providers", "downloaden"] },
    { scope: "public", forms: ["verkoop", "verkopen", "verkocht", "import", "invoer", "invoeren", "te koop", "in de handel",
      "internetproviders", "internetaanbieders", "telecomaanbieders", "telecomproviders", "het hele land", "heel het land", "niet meer bereikbaar", "ontoegankelijk"] },
    { scope: "minors", forms: ["jonger dan 1*", "jongeren", "onder de zestien", "onder de achttien", "leeftijdsbeperking", "leeftijdscontrole", "leeftijdsverificatie"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["in stadions", "stadions", "in het openbaar vervoer", "openbaar vervoer", "in treinen", "in de trein", "in bussen", "in de metro", "in trams", "in cafés", "in de horeca", "horeca", "in restaurants", "op stranden", "op het strand", "in parken", "in ziekenhuizen", "in gevangenissen", "in de binnenstad", "binnenstad", "in het centrum", "uit het centrum", "aan boord", "in vliegtuigen"] },
    { scope: "other", forms: ["scholen", "op school", "in de klas", "klaslokaal", "klaslokalen", "leerlingen", "schoolgebouw*",
      "5g-netwerk*", "5g-netwerk", "mobiele netwerk*", "telecomnetwerk*", "telecomnetwerken", "netwerkapparatuur", "kritieke infrastructuur",
      "openbare ruimte"] },
    { scope: "official_devices", weak: true, forms: ["rijksambtenaren", "ambtenaren", "overheidspersoneel", "personeel van de overheid", "politieagenten"] },
  ],
  bodies: [
    { forms: ["nationale veiligheidsraad"], name: "National Security Council" },
    { forms: ["federale regering", "federale overheid"], name: "federal government", level: "national" },
    { forms: ["rijksoverheid"], name: "central government" },
    { forms: ["kabinet"], name: "cabinet" },
    { forms: ["regering", "overheid"], name: "government" },
    { forms: ["staatssecretaris"], name: "state secretary" },
    { forms: ["minister", "ministerie"], name: "ministry" },
    { forms: ["tweede kamer", "parlement", "kamer"], name: "parliament" },
    { forms: ["politie"], name: "police" },
    { forms: ["gemeente", "gemeenteraad", "stad"], name: "municipality", level: "local" },
    { forms: ["burgemeester", "gemeentebestuur", "college van burgemeester en wethouders"], name: "municipality", level: "local" },
    { forms: ["provinciale staten", "gedeputeerde staten", "regionaal parlement", "deelstaatparlement", "deelstaatregering"], name: "regional government", level: "subnational" },
    { forms: ["provincie", "deelstaat", "regionale regeringen", "regionale overheden", "lokale besturen"], name: "regional governments", level: "subnational" },
    { forms: ["hooggerechtshof", "hoogste rechter", "hoogste rechtbank", "opperste gerechtshof"], name: "Supreme Court" },
    { forms: ["grondwettelijk hof", "constitutioneel hof", "grondwettelijke hof", "constitutionele hof"], name: "Constitutional Court" },
    { forms: ["raad van state", "bestuursrechter", "administratieve rechtbank"], name: "administrative court" },
    { forms: ["gerechtshof", "hof van beroep", "hof van cassatie", "federale rechter", "federale rechtbank", "voorzieningenrechter",
      "kortgedingrechter", "rechters", "hof"], name: "court" },
    { forms: ["rechter", "rechtbank"], name: "court" },
    { forms: ["toezichthouder", "telecomtoezichthouder", "mediatoezichthouder", "telecomregulator", "mediaregulator", "regulator",
      "waakhond", "telecomautoriteit", "mediawaakhond"], name: "regulator" },
    { forms: ["privacytoezichthouder", "privacywaakhond", "gegevensbeschermingsautoriteit", "privacyautoriteit",
      "privacycommissie"], name: "data protection authority" },
    { forms: ["consumentenautoriteit", "mededingingsautoriteit", "consumentenwaakhond"], name: "consumer protection authority" },
    { forms: ["gezondheidsautoriteit*", "gezondheidsinstanties", "geneesmiddelenautoriteit"], name: "health authority" },
    { forms: ["voedselautoriteit", "voedselveiligheidsautoriteit", "voedselagentschap", "voedselwaakhond"], name: "food safety authority" },
    { forms: ["ministerie van volksgezondheid", "minister van volksgezondheid", "minister van gezondheid", "ministerie van gezondheid",
      "gezondheidsminister"], name: "Ministry of Health" },
    { forms: ["ministerie van onderwijs", "minister van onderwijs", "onderwijsminister", "ministerie van ocw"], name: "Ministry of Education" },
    { forms: ["ministerie van binnenlandse zaken", "minister van binnenlandse zaken", "ministerie van justitie",
      "minister van justitie"], name: "Ministry of the Interior" },
    { forms: ["ministerie van defensie", "minister van defensie", "defensieminister", "defensie"], name: "Ministry of Defence" },
    { forms: ["ministerie van economische zaken", "minister van economische zaken", "ministerie van digitale zaken",
      "ministerie van communicatie", "minister van telecommunicatie", "ministerie van informatietechnologie"], name: "ministry" },
    { forms: ["eerste kamer", "senaat", "volksvertegenwoordiging", "kamerleden", "parlementsleden", "nationale assemblee",
      "congres", "wetgever"], name: "parliament" },
    { forms: ["leger", "krijgsmacht", "strijdkrachten", "marine", "luchtmacht"], name: "armed forces" },
    { forms: ["federale politie", "nationale politie"], name: "police" },
    { forms: ["regime", "junta", "machthebbers", "militaire regering", "interim-regering"], name: "government" },
    { forms: ["autoriteiten"], name: "authorities" },
  ],
  demonyms: {
    BE: ["Belgische", "Belgisch", "Belgiës"], US: ["Amerikaanse", "Amerikaans", "VS", "Verenigde Staten"],
    CA: ["Canadese", "Canadees"], BR: ["Braziliaanse", "Braziliaans"], GB: ["Britse", "Brits", "VK"], NL: ["Nederlandse", "Nederlands", "Rijks*", "rijks*"],
    FR: ["Franse", "Frans"], DE: ["Duitse", "Duits"], AT: ["Oostenrijkse"], DK: ["Deense"], NO: ["Noorse"], IT: ["Italiaanse"],
    ES: ["Spaanse"], CN: ["Chinese", "Chinees"], RU: ["Russische"], IN: ["Indiase"], PK: ["Pakistaanse"], ID: ["Indonesische"],
    AU: ["Australische"], NZ: ["Nieuw-Zeelandse"], EU: ["Europese", "EU-"],
  },
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["New Delhi"],
    US: ["VS", "Verenigde Staten", "Amerika", "Washington", "Witte Huis"],
    GB: ["VK", "Verenigd Koninkrijk", "Groot-Brittannië", "Engeland"],
    NL: ["Nederland", "Den Haag"], BE: ["België"], CN: ["China", "Peking", "Beijing"],
  },
  actorNouns: [
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "wet", "wetten", "decreet", "verordening", "junta", "regime",
    "regering", "overheid", "overheden", "autoriteiten", "ministerie", "minister", "parlement", "kabinet", "raad",
    "toezichthouder", "politie", "ambtenaren", "instellingen", "commissie", "defensie", "leger", "staat", "deelstaat", "rechter",
    "hooggerechtshof", "rechtbank", "hof",
    // a city's bodies, after its adjective ("de Amsterdamse gemeenteraad", "het Rotterdamse stadsbestuur")
    "gemeenteraad", "gemeente", "burgemeester", "stadsbestuur", "stadsdeel", "provincie", "provinciebestuur", "wethouder",
    // compounds of them ("mediatoezichthouder", "telecomautoriteit", "gezondheidsministerie")
    "*toezichthouder", "*autoriteit", "*ministerie", "*rechtbank", "*regering", "*minister",
    // "EU-leiders", "EU-landen zijn het eens": a union's leaders or member states deciding together are the union
    "leiders", "lidstaten", "landen"],
  targetCues: [
    // airlines named after their kind ("la aerolínea Iberia")
    "luchtvaartmaatschappij", "luchtvaartmaatschappijen", "de luchtvaartmaatschappij", "maatschappij",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "product", "producten", "supplement", "supplementen", "voedingssupplement", "middel", "geneesmiddel", "merk",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "casino", "casino's", "onlinecasino", "onlinecasino's", "online casino", "online casino's", "gokwebsite", "gokwebsites", "goksite", "goksites",
    "de app", "app", "applicatie", "platform", "sociale netwerk", "socialemediaplatform", "dienst", "website",
    "tijdschrift", "blad", "krant", "zender", "kanaal", "spel", "game", "chatbot", "fabrikant", "webwinkel", "berichtendienst", "videoplatform",
    // plural: "die Plattformen Qintel und Zongda"
    "de apps", "apps", "platforms", "de platforms", "platformen", "diensten", "de diensten", "websites", "zenders", "kanalen", "spellen", "games"],
  targetCueHeads: ["dienst", "platform", "netwerk", "website", "site", "tijdschrift", "blad", "krant", "zender", "kanaal", "spel",
    "game", "film", "chatbot", "fabrikant", "webwinkel", "groep", "organisatie", "vereniging", "partij", "-app"],
  frames: {
    nounLinks: ["op", "van", "tegen"],
    genitives: ["van"],
    // "de export van tarwe", "een uitvoerverbod op rijst": exports are the target ("wheat exports")
    exportWords: ["export", "uitvoer", "exportverbod*", "uitvoerverbod*", "exportstop*"],
    transparent: [
      // flying a thing bans it: "verbiedt het vliegen met drones"
      "het vliegen met", "vluchten met", "het oplaten van",
      // activities as verbal nouns: "het fokken van pitbulls verbieden", "het afsteken van vuurwerk"
      "het fokken van", "fokken van", "het houden van", "het verkopen van", "verkopen van", "het importeren van", "het invoeren van", "het uitvoeren van", "het bezitten van", "het kweken van", "het afsteken van", "afsteken van", "het dragen van",
      // making, placing and opening a thing bans the thing: "verbiedt de bouw van", "het plaatsen van"
      "de bouw van", "bouw van", "installatie van", "het plaatsen van", "plaatsen van", "de opening van", "het installeren van",
      // "any (other) form of X" is X
      "elke vorm van", "iedere vorm van", "elke andere vorm van", "alle vormen van",
      
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "de handel in", "handel in", "transacties met", "betalingen met", "de export van", "export van", "de uitvoer van", "uitvoer van", "de invoer van",
     "de verkoop van", "verkoop van", "de import van", "import van", "invoer van", "het gebruik van", "gebruik van", "toegang tot",
      "de productie van", "productie van", "reclame voor", "de installatie van", "apparatuur van", "producten van", "diensten van", "de uitzending van", "uitzending van", "de verspreiding van",
      // use, possession, cultivation, making: what is used, held, grown or made
      "het bezit van", "bezit van", "de teelt van", "teelt van", "de consumptie van", "consumptie van"],
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["voor", "gedurende"],
    classAfter: ["andere", "soortgelijke", "vergelijkbare", "overige"],
    passiveAux: ["is", "was", "wordt", "werd", "worden", "werden", "zijn", "waren", "is al", "wordt vanaf"],
    quantifiers: ["alle", "sommige", "veel"],
    stops: ["die", "dat", "wat", "waar", "wanneer", "omdat", "nadat", "sinds", "tot", "na", "voor", "vanaf", "in", "op", "bij", "met", "zonder",
      "wegens", "vanwege", "door", "per", "is", "was", "wordt", "werd", "zijn", "heeft", "hebben", "zal", "zou", "kan", "moet", "mag",
      "ook", "al", "nu", "nog", "direct", "onmiddellijk", "tijdelijk", "definitief", "vandaag", "gisteren", "morgen"],
    relativeOpeners: ["die", "dat", "welke", "wat"],
    objectsBeforeVerb: true,
    finiteAux: ["heeft", "hebben", "had", "hadden", "wil", "willen", "wilde", "gaat", "gaan", "ging", "moet", "moeten", "zal", "zullen", "zou",
      "zouden", "kan", "kunnen", "mag", "mogen", "laat", "liet", "wordt", "worden", "werd", "werden"],
    nameConnectors: ["van", "voor"],
    including: ["waaronder", "onder meer", "onder andere", "zoals"],
    pronouns: ["hij", "het", "hem", "haar", "hen", "ze", "zij", "dit", "deze", "die", "dat", "apps", "app", "applicatie", "platform", "dienst", "diensten", "verbod", "maatregel"],
    invertedSubjects: ["hij", "zij", "ze", "men"],
  },
  audienceNouns: ["ambtenaren", "rijksambtenaren", "personeel", "medewerkers", "werknemers", "politieagenten", "agenten",
    "leden", "studenten", "gebruikers", "kinderen", "minderjarigen", "ministers", "bewindspersonen", "militairen"],
  grammar: {
    comitatives: ["met"],
    honorifics: ["dhr", "mevrouw", "mw", "mr", "dr"],
    questionWords: ["waarom", "hoe", "wanneer", "wat", "waar", "wie", "welke", "sinds wanneer"],
    locatives: ["in"],
    memberNouns: ["land", "landen", "lidstaat", "lidstaten", "stad", "steden", "gemeente", "gemeenten"],
    possessive: "['’]s",
    frontedOpeners: ["na", "net als", "vanaf", "sinds", "op", "in", "nu", "vandaag", "gisteren", "daarmee", "volgens", "ondanks",
      "vanwege", "eerder", "per", "met ingang van", "ook", "als"],
    // "gli under 16. L'esame": a number before a period ends its sentence
    ordinalPeriods: false,
    abbreviations: ["jan.", "feb.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.", "dhr.", "mevr.", "mr.", "dr.", "prof.", "bijv.", "bv.", "nr.", "art.", "ca.", "mln.", "mld.", "o.a.", "m.b.t.", "d.w.z."],
    conjunctions: ["en", "of"],
    demonstratives: ["dit", "deze", "dat"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchWords: ["zo'n", "een dergelijk", "dergelijke", "een soortgelijk", "soortgelijke", "eigen", "een eigen"],
    prepositions: ["in", "van", "voor", "op", "met", "door", "uit", "bij", "een", "per", "via"],
    articles: ["de", "het", "den"],
    determiners: ["het", "een"],
    complementizers: ["om", "dat"],
    infinitiveMarkers: ["te"],
    additive: ["ook", "eveneens"],
    referenceNouns: ["applicaties", "apps"],
    collectiveActors: ["autoriteiten", "regering"],
  },
  dates: {
    yearLinks: ["in", "sinds", "tussen", "vanaf", "tot", "eind", "begin", "medio", "per"],
    deadline: ["tot", "uiterlijk", "voor", "vóór", "deadline", "binnen"],
    effective: ["vanaf", "met ingang van", "per", "gaat in", "ingaat", "van kracht"],
    expires: ["verloopt", "loopt af", "eindigt"],
    immediate: ["per direct", "met onmiddellijke ingang", "onmiddellijk", "meteen"],
    monthOnly: ["eind", "einde", "begin", "half", "medio", "midden"],
    periodLinks: ["van"],
    future: ["zal", "zullen", "gaat", "gaan", "volgende", "komende", "vanaf", "binnenkort"],
    nextOccurrence: { before: ["komende", "volgende"], after: ["aanstaande", "a.s."] },
    yearAfter: { next: ["volgend jaar", "komend jaar", "van volgend jaar"], last: ["vorig jaar", "van vorig jaar", "afgelopen jaar"] },
    futureBefore: ["vanaf", "per", "tot"],
    imposedBefore: ["ingesteld", "opgelegd", "ingevoerd", "van kracht sinds"],
    inForce: ["van kracht", "treedt in werking", "in werking", "gaat in", "ingaat", "geldt vanaf", "geldt sinds", "geldt per", "geldt nu", "geldt al", "geldt vandaag", "geldt met ingang van"],
    past: ["vorige", "afgelopen", "jongstleden", "jl."],
    relative: { gisteren: ["day", -1], eergisteren: ["day", -2], vandaag: ["day", 0], gisterochtend: ["day", -1],
      gistermiddag: ["day", -1], gisteravond: ["day", -1], gisternacht: ["day", -1], vanochtend: ["day", 0], vanmorgen: ["day", 0],
      vanmiddag: ["day", 0], "vorige maand": ["month", -1], "afgelopen maand": ["month", -1], "eerder deze maand": ["month", 0],
      "deze maand": ["month", 0], "vorig jaar": ["year", -1], "afgelopen jaar": ["year", -1], "dit jaar": ["year", 0] },
    weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    dayParts: ["ochtend", "morgen", "middag", "avond", "nacht"],
    offsets: { after: ["na", "later", "geleden", "eerder", "voor", "nadat", "voordat"], before: ["na"] },
    durationUnits: { jaar: "Y", jaren: "Y", maand: "M", maanden: "M", week: "W", weken: "W", dag: "D", dagen: "D" },
    numbers: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12 },
  },
};
export default nl;

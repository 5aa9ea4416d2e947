import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// German. Strong verbs and separable prefixes are listed as forms; compounds
// ("TikTok-Verbot", "Diensthandys") are matched by stems with "*".
const de: Locale = {
  code: "de",
  // Austria and Switzerland write German with words and bodies of their own.
  homeMarkers: {
    DE: ["Bundestag", "Bundestags", "Ministerpräsident", "Ministerpräsidentin", "Ministerpräsidenten", "Bundesrepublik", "Bundesverfassungsgericht", "Bundesinnenministerium", "Bundesinnenministeriums", "Bundesinnenministerin", "Bundesinnenminister"],
    AT: ["Jänner", "heuer", "APA", "ORF", "Landeshauptmann", "Landeshauptfrau", "Bezirkshauptmannschaft", "Matura"],
    CH: ["Keystone-SDA", "SRF", "Regierungsrat", "Grosser Rat", "Schweizer Franken"],
  },
  franc: "deu",
  categories,
  // Dative plurals: "ein Verbot von Nazi-Symbolen", "mit Laubbläsern".
  categoryEndings: [["e", "n"], ["el", "n"], ["er", "n"]],
  // "sozialer Medien", "elektrischen Tretrollern": adjectives decline before a category's noun
  categoryAdjectiveEndings: ["e", "en", "er", "es", "em"],
  chrono: chronoLocale("de").casual,
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "de.ban.airspace", action: "ban", kind: "verb",
      forms: ["Luftraum für", "Luftraum gesperrt für", "sperrt seinen Luftraum für", "sperren ihren Luftraum für", "sperrt den Luftraum für", "sperrte seinen Luftraum für"] },
    // Einer Sache die Zulassung entziehen verbietet sie ("entzog dem Unkrautvernichter X die Zulassung").
    { id: "de.ban.authorization", action: "ban", kind: "verb",
      forms: ["Zulassung entzogen", "Zulassung entzieht", "Zulassung entzog", "Zulassung widerrufen", "Zulassung für ... widerrufen", "Widerruf der Zulassung von", "Widerruf der Zulassung für", "Entzug der Zulassung von", "Entzug der Zulassung für"] },
    // Eine Sache aus den App-Stores entfernen verbietet sie ("hat Apple WhatsApp aus seinem App Store in China entfernt").
    { id: "de.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["aus ... App Store ... entfernt", "aus ... App-Store ... entfernt", "aus ... App Stores ... entfernt", "aus ... App-Stores ... entfernt", "aus ... Appstore ... entfernt", "aus ... Play Store ... entfernt", "aus ... Google Play ... entfernt", "aus ... Store ... entfernt", "aus ... Stores ... entfernt", "aus ... App Store entfernt", "aus ... App-Store entfernt", "aus ... App Stores entfernt", "aus ... App-Stores entfernt", "aus ... Appstore entfernt", "aus ... Play Store entfernt", "aus ... Google Play entfernt", "aus ... Store entfernt", "aus ... Stores entfernt", "entfernt ... aus ... App Store", "entfernt ... aus ... App-Store", "entfernt ... aus ... App Stores", "entfernt ... aus ... App-Stores", "entfernt ... aus ... Appstore", "entfernt ... aus ... Play Store", "entfernt ... aus ... Google Play", "entfernt ... aus ... Store", "entfernt ... aus ... Stores", "aus ... App Store genommen", "aus ... App-Store genommen", "aus ... App Stores genommen", "aus ... App-Stores genommen", "aus ... Appstore genommen", "aus ... Play Store genommen", "aus ... Google Play genommen", "aus ... Store genommen", "aus ... Stores genommen", "nimmt ... aus ... App Store", "nimmt ... aus ... App-Store", "nimmt ... aus ... App Stores", "nimmt ... aus ... App-Stores", "nimmt ... aus ... Appstore", "nimmt ... aus ... Play Store", "nimmt ... aus ... Google Play", "nimmt ... aus ... Store", "nimmt ... aus ... Stores"] },
    // a licence withdrawn bans whom it named ("hat dem Sender TV Rain die Lizenz entzogen")
    { id: "de.ban.licence-withdrawn", action: "ban", kind: "verb", namesOnly: true, objectInGap: true,
      forms: ["hat ... die Lizenz entzogen", "hat ... die Sendelizenz entzogen", "hat ... die Zulassung entzogen", "hat ... die Betriebserlaubnis entzogen", "wurde ... die Lizenz entzogen", "wurde ... die Sendelizenz entzogen", "wurde ... die Zulassung entzogen", "entzog ... die Lizenz", "entzieht ... die Lizenz", "entzog ... die Sendelizenz", "entzieht ... die Sendelizenz", "entzog ... die Zulassung", "entzieht ... die Zulassung", "hat die Lizenz von ... widerrufen", "hat die Sendelizenz von ... widerrufen", "hat die Zulassung von ... widerrufen"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "de.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["untersagte ihr", "untersagte ihm", "hat ihr untersagt", "hat ihm untersagt", "verbot ihr", "verbot ihm", "hat ihr verboten", "hat ihm verboten"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    // a ban binding whom its gap names, the activity after the comma ("hat Uber per einstweiliger Verfügung untersagt, ... zu vermitteln")
    { id: "de.ban.addressee", action: "ban", kind: "verb", addresseeInGap: true,
      forms: ["hat ... untersagt,", "haben ... untersagt,", "hatte ... untersagt,", "hatten ... untersagt,"] },
    { id: "de.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["hat ... angewiesen, … einzustellen", "hat ... aufgefordert, … einzustellen", "wies ... an, … einzustellen", "weist ... an, … einzustellen", "forderte ... auf, … einzustellen", "fordert ... auf, … einzustellen", "ordnet* an, dass … einstell*", "angeordnet, dass … einstell*"] },
    // stopping a trade bans it: "Indonesien stoppt die Ausfuhr von Palmöl", "hat den Export von Weizen gestoppt"
    { id: "de.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["die Ausfuhr", "die Ausfuhren", "den Export", "die Exporte", "die Einfuhr", "die Einfuhren", "den Import", "die Importe", "den Verkauf", "die Lieferungen"].flatMap((o) => [`stopp* ${o}`, `${o} ... gestoppt`, `${o} ... stoppen`])] },
    { id: "de.ban.verb", action: "ban", kind: "verb",
      forms: ["verbiet*", "verbot", "verboten", "verbannt", "verbannen", "untersag*", "sperr*", "gesperrt", "blockier*",
        "suspendier*", "ausgesetzt", "entfernt werden", "zu entfernen", "löschen", "gelöscht", "eingeschränkt", "einschränk*",
        "schränkt* ... ein", "darf ... nicht mehr", "dürfen ... nicht mehr", "dürfen ... keine", "darf ... keine",
        "nicht mehr ... dürfen", "nicht mehr erlaubt", "nicht erlaubt", "nicht gestattet", "nicht mehr zulässig", "nicht mehr genutzt", "nicht mehr verwendet",
        "abgeschaltet", "abschalt*", "schaltet ... ab", "vom Netz", "verbietet", "bannt", "gebannt", "aus den App-Stores",
        "Zugang ... gesperrt", "Zugriff ... gesperrt", "dicht gemacht", "stillgelegt"] },
    { id: "de.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["nicht mehr erreichbar", "funktioniert nicht mehr", "funktionierte nicht mehr", "nicht mehr abrufbar"] },
    { id: "de.ban.noun", action: "ban", kind: "noun",
      forms: ["Moratorium", "Moratoriums", "Embargo", "Embargos", "Verbot", "Verbots", "Verbote", "*verbot", "*verbots", "*verbote", "Sperre", "Sperrung", "*sperre", "Blockade",
        "Einschränkung*", "Untersagung", "Nutzungsverbot", "Bann",
        // "das Aus für neue Verbrenner", "das Verbrenner-Aus": the end a rule decrees
        "das Aus für", "*-Aus",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "Mindestalter für", "Altersgrenze für"] },
    { id: "de.advisory", action: "advisory", kind: "verb",
      forms: ["rät* … ab", "riet* … ab", "rieten … ab", "abgeraten", "rät* ... ab", "rieten ... ab", "abzuraten", "abraten", "empfiehlt ... nicht", "empfohlen ... nicht",
        "empfehlen ... nicht", "aufgefordert ... zu löschen", "aufgefordert ... zu entfernen", "Empfehlung", "warnt* vor",
        "gewarnt", "dringend empfohlen", "sollten ... nicht", "sollen ... nicht",
        // "sollten besser keine sozialen Medien nutzen": advice, not a rule
        "sollten besser kein*", "sollte besser kein*", "besser verzichten", "besser keine"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "de.lift.legal", action: "lift", kind: "verb", forms: ["legalisiert", "legalisierte", "legalisierten", "legalisieren", "legalisiere"] },
    { id: "de.lift.legal.noun", action: "lift", kind: "noun", forms: ["Legalisierung", "Teillegalisierung", "Legalisierung von", "Teillegalisierung von"] },
    { id: "de.lift.postpone", action: "lift", kind: "verb", banNounOnly: true,
      // postponing ends a ban only when a ban is what is put off ("verschiebt das Verbot"), not "die Sitzung wurde verschoben"
      forms: ["aufgeschoben", "verschob*", "verschoben"] },
    { id: "de.lift", action: "lift", kind: "verb",
      // the particle closes the clause however far from its verb ("hob das Gericht ... das Verbot ... wieder auf.")
      forms: ["Aufschub", "aufgehoben", "aufheb*", "hebt ... auf", "hob ... auf", "hebt … auf", "hob … auf", "heben … auf", "hoben … auf", "setzte … außer Kraft", "setzt … außer Kraft", "Aufhebung", "gekippt", "kippt*", "stoppt* ... Verbot",
        "stoppte", "gestoppt", "blockiert* ... Verbot", "vorläufig ausgesetzt", "vorerst ausgesetzt", "vorübergehend ausgesetzt", "einstweilen ausgesetzt", "bis auf Weiteres ausgesetzt", "setzte ... aus", "setzt ... aus", "entsperrt",
        "wieder erlaubt", "wieder zugelassen", 
        "heben ... auf", "hoben ... auf", "aufzuheben", "außer Kraft gesetzt", "setzt* ... außer Kraft", "für nichtig erklärt",
        // a court suspending a ban's enforcement ("setzte ... das Verbot im Eilverfahren vorläufig außer Vollzug")
        "setzte … außer Vollzug", "setzt … außer Vollzug", "setzt* ... außer Vollzug", "außer Vollzug gesetzt",
        "für rechtswidrig", "für verfassungswidrig", "für unzulässig erklärt", "wieder zugänglich",
        "wieder freigeschaltet", "wieder freigegeben", "gibt ... wieder frei", "gab ... wieder frei", "entsperr*", "Entsperrung", "Ende des Verbots", "Ende der Sperre", "beendet* ... Sperre",
        "beendet* ... Verbot", "widerrufen", "widerruft", "zurückgenommen", "Rücknahme",
        "Abschaffung des Verbots", "Abschaffung der Sperre"] },
    // abolishing: only a ban noun in its clause is a ban it ends ("schafft das nächtliche Alkoholverkaufsverbot ab";
    // "die alte Regelung abgeschafft" lifts nothing)
    { id: "de.lift.abolish", action: "lift", kind: "verb", banNounOnly: true,
      forms: ["abgeschafft", "abzuschaffen", "schafft ... ab", "schaffte ... ab", "schaffen ... ab", "schafften ... ab"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "de.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["wieder verfügbar", "wieder erreichbar", "wieder online"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["gegen"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["sagte", "sagt", "sagten", "erklärte", "erklärt", "kritisierte", "kritisiert", "schrieb", "betonte", "meinte", "teilte mit"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["Das hat ... beschlossen", "Das hat ... entschieden", "Das hat ... angekündigt", "Das hat ... mitgeteilt", "Das hat ... bekanntgegeben", "Das haben ... beschlossen", "Das hat … beschlossen", "Das hat … entschieden", "Das hat … angekündigt", "Das hat … mitgeteilt", "Das hat … bekanntgegeben", "Das hat … verfügt", "Das haben … beschlossen", "Das haben … entschieden", "Dies hat … beschlossen", "Dies hat … entschieden", "Dies hat … mitgeteilt", "Das beschloss", "Das beschlossen", "Das entschied", "Das entschieden", "Das teilte … mit", "Dies teilte … mit", "Das teilten … mit", "Das gab … bekannt", "Dies gab … bekannt", "Das gaben … bekannt", "Das kündigte … an", "Darauf verständigte sich", "Darauf verständigten sich", "Darauf einigte sich", "Darauf einigten sich"],
    nationwide: ["bundesweit", "deutschlandweit", "österreichweit", "schweizweit", "im ganzen Bundesgebiet"],
    fromPlace: ["aus", "aus der", "aus dem"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["nicht nur", "nicht das erste", "nicht der erste", "nicht die erste", "nicht das einzige", "nicht der einzige", "nicht die einzige", "nicht allein"],
    // "ohne" negates only what follows it closely: further on it says how ("without warning")
    without: ["ohne"],
    negation: ["lehnt", "lehnte", "lehnen", "lehnten", "dementiert", "dementierte", "abgelehnt", "lehnt* ... ab", "lehnte* ... ab", "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne", "statt", "anstatt"],
    negationAfter: ["nicht", "nie", "niemals", "keineswegs"],
    negationAfterExcept: ["nicht nur", "nicht mehr nur", "nicht zuletzt"],
    nounDenied: ["gibt es nicht", "gibt es ... nicht", "wird es nicht geben", "wird es ... nicht geben", "soll es nicht geben",
      "soll es ... nicht geben", "wird nicht kommen", "wird ... nicht kommen"],
    hypothetical: ["vorgeworfen", "vorwirft", "vorwarf", "beschuldigt", "falls", "wenn", "sofern", "ob", "im Fall, dass", "im Falle, dass", "im Fall eines", "im Falle eines", "im Fall einer", "im Falle einer", "würde", "würden", "stell dir vor", "stellen Sie sich vor", "angenommen"],
    proposal: ["in erster Lesung", "plan*", "geplant", "erwäg*", "prüf*", "will", "wollen", "soll", "sollen", "sollte", "könnte", "könnten",
      "fordert*", "fordern", "gefordert", "Forderung", "verlangt", "verlangen", "verlangte", "verlangten", "plädier*", "appellier*", "wirbt für", "werben für", "warb für", "warben für", "pocht* auf", "pochen auf", "dringt auf", "dringen auf", "Gesetzentwurf", "Vorschlag", "vorgeschlagen", "schlägt ... vor", "beabsichtig*",
      "droht*", "denkt ... nach", "überleg*", "diskutier*", "erwartet", "dürfte", "dürften", "strebt* ... an", "Entwurf"],
    background: ["bleibt", "bleiben", "blieb", "weiterhin", "nach wie vor", "noch immer", "immer noch", "bereits", "schon", "zuvor", "vorher", "früher", "im vergangenen", "vergangenes Jahr", "letztes Jahr",
      "letzten Monat", "hatte", "hatten", "wie", "ebenfalls", "auch", "ähnlich*", "Ende Februar", "Anfang März",
      "folgt", "folgen", "dem Beispiel", "zuletzt", "kürzlich", "ähnliche"],
    now: ["nun", "jetzt", "nunmehr"],
    bills: ["Gesetzentwurf", "Gesetzentwürfe", "Gesetzesentwurf", "Gesetzesvorschlag", "Entwurf", "Referentenentwurf", "Verordnungsentwurf"],
    // a denial governing its clause: the verb triggers after it are denied ("dementierte Berichte, wonach ... sperren wolle")
    denials: ["dementiert* ... dass", "dementiert* ... wonach", "dementiert* ... Bericht*", "bestritt* ... dass", "bestreitet ... dass", "bestritten ... dass", "wies ... Bericht* zurück", "weist ... Bericht* zurück", "wies ... zurück, dass", "weist ... zurück, dass"],
    billEnacted: ["unterzeichnet", "unterschrieb", "unterschreibt"],
    billRejected: ["wurde abgelehnt", "wurden abgelehnt", "scheiterte", "scheiterten"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["angeordnet, dass", "ordnete an, dass", "ordnet an, dass", "verfügt, dass", "verfügte, dass", "entschieden, dass", "entschied, dass"],
    ruleAnaphors: ["das Gesetz", "das neue Gesetz", "die Verordnung", "die neue Verordnung", "die Regelung", "die neue Regelung", "die Maßnahme", "der Erlass", "die Verfügung", "die Allgemeinverfügung", "die Satzung"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["die Entscheidung", "der Beschluss", "das Urteil", "die Anordnung", "die Sanktionen", "das Embargo", "die Maßnahmen", "die neuen Regeln", "die Regel", "die Vorgabe", "die Einschränkung", "die Einschränkungen", "die Beschränkung", "die Beschränkungen"],
      verbs: ["betrifft auch", "betreffen auch", "betraf auch", "betrafen auch", "betrifft zudem", "betrifft außerdem", "betrifft ebenfalls", "betreffen zudem", "betreffen ebenfalls", "gilt auch für", "gelten auch für", "galt auch für", "galten auch für", "gilt zudem für", "gilt ebenfalls für", "gelten ebenfalls für", "erstreckt sich auch auf", "erstrecken sich auch auf", "umfasst auch", "umfassen auch", "trifft auch", "treffen auch", "richtet sich auch gegen", "richten sich auch gegen", "erfasst auch", "erfassen auch", "betrifft", "betreffen", "gilt für", "gelten für", "umfasst", "umfassen", "erfasst"],
      openers: ["betroffen sind auch", "betroffen sind zudem", "betroffen sind außerdem", "betroffen sind ebenfalls", "ebenfalls betroffen sind", "auch betroffen sind", "betroffen ist auch", "ebenfalls betroffen ist", "darunter fallen auch", "darunter fällt auch", "ebenfalls darunter fallen"],
      after: ["sind ebenfalls betroffen", "ist ebenfalls betroffen", "sind auch betroffen", "ist auch betroffen", "sind zudem betroffen", "sind außerdem betroffen", "waren ebenfalls betroffen", "war ebenfalls betroffen", "sind betroffen", "ist betroffen", "sind ebenfalls erfasst", "fallen ebenfalls darunter", "fallen auch darunter", "fällt ebenfalls darunter", "fällt auch darunter"],
    },
    precedent: ["nicht das erste Mal", "nicht der erste Fall"],
    pluralDeciders: ["andere Länder", "mehrere Länder", "viele Länder", "einige Länder", "weitere Länder", "zahlreiche Länder", "Staaten", "Städte", "Gemeinden", "Kommunen", "Regierungen", "Kantone", "Mitgliedstaaten", "Mitgliedsstaaten"],
    backgroundBefore: ["nach dem", "nach der", "nachdem"],
    liftObjects: ["Embargo", "Verbot", "*verbot", "Anordnung", "Dekret", "Gesetz", "*-Aus", "Verfügung", "Sperre"],
    clauseBreaks: ["aber", "doch", "während", "obwohl", "jedoch", "allerdings", ";", "—"],
    locatives: ["von", "vom", "durch", "in", "im"],
    besides: ["neben", "zusätzlich zu", "zusätzlich zur", "zusätzlich zum"],
    followedBy: ["gefolgt von"],
    follow: ["folgt ... wie", "folgen ... wie", "folgt ... dem Beispiel", "folgt ... Beispiel von", "Beispiel ... wie", "anderen Staaten wie", "anderen Ländern wie", "schließt sich ... an", "nach dem Vorbild", "wie zuvor"],
    source: ["laut", "nach Angaben", "unter Berufung auf"],
    medium: ["über die Plattform", "mithilfe von", "mit Hilfe von", "schrieb auf", "teilte auf", "auf seinem", "auf ihrem", "Beitrag auf", "erklärte auf", "postete auf",
      "auf dem Kurznachrichtendienst", "im Kurznachrichtendienst", "auf dem Onlinedienst", "auf der Plattform", "auf der Onlineplattform",
      "im Onlinedienst", "über den Onlinedienst", "über den Kurznachrichtendienst", "im Online-Netzwerk", "im sozialen Netzwerk", "auf dem sozialen Netzwerk"],
    motive: ["schützen", "zu schützen", "zum Schutz", "Schutz von", "Schutz der", "weil", "wegen", "vorgeworfen", "verderben", "schaden", "schadet", "gefährden"],
  },
  scopes: [
    { scope: "official_devices", forms: ["Diensthand*", "Dienstgerät*", "Diensttelefon*", "Dienst-Handy*", "Dienstsmartphone*",
      "dienstliche* Handy*", "dienstliche* Gerät*", "dienstlichen Mobiltelefon*", "Firmenhandy*", "Firmengerät*", "Arbeitshandy*",
      "Arbeitsgerät*", "beruflich genutzten", "Regierungshandy*", "Regierungsgerät*", "Behördenhandy*", "Behördengerät*",
      "Diensthandys", "Mobiltelefone der", "Geräte der", "Geräten der", "dienstlich"] },
    { scope: "personal_devices", forms: ["Privathand*", "private* Handy*", "private* Gerät*", "privaten Smartphones",
      "eigenen Geräten", "persönlichen Geräten", "Privatgerät*"] },
    { scope: "official_network", forms: ["Regierungsnetz*", "Behördennetz*", "internen Netz*", "Universitätsnetz*", "WLAN", "Wi-Fi", "Netz der", "Server*"] },
    { scope: "minors", forms: ["Minderjährige*", "Kinder", "Jugendliche*", "unter 1*", "Jugendschutz", "Altersgrenze",
      "Altersverifikation", "Zustimmung der Eltern"] },
    { scope: "public", forms: ["App-Store*", "App Store*", "landesweit", "im ganzen Land", "bundesweit", "Internetanbieter*",
      "Provider", "herunterladen", "Download*", "Verkauf", "Transaktionen", "Geschäfte mit", "abgeschaltet", "blockiert", "gesperrt", "vom Netz",
      "nicht mehr erreichbar", "nicht mehr verfügbar"] },
    { scope: "public", forms: ["Import", "Einfuhr", "Handel", "verkauft", "verkaufen", "Vertrieb", "Inverkehrbringen", "in Verkehr",
      "Netzbetreiber", "Internetprovider", "Mobilfunkanbieter", "nicht mehr zugänglich", "unzugänglich"] },
    { scope: "minors", forms: ["Mindestalter", "jünger als 1*", "ab 1* Jahren", "Altersbeschränkung", "Altersprüfung", "Alterskontrolle",
      "Heranwachsende*", "Teenager"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["im Stadion", "in Stadien", "Stadien", "in öffentlichen Verkehrsmitteln", "im öffentlichen Nahverkehr", "öffentlichen Nahverkehr", "in Zügen", "in Bussen", "in der U-Bahn", "in Straßenbahnen", "in Bars", "in Restaurants", "in Gaststätten", "in Kneipen", "in der Gastronomie", "an Stränden", "in Parks", "auf Spielplätzen", "in Krankenhäusern", "in Gefängnissen", "in der Innenstadt", "in der Altstadt", "an Bord", "in Flugzeugen"] },
    { scope: "other", forms: ["Schulen", "an der Schule", "in der Schule", "Klassenzimmer*", "Unterricht", "Schüler*", "Schulgelände",
      "5G-Netz*", "Mobilfunknetz*", "Telekommunikationsnetz*", "Kernnetz*", "kritische* Infrastruktur", "öffentlichen Raum",
      "öffentlichen Plätzen"] },
    { scope: "official_devices", weak: true, forms: ["Beamte*", "Staatsdiener*", "Bundesbedienstete*", "öffentlich Bedienstete*", "Regierungsmitarbeiter*", "Mitarbeiter der Regierung"] },
  ],
  bodies: [
    { forms: ["Nationale Sicherheitsrat", "Nationalen Sicherheitsrat"], name: "National Security Council" },
    { forms: ["Bundesregierung", "Bundes", "Bundesebene"], name: "federal government" },
    { forms: ["Landesregierung*", "Länder", "Bundesländer", "Gemeinden"], name: "state governments", level: "subnational" },
    { forms: ["Stadt", "Stadtrat", "Gemeinde"], name: "city council", level: "local" },
    { forms: ["Regierung", "Ministerrat", "Kabinett", "Administration", "Regierungschef*"], name: "government" },
    { forms: ["Parlament", "Kongress", "Senat", "Bundestag", "Nationalrat", "Abgeordnete*", "Repräsentantenhaus"], name: "parliament" },
    { forms: ["Präsident", "Präsidentin", "Bundeskanzler*", "Kanzler*"], name: "president" },
    { forms: ["Premierminister*", "Ministerpräsident*"], name: "prime minister" },
    // federal ministries decide for the country, also in a story about a Land
    { forms: ["Bundesministerium", "Bundesminister", "Bundesministerin", "Bundesinnenministerium", "Bundesinnenminister", "Bundesinnenministerin",
      "Bundesjustizministerium", "Bundesjustizminister*", "Bundesgesundheitsministerium", "Bundesgesundheitsminister*", "Bundesumweltministerium",
      "Bundesumweltminister*", "Bundesverkehrsministerium", "Bundesverkehrsminister*", "Bundeswirtschaftsministerium", "Bundeswirtschaftsminister*",
      "Bundeslandwirtschaftsministerium", "Bundeslandwirtschaftsminister*", "Bundesfamilienministerium", "Bundesfamilienminister*",
      "Bundesfinanzministerium", "Bundesfinanzminister*", "Bundesbildungsministerium", "Bundesbildungsminister*", "Bundesdigitalministerium"],
      name: "federal ministry", level: "national" },
    { forms: ["*ministerium", "*minister", "*ministerin", "Ministerium", "Minister", "Ministerin", "Handelsministerium"], name: "ministry" },
    { forms: ["Regulierungsbehörde", "Aufsichtsbehörde", "Medienaufsicht", "Telekommunikationsbehörde", "Behörde"], name: "regulator" },
    { forms: ["Oberstes Gericht", "Obersten Gericht", "Oberste Gerichtshof", "Obersten Gerichtshof", "Höchstgericht", "höchste Gericht",
      "höchsten Gericht", "Supreme Court"], name: "Supreme Court" },
    { forms: ["Verfassungsgericht", "Verfassungsgerichts", "Verfassungsgerichtshof", "Bundesverfassungsgericht"], name: "Constitutional Court" },
    { forms: ["Verwaltungsgericht", "Verwaltungsgerichts", "Oberverwaltungsgericht", "Bundesverwaltungsgericht", "Verwaltungsgerichtshof"], name: "administrative court" },
    { forms: ["Gericht", "Richter*", "Bundesgericht", "*gericht", "*gerichts", "*gerichtshof", "Gerichtshof", "Justiz"], name: "court" },
    { forms: ["Telekom-Regulierer", "Telekommunikationsregulierer", "Regulierer", "Medienaufsicht", "Medienanstalt", "Landesmedienanstalt",
      "Medienbehörde", "Internetbehörde", "Zensurbehörde", "Netzagentur", "Rundfunkbehörde", "Medienwächter", "Aufsicht"], name: "regulator" },
    { forms: ["Datenschutzbehörde", "Datenschützer", "Datenschutzbeauftragte*", "Datenschutzaufsicht", "Datenschutzbehörden"], name: "data protection authority" },
    { forms: ["Verbraucherschutzbehörde", "Verbraucherschützer", "Kartellamt", "Wettbewerbsbehörde", "Wettbewerbshüter"], name: "consumer protection authority" },
    { forms: ["Gesundheitsbehörde*", "Arzneimittelbehörde", "Gesundheitsamt"], name: "health authority" },
    { forms: ["Lebensmittelbehörde", "Lebensmittelaufsicht", "Lebensmittelsicherheitsbehörde"], name: "food safety authority" },
    { forms: ["Gesundheitsministerium", "Gesundheitsminister*"], name: "Ministry of Health" },
    { forms: ["Bildungsministerium", "Bildungsminister*", "Kultusministerium", "Kultusminister*", "Schulministerium"], name: "Ministry of Education" },
    { forms: ["Innenministerium", "Innenminister*"], name: "Ministry of the Interior" },
    { forms: ["Digitalministerium", "Digitalminister*", "Kommunikationsministerium", "Informationsministerium", "Telekommunikationsministerium"], name: "Ministry of Communications" },
    { forms: ["Verteidigungsministerium", "Verteidigungsminister*"], name: "Ministry of Defence" },
    { forms: ["Wirtschaftsministerium", "Handelsminister*"], name: "Ministry of Commerce" },
    { forms: ["Bundesrat", "Nationalversammlung", "Unterhaus", "Oberhaus", "Staatsduma", "Duma", "Volksvertretung", "Parlamentarier",
      "Gesetzgeber", "Abgeordnetenhaus", "Abgeordnetenkammer"], name: "parliament" },
    { forms: ["Landtag", "Landtags", "Landesparlament"], name: "state parliament", level: "subnational" },
    { forms: ["Armee", "Militär", "Streitkräfte", "Marine", "Luftwaffe", "Bundeswehr", "Navy"], name: "armed forces" },
    { forms: ["Bundespolizei"], name: "police" },
    { forms: ["Regime", "Junta", "Machthaber", "Militärregierung", "Übergangsregierung"], name: "government" },
    { forms: ["Polizei"], name: "police" },
    { forms: ["Behörden"], name: "authorities" },
  ],
  demonyms: {},
  placeInflections: ["s"],
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["Neu-Delhi", "New Delhi"],
    US: ["USA", "US", "Vereinigte* Staaten", "Amerika", "Washington", "Weiße* Haus*"], GB: ["Großbritannien", "Vereinigtes Königreich", "England", "London"],
    AT: ["Österreich", "Wien"], DE: ["Deutschland", "Berlin"], CN: ["China", "Peking"], RU: ["Russland", "Moskau", "Kreml"],
    CH: ["Schweiz", "Bern"], NL: ["Niederlande", "Niederlanden"],
  },
  actorNouns: [
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "Gesetz", "Gesetze", "Verordnung", "Dekret", "Junta", "Regime",
    "Richter", "Richterin", "Richterinnen", "*gericht", "*gerichts", "Gerichtshof", "Regierung", "Bundesregierung", "Behörde", "Behörden", "Ministerium", "*ministerium", "*ministeriums", "Minister", "*minister", "Ministerin", "*ministerin", "Landesregierung", "Staatsregierung", "Landtag", "Parlament",
    "Regulierer", "Präsident", "Präsidentin", "Staat", "*aufsicht", "*behörde",
    // "Staats*" as deciders only: "russische Staatsmedien", "Staatsbürger", "Staatsunternehmen" are no actors
    "Staatsanwaltschaft*", "Staatskanzlei", "Staatsministerium", "Staatsministeriums", "Staatsrat", "Staatsführung", "Staatsoberhaupt", "Staatschef*", "Staatspräsident*", "Staatssekretär*", "Staatsgewalt", "Staatsregierungen", "Staatsmacht", "Administration", "Kabinett", "Gericht", "Justiz", "Agentur",
    "Sicherheit*", "Geheimdienst*", "Kongress", "Senat", "Bundes*", "Institutionen", "Kommission", "Polizei", "Armee", "Militär",
    "Verteidigung*", "Abgeordnete*", "Regierungs*", "Ministerrat", "Medienaufsicht", "Telekommunikation*", "Aufsicht*",
    "Staatsdiener*", "Beamte*", "Politiker*",
    // a city's bodies, after its adjective ("der Münchner Stadtrat", "der Wiener Gemeinderat")
    "Stadtrat", "Stadtrats", "Gemeinderat", "Gemeinderats", "Kantonsrat", "Bezirksrat", "Stadtverwaltung", "Stadtregierung", "Magistrat", "Bürgermeister*", "Oberbürgermeister*", "Bezirksamt", "Ordnungsamt", "Rathaus"],
  targetCues: [
    // outlets named after their kind ("die russischen Staatsmedien RT und Sputnik")
    "Staatsmedien", "Staatssender",
    // airlines named after their kind ("la aerolínea Iberia")
    "Fluggesellschaft", "Fluggesellschaften", "Airline", "Airlines", "die Fluggesellschaft",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "Produkt", "Produkte", "Nahrungsergänzungsmittel", "Präparat", "Präparate", "Medikament", "Medikamente", "Marke",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "Casino", "Online-Casino", "Online-Casinos", "Onlinecasino", "Onlinecasinos", "Wettanbieter", "Glücksspielanbieter", "Glücksspielseite", "Glücksspielseiten",
    "die App", "App", "der Dienst", "Dienst", "die Plattform", "Plattform", "Netzwerk", "Onlinedienst", "Sender",
    "Webseite", "Website", "Messenger", "Magazin", "Zeitschrift", "Zeitung", "Verein", "Vereinigung", "Kanal", "Spiel", "Videospiel",
    "Chatbot", "Onlineplattform", "Online-Plattform", "Videoplattform", "Portal", "Hersteller", "Anbieter", "Konzern", "Onlinehändler",
    // genitives: "das Verbot des Magazins Compact"
    "Magazins", "Senders", "Netzwerks", "Messengers", "Kanals", "Spiels", "Videospiels", "Dienstes", "Portals", "Vereins", "Herstellers",
    "Anbieters", "Konzerns", "Chatbots", "Onlinehändlers", "Gruppe", "Gruppierung", "Organisation", "Fernsehprogramm", "Fernsehprogramms", "Programms",
    // plural: "die Plattformen Qintel und Zongda"
    "Plattformen", "die Plattformen", "Dienste", "die Dienste", "Apps", "die Apps", "Netzwerke", "Messengerdienste", "Portale", "Webseiten", "Websites", "Zeitschriften", "Zeitungen", "Kanäle", "Spiele", "Chatbots"],
  targetCueHeads: ["programm", "dienst", "plattform", "netzwerk", "messenger", "magazin", "zeitschrift", "zeitung", "sender", "kanal", "portal",
    "gruppe", "gruppierung", "organisation", "verein", "vereinigung", "spiel", "film", "chatbot", "anbieter", "hersteller", "-app"],
  frames: {
    nounLinks: ["von", "für", "gegen", "des", "der"],
    genitives: ["von", "des", "der"],
    productNouns: ["Komponenten", "Geräte", "Produkte", "Ausrüstung", "Kameras", "Überwachungskameras", "Technik", "Technologie", "Handys",
      "Smartphones", "Drohnen", "Chips", "Software", "Netzwerktechnik"],
    // "die Ausfuhr von Weizen", "ein Exportverbot für Reis": exports are the target ("wheat exports", src/extract/exports.ts)
    exportWords: ["Export", "Exporte", "Exporten", "Exports", "Ausfuhr", "Ausfuhren", "Exportverbot*", "Ausfuhrverbot*", "Exportstopp*", "Ausfuhrstopp*", "Exportbann*"],
    transparent: [
      // flying a thing bans it: "verbietet Flüge mit Drohnen", "das Fliegen von Drohnen"
      "Flüge mit", "Flüge von", "das Fliegen mit", "das Fliegen von", "den Betrieb von",
      // making, placing and opening a thing bans the thing: "verbietet den Einbau von", "die Errichtung von"
      // carrying, wearing, setting off, keeping and breeding a thing: "verbietet das Mitführen von Pyrotechnik"
      "das Mitführen von", "Mitführen von", "das Tragen von", "Tragen von", "das Abbrennen von", "Abbrennen von", "die Haltung von", "Haltung von", "die Zucht von", "Zucht von", "das Züchten von", "Züchten von", "das Halten von", "Halten von", "das Verkaufen von",
      "die Errichtung von", "Errichtung von", "den Bau von", "Bau von", "den Einbau von", "Einbau von", "die Installation von", "die Eröffnung von", "das Aufstellen von",
      // "any (other) form of X" is X
      "jede Form von", "jegliche Form von", "jede andere Form von", "alle Formen von", "jede Art von", "jegliche Art von",
      
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "den Handel mit", "Handel mit", "Geschäfte mit", "Zahlungen mit", "den Export von", "Export von", "die Ausfuhr von", "Ausfuhr von", "die Ausfuhren von", "Ausfuhren von", "die Einfuhren von", "Einfuhren von", "Exporte von", "Importe von",
     "den Verkauf von", "der Verkauf von", "Verkauf von", "den Import von", "Import von", "die Einfuhr von", "Einfuhr von", "die Nutzung von",
      "Nutzung von", "den Zugang zu", "Zugang zu", "die Herstellung von", "Werbung für", "den Vertrieb von", "Produkte von", "Komponenten von",
      "Geräte von", "Dienste von", "die Ausstrahlung von", "Ausstrahlung von", "die Verbreitung von", "Verbreitung von",
      // the same activities with a genitive: "die Verbreitung des Fernsehprogramms RT DE", "die Nutzung der App"
      "die Verbreitung des", "die Verbreitung der", "Verbreitung des", "Verbreitung der", "die Ausstrahlung des", "die Ausstrahlung der", "Ausstrahlung des",
      "die Nutzung des", "die Nutzung der", "Nutzung des", "Nutzung der", "den Verkauf des", "den Verkauf der", "den Vertrieb des", "den Vertrieb der",
      "den Betrieb des", "den Betrieb der", "Betrieb des", "Betrieb der",
      "den Einsatz von", "dem Einsatz von", "Einsatz von", "die Verwendung von", "der Verwendung von", "Verwendung von", "der Nutzung von",
      "den Gebrauch von", "dem Gebrauch von", "den Konsum von", "Konsum von", "den Besitz von", "Besitz von", "den Anbau von", "Anbau von"],
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["für"],
    classAfter: ["andere", "anderen", "anderer", "ähnliche", "ähnlichen", "sonstige", "sonstigen", "weitere", "weiteren"],
    passiveAux: ["ist", "wird", "wurde", "wurden", "werden", "sind", "war", "waren", "ist seit", "bleibt"],
    quantifiers: ["alle", "einige", "mehrere", "viele"],
    stops: ["die", "der", "das", "dem", "den", "welche", "welcher", "wo", "weil", "nachdem", "seit", "bis", "nach", "vor", "ab", "in", "im", "auf",
      "bei", "mit", "ohne", "wegen", "durch", "für", "aus", "ist", "sind", "wird", "wurde", "hat", "haben", "soll", "sollen", "kann", "muss",
      "auch", "bereits", "schon", "jetzt", "sofort", "vorerst", "vorübergehend", "endgültig", "heute", "gestern", "morgen", "landesweit", "bundesweit"],
    pronouns: ["er", "es", "sie", "ihn", "ihm", "ihr", "ihnen", "dies", "diese", "dieses", "dieser", "apps", "app", "anwendung", "plattform", "dienst",
      "dienste", "verbot", "maßnahme"],
    invertedSubjects: ["er", "sie", "es", "man"],
    capitalisedNouns: true,
    relativeOpeners: ["der", "die", "das", "welche", "welcher", "welches", "deren", "dessen", "denen"],
    objectsBeforeVerb: true,
    finiteAux: ["hat", "haben", "hatte", "hatten", "habe", "wird", "werden", "wurde", "wurden", "will", "wollen", "soll", "sollen", "muss", "müssen",
      "kann", "können", "darf", "dürfen", "ließ", "lässt"],
    nameConnectors: ["von", "der", "for", "of"],
    including: ["darunter", "unter anderem", "einschließlich", "etwa", "wie"],
  },
  audienceNouns: ["Beamte", "Beamten", "Beamtinnen", "Staatsdiener", "Bedienstete*", "Mitarbeiter*", "Angestellte*", "Personal",
    "Beschäftigte*", "Abgeordnete*", "Minister", "Nutzer*", "Kinder", "Jugendliche*", "Minderjährige*", "Studierende*",
    "Soldaten", "Polizisten", "Regierungsmitglieder", "Politiker*"],
  grammar: {
    comitatives: ["mit"],
    honorifics: ["Herr", "Herrn", "Frau", "Dr", "Prof"],
    questionWords: ["warum", "wieso", "weshalb", "weswegen", "wie", "wann", "was", "wo", "wer", "welche", "welcher", "welches", "seit wann"],
    locatives: ["in", "im"],
    memberNouns: ["Land", "Länder", "Ländern", "Staat", "Staaten", "Mitgliedstaat", "Mitgliedstaaten", "Mitgliedsland", "Mitgliedsländer", "Mitgliedsstaat", "Mitgliedsstaaten", "Stadt", "Städte", "Großstadt"],
    abbreviations: ["Jan.", "Feb.", "Febr.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "Nr.", "Dr.", "Prof.", "bzw.", "ca.", "vgl.", "Abs.", "Art.", "gem.", "inkl.", "evtl.", "sog.", "Mio.", "Mrd.", "Hr.", "St.", "z.", "u.", "d."],
    conjunctions: ["und", "oder", "sowie", "bis"],
    demonstratives: ["dieses", "diese", "dieser", "diesem", "diesen"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchWords: ["ein solches", "solches", "solche", "ein solcher", "solcher", "ein ähnliches", "ähnliche", "eigene", "eigenes", "eigenen", "ein eigenes"],
    prepositions: ["im", "in", "von", "vom", "für", "auf", "mit", "bei", "aus", "zum", "zur", "ein", "eine", "einem", "einer"],
    articles: ["die", "der", "den", "dem", "des"],
    determiners: ["der", "die", "das", "den", "dem", "ein", "eine"],
    complementizers: ["dass", "daß", "zu"],
    infinitiveMarkers: ["zu"],
    frontedOpeners: ["nach", "wie", "ab", "seit", "am", "vom", "bereits", "nun", "jetzt", "heute", "gestern", "damit", "zuvor", "künftig",
      "laut", "trotz", "wegen", "angesichts", "bis", "vor", "mit sofortiger Wirkung", "ebenfalls", "auch", "in", "im", "als"],
    additive: ["auch", "ebenfalls"],
    referenceNouns: ["apps"],
    collectiveActors: ["Behörden", "Regierung"],
  },
  dates: {
    months: ["Januar|Jänner", "Februar|Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    yearLinks: ["im Jahr", "im", "seit", "zwischen", "bis", "ab", "Anfang", "Ende", "Mitte", "von"],
    deadline: ["bis", "bis zum", "spätestens", "Frist", "innerhalb", "binnen", "vor"],
    // "mit 20. Mai" (Austrian: as of 20 May), "mit dem 1. Januar"
    effective: ["geplant für", "vorgesehen für", "ab", "ab dem", "seit", "mit", "mit dem", "mit Wirkung", "tritt ... in Kraft", "in Kraft", "gilt ab", "gelten ab", "beginnend"],
    expires: ["läuft ... aus", "endet", "enden", "ausläuft"],
    immediate: ["mit sofortiger Wirkung", "ab sofort", "sofort", "umgehend", "per sofort"],
    monthOnly: ["Ende", "Anfang", "Mitte", "Beginn"],
    periodLinks: [],
    future: ["wird", "werden", "künftig", "nächste*", "kommende*", "ab", "bis", "soll", "sollen"],
    nextOccurrence: { before: ["kommenden", "nächsten", "kommender", "nächster"] },
    yearAfter: { next: ["nächsten Jahres", "kommenden Jahres", "des nächsten Jahres", "des kommenden Jahres"], last: ["letzten Jahres", "vergangenen Jahres", "des letzten Jahres", "des vergangenen Jahres", "vorigen Jahres"] },
    futureBefore: ["ab", "bis"],
    inForce: ["in Kraft", "gilt", "gelten", "greift"],
    past: ["letzten", "vergangenen", "vorigen"],
    relative: { gestern: ["day", -1], vorgestern: ["day", -2], heute: ["day", 0], "gestern Abend": ["day", -1],
      "gestern Morgen": ["day", -1], "gestern Nachmittag": ["day", -1], "heute Morgen": ["day", 0], "letzten Monat": ["month", -1],
      "vergangenen Monat": ["month", -1], "vorigen Monat": ["month", -1], "im vergangenen Monat": ["month", -1],
      "diesen Monat": ["month", 0], "letztes Jahr": ["year", -1], "vergangenes Jahr": ["year", -1], "im vergangenen Jahr": ["year", -1],
      "voriges Jahr": ["year", -1], "im Vorjahr": ["year", -1], "vergangenen Jahres": ["year", -1], "letzten Jahres": ["year", -1],
      "dieses Jahr": ["year", 0], "in diesem Jahr": ["year", 0], "dieses Jahres": ["year", 0] },
    weekdays: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    dayParts: ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"],
    offsets: { after: ["später", "danach", "zuvor", "vorher", "früher", "nachdem", "bevor"], before: ["vor", "nach"] },
    durationUnits: { jahr: "Y", jahre: "Y", jahren: "Y", monat: "M", monate: "M", monaten: "M", woche: "W", wochen: "W",
      tag: "D", tage: "D", tagen: "D", stunden: "H" },
    numbers: { ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
      zwölf: 12, fünfzehn: 15, dreißig: 30, neunzig: 90 },
  },
};
export default de;

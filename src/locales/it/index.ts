import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Italian. Stems with "*" where no other word shares them ("proib*"); "vietare", "bannare" and
// "oscurare" listed, since "viet*" takes "Vietnam", "bann*" "banner" and "oscur*" the adjective "oscuro".
const it: Locale = {
  code: "it",
  home: "IT",
  franc: "ita",
  categories,
  chrono: chronoLocale("it").casual,
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "it.ban.airspace", action: "ban", kind: "verb",
      forms: ["chiud* ... spazio aereo agli", "chius* ... spazio aereo agli", "chiud* ... spazio aereo ai", "chius* ... spazio aereo ai", "chiusura dello spazio aereo agli", "chiusura dello spazio aereo ai"] },
    // Revocare l'autorizzazione di una cosa la vieta ("ha revocato l'autorizzazione al glifosato").
    { id: "it.ban.authorization", action: "ban", kind: "verb",
      forms: [
        // revoking an operator's permits bans it ("ha revocato le autorizzazioni operative di tre compagnie")
        "revoca* ... le autorizzazioni operative di", "revoca* ... l'autorizzazione operativa di", "sospe* ... l'autorizzazione operativa di",
        "revoca* ... l'autorizzazione di", "revoca* ... l'autorizzazione del", "revoca* ... l'autorizzazione della", "revoca* ... l'autorizzazione al", "revoca* ... l'autorizzazione alla",
        "ritira* ... l'autorizzazione di", "ritira* ... l'autorizzazione del", "ritira* ... l'autorizzazione al", "revoca dell'autorizzazione di", "revoca dell'autorizzazione del", "revoca dell'autorizzazione al"] },
    // Togliere una cosa dagli store la vieta ("ha ordinato di togliere l'app Temu dai loro negozi").
    { id: "it.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["togli* ... dai ... store", "togli* ... dai ... negozi", "togli* ... dai ... App Store", "togli* ... dai ... Play Store", "togli* ... dai ... Google Play", "togli* ... dagli store", "togli* ... dagli negozi", "togli* ... dagli App Store", "togli* ... dagli Play Store", "togli* ... dagli Google Play", "togli* ... dai store", "togli* ... dai negozi", "togli* ... dai App Store", "togli* ... dai Play Store", "togli* ... dai Google Play", "togli* ... dallo store", "togli* ... dallo negozi", "togli* ... dallo App Store", "togli* ... dallo Play Store", "togli* ... dallo Google Play", "togli* ... da store", "togli* ... da negozi", "togli* ... da App Store", "togli* ... da Play Store", "togli* ... da Google Play", "tolt* ... dai ... store", "tolt* ... dai ... negozi", "tolt* ... dai ... App Store", "tolt* ... dai ... Play Store", "tolt* ... dai ... Google Play", "tolt* ... dagli store", "tolt* ... dagli negozi", "tolt* ... dagli App Store", "tolt* ... dagli Play Store", "tolt* ... dagli Google Play", "tolt* ... dai store", "tolt* ... dai negozi", "tolt* ... dai App Store", "tolt* ... dai Play Store", "tolt* ... dai Google Play", "tolt* ... dallo store", "tolt* ... dallo negozi", "tolt* ... dallo App Store", "tolt* ... dallo Play Store", "tolt* ... dallo Google Play", "tolt* ... da store", "tolt* ... da negozi", "tolt* ... da App Store", "tolt* ... da Play Store", "tolt* ... da Google Play", "ritir* ... dai ... store", "ritir* ... dai ... negozi", "ritir* ... dai ... App Store", "ritir* ... dai ... Play Store", "ritir* ... dai ... Google Play", "ritir* ... dagli store", "ritir* ... dagli negozi", "ritir* ... dagli App Store", "ritir* ... dagli Play Store", "ritir* ... dagli Google Play", "ritir* ... dai store", "ritir* ... dai negozi", "ritir* ... dai App Store", "ritir* ... dai Play Store", "ritir* ... dai Google Play", "ritir* ... dallo store", "ritir* ... dallo negozi", "ritir* ... dallo App Store", "ritir* ... dallo Play Store", "ritir* ... dallo Google Play", "ritir* ... da store", "ritir* ... da negozi", "ritir* ... da App Store", "ritir* ... da Play Store", "ritir* ... da Google Play", "elimin* ... dai ... store", "elimin* ... dai ... negozi", "elimin* ... dai ... App Store", "elimin* ... dai ... Play Store", "elimin* ... dai ... Google Play", "elimin* ... dagli store", "elimin* ... dagli negozi", "elimin* ... dagli App Store", "elimin* ... dagli Play Store", "elimin* ... dagli Google Play", "elimin* ... dai store", "elimin* ... dai negozi", "elimin* ... dai App Store", "elimin* ... dai Play Store", "elimin* ... dai Google Play", "elimin* ... dallo store", "elimin* ... dallo negozi", "elimin* ... dallo App Store", "elimin* ... dallo Play Store", "elimin* ... dallo Google Play", "elimin* ... da store", "elimin* ... da negozi", "elimin* ... da App Store", "elimin* ... da Play Store", "elimin* ... da Google Play"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "it.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["le ha ordinato di", "gli ha ordinato di", "le ha vietato di", "gli ha vietato di", "le ha imposto di interrompere", "gli ha imposto di interrompere", "le vieta di", "gli vieta di", "le ordina di", "gli ordina di"] },
    // a ban binding whom it names ("il Garante ha vietato a Replika di trattare i dati"): that name, else what follows
    { id: "it.ban.addressee", action: "ban", kind: "verb", addresseeInGap: true,
      forms: ["vietat* a ... di", "vieta a ... di", "vietano a ... di", "vietò a ... di", "proibit* a ... di", "proibisce a ... di"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    { id: "it.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["ordinat* a ... di interrompere", "ordinat* a ... di cessare", "ordinat* a ... di fermare", "ordina a ... di interrompere", "ordina a ... di cessare", "ordinat* all ... di interrompere", "ordinat* alla ... di interrompere", "ingiunt* a ... di cessare", "intimat* a ... di cessare"] },
    // stopping a trade bans it: "ferma le esportazioni di grano" (the noun "stop alle esportazioni" is a ban noun already)
    { id: "it.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["le esportazioni", "l'esportazione", "le importazioni", "l'importazione", "la vendita", "le forniture"].flatMap((o) => [`ferm* ${o}`, `congel* ${o}`, `interromp* ${o}`, `interrott* ${o}`])] },
    { id: "it.ban.verb", action: "ban", kind: "verb",
      forms: ["mett* fuori legge", "mess* fuori legge", "mise fuori legge", 
        // not (or no longer) allowed: the negation is part of the form
        "non è consentit*", "non sono consentit*", "non è più consentit*", "non sono più consentit*", "non è permess*", "non sono permess*", "non è più permess*", "non sono più permess*",
        // freezing new ones bans them for a time: "il Comune congela per tre anni i nuovi affitti brevi"
        "congela* ... i nuovi", "congela* ... le nuove", "congela* ... il rilascio di",
        "revoca* la licenza di", "revocato la licenza a", "revocato la licenza di", "sospes* la licenza di", "ha escluso", "hanno escluso", "esclude", "escludono", "escludere", "escluderà", "vieta", "vietano", "vietato", "vietata", "vietati", "vietate", "vietare", "vietò", "vietarono", "vieterà", "vieteranno", "vieterebbe", "vietava", "vietavano", "vietando", "vietarlo", "vietarla", "vietarli", "vietarle", "vieti", "vietino", "vietiamo", "proib*", "bannato", "bannata", "bannati", "bannate", "bannare", "banna", "bannano", "bannò", "bandit*", "bandire", "bandisce", "blocc*", "sospes*", "sospend*", "oscurato", "oscurata", "oscurati", "oscurate", "oscurare", "oscurano", "oscurò", "oscurerà", "oscureranno", "oscurando", "oscurarlo", "oscurarla", "restrizion*", "limitat*",
        "rimuover*", "rimoss*", "disinstallar*", "non potranno più", "non potrà più", "non si potranno più", "non si potrà più", "non si possono più", "non si può più", "non possono più", "non può più",
        "non sarà più possibile", "messo al bando", "mette al bando", "mettere al bando", "messa al bando", "spento", "spegn*",
        "chiusura", "chiuder*"] },
    { id: "it.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["non funziona più", "ha smesso di funzionare", "smette di funzionare", "non è più accessibile", "non è più raggiungibile", "non è più disponibile"] },
    { id: "it.ban.noun", action: "ban", kind: "noun",
      forms: ["moratoria", "embargo", "divieto", "divieti", "bando", "blocco", "sospensione", "stop", "stop a", "stop ai", "stop al", "stop alla", "stop alle", "stop agli", "stop all'", "restrizione", "restrizioni", "messa al bando",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "età minima per", "età minima di accesso ai", "età minima di accesso alle", "età minima sui", "limite di età per"] },
    { id: "it.advisory", action: "advisory", kind: "verb",
      forms: ["sconsigli*", "raccomand* di non", "raccomand* ... di non", "invit* ... a non", "invit* ... a rimuovere",
        "invit* ... a disinstallare", "esort* ... a non", "consigli* di non", "consigli* ... di non", "chiede* ... di non",
        "chiesto ... di non", "raccomandiamo", "raccomanda", "raccomandano", "raccomandato", "raccomandava",
        // "farebbero meglio a non usare i social": advice, not a rule
        "farebbero meglio a non", "farebbe meglio a non", "meglio non"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "it.lift.legal", action: "lift", kind: "verb", forms: ["legalizza", "legalizzato", "legalizzata", "legalizzati", "legalizzate", "legalizzare", "legalizzano", "legalizzò"] },
    { id: "it.lift.legal.noun", action: "lift", kind: "noun", forms: ["legalizzazione", "legalizzazione di", "legalizzazione della", "legalizzazione del"] },
    { id: "it.lift.postpone", action: "lift", kind: "verb", banNounOnly: true,
      // postponing ends a ban only when a ban is what is put off ("ha rinviato il divieto"), not "la seduta è stata rinviata"
      forms: ["prorog*", "rinvi*", "posticip*", "congel*"] },
    { id: "it.lift", action: "lift", kind: "verb",
      forms: ["proroga", "revoc*", "rimoss* il divieto", "tolt* il divieto", "sblocc*", "annull*", "dichiar* incostituzional*", "dichiar* ... incostituzional*", "ripristin*", "riammess*",
        "sospes* il divieto", "sospend* il divieto", "abrog*",
        "cancell* il divieto", "rimuove il divieto", "rimozione del divieto", "tolto il blocco", "tolt* ... blocco", "sblocco",
        
        "fine del divieto", "fine del blocco",
        "pone fine al divieto", "revoca del", "sospend* ... blocco", "sospes* ... blocco"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "it.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["torna disponibile", "tornat* disponibil*", "di nuovo disponibil*", "di nuovo accessibil*", "nuovamente accessibil*", "nuovamente disponibil*", "torna online", "tornat* online", "torna accessibile"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["contro"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["ha detto", "ha dichiarato", "ha affermato", "ha criticato", "ha denunciato", "ha spiegato", "ha scritto", "afferma", "denuncia", "dichiara"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["Lo ha deciso", "Lo ha annunciato", "Lo hanno deciso", "Lo hanno annunciato", "Lo ha stabilito", "Lo ha comunicato", "Lo ha reso noto", "Lo ha disposto", "Lo ha confermato", "Lo ha ordinato", "È quanto ha deciso", "È quanto ha stabilito", "È quanto hanno deciso", "È quanto ha disposto", "La decisione è stata presa da", "La decisione è stata annunciata da"],
    nationwide: ["in tutto il paese", "in tutto il Paese", "su tutto il territorio nazionale", "a livello nazionale", "in tutta Italia"],
    fromPlace: ["proveniente da", "provenienti da", "proveniente dalla", "provenienti dalla", "proveniente dal", "provenienti dal", "proveniente dall'", "provenienti dall'", "dalla", "dal", "dall'"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["non solo", "non soltanto", "non è il primo", "non è la prima", "non è l'unico", "non è l'unica", "non sono i primi"],
    // "senza" negates only what follows it closely: further on it says how ("without warning")
    without: ["senza"],
    negation: ["smentit*", "smentisce", "smentiscono", "respint*", "bocciat*", "boccia", "bocciò", "non", "mai", "senza", "nessun", "nessuna", "né", "invece di", "anziché"],
    hypothetical: ["accusat* di", "accusa di", "accusando", "se", "qualora", "nel caso", "in caso di", "a meno che"],
    proposal: ["in prima lettura", "intend*", "prevede di", "prevedono di", "pian*", "progett*", "propost*", "propon*", "disegno di legge", "potrebbe",
      "potrebbero", "dovrebbe", "dovrebbero", "vuole", "vogliono", "chied*", "chiesto", "valut*", "consider*", "studi*",
      "minacci*", "punta a", "pensa", "si prepara", "ipotesi", "ipotizz*", "sta valutando", "in arrivo"],
    background: ["resta", "restano", "rimane", "rimangono", "già", "in precedenza", "precedentemente", "l'anno scorso", "il mese scorso", "aveva", "avevano", "come", "anche", "sulla scia", "seguendo", "prima", "recentemente", "analog*", "simil*", "a sua volta", "sulla stessa linea"],
    bills: ["disegno di legge", "ddl", "proposta di legge", "proposte di legge", "bozza", "bozza di decreto", "schema di decreto"],
    // a denial governing its clause: the verb triggers after it are denied ("ha smentito che ... bloccherà")
    denials: ["smentit* ... che", "smentisce ... che", "smentiscono ... che", "ha negato ... che", "hanno negato ... che", "nega ... che", "negano ... che", "smentit* ... notizi*", "smentisce ... notizi*", "smentit* ... indiscrezion*", "smentisce ... indiscrezion*"],
    billEnacted: ["promulgato", "firmato", "promulga", "firma", "in via definitiva", "definitivamente"],
    billRejected: ["è stato bocciato", "è stata bocciata", "sono stati bocciati", "è stato respinto", "è stata respinta"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["ordinato che", "ordina che", "disposto che", "dispone che", "deciso che", "stabilito che"],
    ruleAnaphors: ["la legge", "la nuova legge", "il decreto", "l'ordinanza", "la misura", "il provvedimento", "la norma", "il regolamento", "la delibera"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["la decisione", "il divieto", "il blocco", "la sospensione", "le sanzioni", "l'embargo", "questa decisione", "questa misura", "queste misure", "le misure", "la restrizione", "le restrizioni", "l'ordine", "la sentenza", "lo stop"],
      verbs: ["riguarda anche", "riguardano anche", "interessa anche", "interessano anche", "colpisce anche", "colpiscono anche", "si applica anche a", "si applica anche ai", "si applica anche alle", "si applica anche al", "si applicano anche a", "si estende anche a", "si estende a", "include anche", "comprende anche", "vale anche per", "coinvolge anche", "riguarda", "colpisce", "interessa", "si applica a", "include", "comprende", "coinvolge"],
      openers: ["sono interessate anche", "sono interessati anche", "sono coinvolte anche", "sono coinvolti anche", "colpite anche", "colpiti anche", "coinvolte anche", "coinvolti anche", "interessate anche", "interessati anche"],
      after: ["sono anch'esse interessate", "sono anch'essi interessati", "sono anche interessate", "sono anche interessati", "sono anche coinvolte", "sono anche coinvolti", "sono coinvolte", "sono coinvolti", "sono interessate", "sono interessati", "sono colpite", "sono colpiti", "è interessata", "è interessato", "è coinvolta", "è coinvolto", "è colpita", "è colpito"],
    },
    precedent: ["non è la prima volta", "non sarebbe la prima volta", "non era la prima volta"],
    pluralDeciders: ["paesi", "stati", "nazioni", "comuni", "governi", "regioni", "province", "molte città", "diverse città", "altre città", "alcune città", "varie città"],
    backgroundBefore: ["dopo"],
    now: ["ora", "adesso"],
    liftObjects: ["embargo", "divieto", "ordine", "decreto", "legge", "bando", "ordinanza", "delibera", "provvedimento", "blocco", "sospensione"],
    clauseBreaks: ["ma", "mentre", "sebbene", "tuttavia", "però", "invece", ";", "—"],
    locatives: ["da", "dal", "dalla", "dai", "dagli", "in", "nel", "nella", "negli"],
    besides: ["oltre a", "oltre al", "oltre alla", "oltre allo", "in aggiunta a"],
    followedBy: ["seguita da", "seguito da", "seguiti da", "seguite da", "seguita dalla", "seguito dalla", "seguita dal", "seguito dal"],
    follow: ["sulla scia di", "sulla scia del", "sulla scia della", "sulla scia degli", "sull'esempio di", "seguendo l'esempio di", "come hanno fatto", "come già fatto da", "al pari di", "si allinea a"],
    source: ["secondo il", "secondo la", "secondo i", "secondo le", "secondo l'", "secondo gli", "secondo quanto", "stando a", "citando"],
    medium: ["tramite", "tramite la piattaforma", "tramite il portale", "tramite il sistema", "attraverso la piattaforma", "mediante la piattaforma", "ha scritto su", "ha dichiarato su", "sul suo profilo", "in un post su", "ha annunciato su"],
    motive: ["proteggere", "per proteggere", "tutela dei", "tutelare", "perché", "a causa", "accusat*", "corrompere", "danneggiare", "danneggia*"],
  },
  scopes: [
    { scope: "official_devices", forms: ["dispositivi di servizio", "dispositivi aziendali", "telefoni di servizio",
      "telefoni aziendali", "cellulari di servizio", "smartphone di servizio", "dispositivi ufficiali", "telefoni ufficiali",
      "dispositivi professionali", "telefoni professionali", "dispositivi forniti", "dispositivi governativi",
      "dispositivi del governo", "dispositivi istituzionali", "dispositivi dell'istituzione", "dispositivi dei dipendenti",
      "dispositivi di lavoro", "apparecchi di servizio", "dispositivi mobili", "dispositivi elettronici", "dispositivi", "dispositivi della", "dispositivi del"] },
    { scope: "personal_devices", forms: ["dispositivi personali", "telefoni personali", "cellulari personali",
      "smartphone personali", "dispositivi privati", "telefoni privati"] },
    { scope: "official_network", forms: ["rete informatica", "reti informatiche", "rete interna", "rete del governo", "rete dell'università", "wi-fi", "wifi", "server"] },
    { scope: "minors", forms: ["minori", "bambini", "ragazzi", "adolescenti", "minorenni", "under 1*", "meno di 1*", "giovani"] },
    { scope: "public", forms: ["app store*", "negozi di app", "in tutto il paese", "a livello nazionale", "negli stati uniti",
      "in america", "provider", "scaricar*", "download", "vendit*", "transazioni", "utenti americani", "milioni di utenti",
      "oscura*", "spent*"] },
    { scope: "public", forms: ["vender*", "commercializzazion*", "commercializzar*", "importazion*", "importar*", "import",
      "operatori telefonici", "operatori di telecomunicazioni", "fornitori di servizi internet", "internet provider",
      "in tutta italia", "inaccessibil*", "su tutto il territorio"] },
    { scope: "minors", forms: ["minori di 1*", "età minima", "limite di età", "verifica dell'età", "sotto i 1*", "ragazzini"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["negli stadi", "stadi", "sui mezzi pubblici", "mezzi pubblici", "trasporto pubblico", "sui treni", "sugli autobus", "in metropolitana", "nei bar", "nei ristoranti", "bar e ristoranti", "nei locali pubblici", "sulle spiagge", "in spiaggia", "nei parchi", "negli ospedali", "nelle carceri", "centro storico", "a bordo", "sugli aerei"] },
    { scope: "other", forms: ["scuole", "a scuola", "in classe", "aule", "alunni", "studenti", "istituti scolastici", "rete 5G", "reti 5G",
      "reti mobili", "reti di telecomunicazioni", "infrastrutture critiche", "luoghi pubblici", "spazi pubblici"] },
    { scope: "official_devices", weak: true, forms: ["dipendenti pubblici", "funzionari", "dipendenti del governo", "dipendenti della pubblica amministrazione", "impiegati pubblici"] },
  ],
  bodies: [
    { forms: ["consiglio di sicurezza nazionale"], name: "National Security Council" },
    { forms: ["governo federale"], name: "federal government", level: "national" },
    { forms: ["regioni", "governi regionali", "enti locali"], name: "regional governments", level: "subnational" },
    { forms: ["comune", "sindaco", "consiglio comunale"], name: "city council", level: "local" },
    { forms: ["consiglio regionale", "giunta regionale", "presidente della regione", "governatore"], name: "regional government", level: "subnational" },
    { forms: ["governo", "esecutivo", "amministrazione", "gabinetto", "ordine esecutivo"], name: "government" },
    { forms: ["parlamento", "congresso", "senato", "camera", "legislatori", "deputati"], name: "parliament" },
    { forms: ["presidente", "presidenza"], name: "president" },
    { forms: ["primo ministro", "premier"], name: "prime minister" },
    { forms: ["ministero", "ministro", "ministra", "dipartimento"], name: "ministry" },
    { forms: ["garante", "autorità garante", "agcom", "autorità per le comunicazioni"], name: "regulator" },
    { forms: ["corte suprema", "cassazione", "corte di cassazione", "suprema corte"], name: "Supreme Court" },
    { forms: ["corte costituzionale", "consulta"], name: "Constitutional Court" },
    { forms: ["consiglio di stato", "tar", "tribunale amministrativo", "giudice amministrativo", "giustizia amministrativa"], name: "administrative court" },
    { forms: ["corte d'appello", "tribunale federale", "giudice federale", "alta corte", "magistrato", "magistratura", "giudici"], name: "court" },
    { forms: ["tribunale", "giudice", "corte"], name: "court" },
    { forms: ["autorità per le garanzie nelle comunicazioni", "regolatore delle telecomunicazioni", "authority delle comunicazioni",
      "autorità di regolamentazione", "regolatore", "authority", "ente regolatore", "regolatore dei media"], name: "regulator" },
    { forms: ["garante della privacy", "garante per la privacy", "garante privacy", "autorità per la protezione dei dati",
      "autorità garante per la protezione dei dati personali", "autorità per la privacy"], name: "data protection authority" },
    { forms: ["antitrust", "autorità garante della concorrenza", "tutela dei consumatori"], name: "consumer protection authority" },
    { forms: ["autorità sanitaria", "autorità sanitarie", "agenzia del farmaco", "agenzia sanitaria"], name: "health authority" },
    { forms: ["autorità per la sicurezza alimentare", "sicurezza alimentare"], name: "food safety authority" },
    { forms: ["ministero della salute", "ministro della salute", "ministra della salute"], name: "Ministry of Health" },
    { forms: ["ministero dell'istruzione", "ministro dell'istruzione", "ministra dell'istruzione", "ministero dell'istruzione e del merito"], name: "Ministry of Education" },
    { forms: ["ministero dell'interno", "ministro dell'interno", "ministra dell'interno"], name: "Ministry of the Interior" },
    { forms: ["ministero delle comunicazioni", "ministero delle telecomunicazioni", "ministero dell'informazione",
      "ministero della tecnologia", "ministero dello sviluppo economico", "ministero delle imprese"], name: "Ministry of Communications" },
    { forms: ["ministero della difesa", "ministro della difesa", "ministra della difesa"], name: "Ministry of Defence" },
    { forms: ["ministero del commercio", "dipartimento del commercio"], name: "Ministry of Commerce" },
    { forms: ["camera dei deputati", "camera bassa", "camera alta", "assemblea nazionale", "parlamentari", "senatori"], name: "parliament" },
    { forms: ["esercito", "forze armate", "marina", "marina militare", "aeronautica", "militari"], name: "armed forces" },
    { forms: ["polizia postale", "carabinieri", "guardia di finanza", "polizia federale"], name: "police" },
    { forms: ["regime", "giunta militare", "governo ad interim", "governo de facto"], name: "government" },
    { forms: ["polizia"], name: "police" },
    { forms: ["autorità"], name: "authorities" },
  ],
  demonyms: {},
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["Nuova Delhi"],
    US: ["Stati Uniti", "USA", "Usa", "America", "Washington", "Casa Bianca"], GB: ["Regno Unito", "Gran Bretagna", "Inghilterra", "Londra"],
    IT: ["Italia", "Roma", "Palazzo Chigi"], CN: ["Cina", "Pechino"], RU: ["Russia", "Mosca", "Cremlino"], EU: ["Bruxelles", "Strasburgo", "Ventisette"], // "via libera dei Ventisette": the 27 member states
  },
  actorNouns: ["istituto",
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "legge", "leggi", "decreto", "regolamento", "giunta", "regime", "comune", "comuni", "regione", "provincia",
    "giudici", "governo", "governi", "autorità", "regolatore", "regolatori", "consiglio", "ministero", "ministro", "parlamento", "garante", "funzionari",
    "presidente", "stato", "amministrazione", "esecutivo", "tribunale", "giustizia", "agenzia", "sicurezza", "intelligence",
    "legislatori", "congresso", "senato", "federale", "istituzioni", "commissione", "polizia", "esercito", "difesa", "deputati",
    "dipartimento", "giudice", "corte", "eurodeputati"],
  targetCues: [
    // a network named after its kind, with what it carries between ("a rede de vídeos curtos Kwai")
    "rete", "la rete",
    // airlines named after their kind ("la aerolínea Iberia")
    "compagnia aerea", "compagnie aeree", "la compagnia aerea", "vettore",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "prodotto", "prodotti", "integratore", "integratori", "farmaco", "farmaci", "marchio",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "casinò", "casinò online", "il casinò online", "sito di scommesse", "siti di scommesse", "bookmaker",
    "l'app", "app", "l'applicazione", "applicazione", "la piattaforma", "piattaforma", "social network", "il social",
    "servizio", "sito", "il sito", "canale", "emittente",
    "giornale", "il giornale", "quotidiano", "il quotidiano", "rivista", "la rivista", "la radio", "gioco", "il gioco", "videogioco", "il videogioco", "chatbot", "il chatbot", "film", "il film", "libro", "il libro", "motore di ricerca", "browser", "gruppo", "il gruppo", "organizzazione", "l'organizzazione", "partito", "il partito", "portale", "il portale",
    // plural: "die Plattformen Qintel und Zongda"
    "le app", "le applicazioni", "applicazioni", "le piattaforme", "piattaforme", "i social network", "i social", "servizi", "i servizi", "siti", "i siti", "canali", "i canali", "giochi", "i giochi"],
  frames: {
    // a headline's reduced passive: "Burkina Faso : Quilla TV suspendue pour deux semaines"
    participleEnd: "ato|ata|ati|ate|uto|uta|uti|ute|eso|esa|esi|ese|ito|ita|iti|ite",
    objectsBeforeVerb: true,
    nameConnectors: ["di", "del", "della", "for", "of"],
    relatives: ["che", "cui", "quale", "quali"],
    including: ["tra cui", "fra cui", "tra le quali", "tra i quali", "inclusi", "incluse", "compresi", "comprese", "come"],
    nounLinks: ["di", "del", "della", "dei", "delle", "dello", "degli", "contro", "su", "sul", "sulla", "per"],
    genitives: ["di", "del", "della", "dei", "degli", "delle", "dello"],
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["per"],
    classAfter: ["altri", "altre", "simili"],
    objectAdverbs: ["anche", "inoltre", "pure", "altresì", "temporaneamente", "provvisoriamente", "definitivamente", "in via temporanea", "in via provvisoria", "in via definitiva", "a tempo indeterminato", "immediatamente", "totalmente", "del tutto"],
    // "le esportazioni di grano", "vieta di esportare riso": exports are the target ("wheat exports")
    exportWords: ["esportazione", "esportazioni", "esportare", "export"],
    transparent: [
      // flying a thing bans it: "vieta i voli di droni", "il sorvolo di droni"
      "i voli di", "il volo di", "il sorvolo di",
      // signing up to a service: "interdire l'inscription sur les réseaux sociaux aux moins de 15 ans"
      "l'iscrizione ai", "iscrizione ai", "l'iscrizione a", "iscrizione a", "l'iscrizione alle", "iscrizione alle",
      // bare infinitives: "l'interdiction d'importer des céréales", "prohíbe exportar tecnología"
      "importare", "esportare", "vendere", "produrre", "fabbricare", "coltivare", "possedere", "commercializzare", "acquistare", "usare", "utilizzare", "installare", "allevare",
      // making, placing and opening a thing bans the thing: "vieta l'installazione delle cassette", "la circolazione dei golf cart"
      "l'installazione di", "installazione di", "la creazione di", "creazione di", "l'apertura di", "la costruzione di", "la circolazione di", "circolazione di", "l'immissione sul mercato di",
      // new permits or licences for a thing: "prohíbe la concesión de nuevos permisos de exploración de hidrocarburos"
      "il rilascio di nuovi permessi di", "rilascio di nuovi permessi di", "nuovi permessi di", "nuove licenze di", "nuove concessioni di",
      // "any (other) form of X" is X
      "qualsiasi forma di", "qualsiasi altra forma di", "ogni forma di", "qualsiasi tipo di", "ogni tipo di",
      "il commercio di", "commercio di", "il commercio del", "commercio del", "il commercio dei", "commercio dei", "il commercio delle", "commercio delle", 
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "le operazioni in", "operazioni in", "le transazioni in", "transazioni in", "i pagamenti in", "pagamenti in", "l'esportazione di", "l'ingresso di", "l'ingresso dei", "l'ingresso delle", "esportazione di", "le esportazioni di", "esportazioni di", "le importazioni di", "importazioni di",
     "nuove licenze per", "nuove licenze di", "licenze per", "la vendita di", "vendita di", "l'importazione di", "importazione di", "l'uso di", "uso di", "l'utilizzo di", "utilizzo di",
      "l'accesso a", "accesso a", "la produzione di", "la pubblicità di", "la commercializzazione di", "la distribuzione di", "il download di",
      "le apparecchiature di", "i prodotti di", "i servizi di", "apparecchiature di", "le apparecchiature di", "dispositivi di", "i dispositivi di", "prodotti di", "i prodotti di", "componenti di", "la diffusione di", "diffusione di", "la trasmissione di",
      // use, possession, cultivation, making: what is used, held, grown or made
      "il consumo di", "consumo di", "la detenzione di", "detenzione di", "la coltivazione di", "coltivazione di", "la fabbricazione di", "fabbricazione di"],
    passiveAux: ["è", "è stato", "è stata", "sono", "sono stati", "sono state", "era", "sarà", "saranno", "viene", "vengono", "venne", "resta"],
    quantifiers: ["tutti", "tutte", "alcuni", "alcune", "diversi", "diverse"],
    stops: ["che", "cui", "dove", "quando", "perché", "poiché", "da", "dal", "dalla", "fino", "dopo", "prima", "per", "in", "nel", "nella", "con",
      "senza", "a", "al", "alla", "è", "sono", "ha", "hanno", "sarà", "anche", "già", "ora", "subito", "immediatamente", "temporaneamente",
      "oggi", "ieri", "domani"],
    pronouns: ["esso", "essa", "essi", "esse", "egli", "ella", "lo", "la", "li", "le", "gli", "questo", "questa", "questi", "queste", "ciò", "applicazioni", "applicazione", "app", "piattaforma",
      "servizio", "servizi", "divieto", "misura"],
  },
  audienceNouns: ["dipendenti", "funzionari", "personale", "lavoratori", "staff", "membri", "ministri", "eurodeputati",
    "deputati", "parlamentari", "assistenti", "utenti", "bambini", "minori", "ragazzi", "studenti", "militari", "agenti",
    "collaboratori", "statali", "dipendenti pubblici"],
  grammar: {
    comitatives: ["con"],
    honorifics: ["Sig", "Sig.ra", "dott", "dott.ssa", "On"],
    questionWords: ["perché", "come", "quando", "che", "cosa", "dove", "chi", "quale", "quali", "da quando"],
    enactVerbs: ["approvato", "imposto", "introdotto", "varato", "adottato", "confermato"],
    locatives: ["in", "nel", "nello", "nella", "nei", "negli", "nelle"],
    memberOf: ["paesi", "Paesi", "altri paesi", "paese dell'", "paesi dell'", "paese della", "paesi della", "Stato membro dell'", "Stati membri dell'", "Paese dell'", "Paesi dell'"],
    contractions: { di: ["del", "dello", "della", "dei", "degli", "delle", "dell'"], a: ["al", "allo", "alla", "ai", "agli", "alle", "all'"], su: ["sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'"] },
    // "gli under 16. L'esame": a number before a period ends its sentence
    ordinalPeriods: false,
    abbreviations: ["Sig.", "Sigg.", "Dott.", "Dr.", "Prof.", "Avv.", "On.", "Ing.", "gen.", "feb.", "apr.", "giu.", "lug.", "ago.", "sett.", "ott.", "nov.", "dic.", "art.", "pag."],
    conjunctions: ["e", "o"],
    singularArticles: ["il", "lo", "la", "l'", "del", "dello", "della", "dell'", "al", "allo", "alla", "all'"],
    demonstratives: ["questo", "questa", "questi", "queste", "tale"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchAfter: ["simile", "simili", "analogo", "analoga", "analoghi", "analoghe", "identico", "identici", "identica", "identiche"],
    suchWords: ["un tale", "tale", "un simile", "simili", "un analogo", "analoghi", "un'analoga", "analoga", "proprio", "propria", "propri", "proprie"],
    prepositions: ["in", "di", "del", "della", "dei", "per", "su", "con", "da", "a", "al", "un", "una"],
    listPrepositions: ["a", "ai", "agli", "alla", "al"],
    articles: ["il", "lo", "gli", "i", "la", "le", "l'"],
    determiners: ["il", "lo", "gli", "i", "la", "le", "un", "una", "l'"],
    complementizers: ["che", "di", "per"],
    additive: ["anche", "pure", "altresì"],
    referenceNouns: ["applicazioni"],
    collectiveActors: ["autorità", "governi"],
  },
  dates: {
    yearLinks: ["nel", "dal", "tra", "fra", "fino al", "a partire dal", "alla fine del", "all'inizio del", "a metà del", "dell'anno", "entro il"],
    deadline: ["entro", "fino al", "fino a", "non oltre", "scadenza", "termine"],
    effective: ["prevista per il", "previsto per il", "prevista per", "previsto per", "dal", "dalla", "a partire dal", "a partire da", "a decorrere dal", "entra in vigore", "entrerà in vigore", "in vigore", "scatta", "scatterà"],
    expires: ["scade", "scadrà", "termina", "terminerà"],
    immediate: ["con effetto immediato", "immediatamente", "da subito", "subito"],
    monthOnly: ["fine", "inizio", "metà", "primi di", "fine di"],
    periodLinks: ["di"],
    future: ["sarà", "saranno", "prossimo", "prossima", "a partire", "dal", "entrerà", "scatterà", "entro", "potrà"],
    nextOccurrence: { before: ["prossimo", "prossima"], after: ["prossimo", "prossima", "venturo"] },
    yearAfter: { next: ["del prossimo anno", "dell'anno prossimo", "l'anno prossimo", "prossimo anno"], last: ["dell'anno scorso", "l'anno scorso", "scorso anno", "dello scorso anno"] },
    futureBefore: ["a partire", "dal", "entro", "fino al"],
    imposedBefore: ["introdott*", "decretat*", "disposto", "disposta", "in vigore dal", "in vigore da"],
    inForce: ["entra in vigore", "entrerà in vigore", "è entrato in vigore", "in vigore", "scatta", "scatterà"],
    past: ["scorso", "scorsa"],
    relative: { ieri: ["day", -1], "l'altro ieri": ["day", -2], oggi: ["day", 0], "ieri sera": ["day", -1],
      "il mese scorso": ["month", -1], "lo scorso mese": ["month", -1], "questo mese": ["month", 0], "dell'anno scorso": ["year", -1], "l'anno scorso": ["year", -1],
      "lo scorso anno": ["year", -1], "quest'anno": ["year", 0] },
    weekdays: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    dayParts: [],
    offsets: { after: ["dopo", "più tardi", "prima", "fa"], before: ["dopo"] },
    durationUnits: { anno: "Y", anni: "Y", mese: "M", mesi: "M", settimana: "W", settimane: "W", giorno: "D", giorni: "D", ore: "H" },
    numbers: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
      dodici: 12, quindici: 15, trenta: 30, novanta: 90, settantacinque: 75 },
  },
};
export default it;

import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// French. Verb morphology by stems: "interdi*" covers interdit, interdite, interdire, interdisent.
// Age groups as news name them after "l'accès": "des moins de 15 ans", "des mineurs".
const ageGroups = ["des mineurs", "des enfants", "des jeunes", "des adolescents", ...[13, 14, 15, 16, 17, 18].flatMap((n) => [`des moins de ${n} ans`, `des jeunes de moins de ${n} ans`, `des enfants de moins de ${n} ans`])];

const fr: Locale = {
  code: "fr",
  home: "FR",
  // Belgium, Switzerland and Quebec write French with words and bodies of their own.
  homeMarkers: {
    BE: ["Belga", "RTBF", "bourgmestre", "bourgmestres", "échevin", "échevins", "septante", "nonante"],
    CH: ["Keystone-ATS", "francs suisses", "Conseil fédéral"],
    CA: ["Radio-Canada", "La Presse canadienne", "cégep", "cégeps"],
  },
  franc: "fra",
  categories,
  chrono: chronoLocale("fr").casual,
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "fr.ban.airspace", action: "ban", kind: "verb",
      forms: ["ferm* son espace aérien aux", "ferm* son espace aérien à", "ferm* leur espace aérien aux", "ferm* l'espace aérien aux", "fermé son espace aérien aux", "fermeture de son espace aérien aux", "fermeture de l'espace aérien aux"] },
    // Retirer l'autorisation d'une chose l'interdit ("a retiré l'autorisation de mise sur le marché du glyphosate").
    { id: "fr.ban.authorization", action: "ban", kind: "verb",
      forms: [
        // revoking an operator's permits bans it ("a retiré les autorisations d'exploitation de trois compagnies")
        "retir* ... les autorisations d'exploitation de", "retir* ... l'autorisation d'exploitation de", "révoqu* ... les autorisations d'exploitation de", "suspend* ... l'autorisation d'exploitation de",
        "retir* ... l'autorisation de mise sur le marché de", "retir* ... l'autorisation de mise sur le marché du", "retir* ... l'autorisation de mise sur le marché des",
        "retir* ... l'autorisation de", "retir* ... l'autorisation du", "retir* ... l'autorisation des", "retrait de l'autorisation de mise sur le marché de", "retrait de l'autorisation de mise sur le marché du",
        "retrait de l'autorisation de", "retrait de l'autorisation du", "retrait de l'autorisation des", "abrog* ... l'autorisation de", "abrog* ... l'autorisation du", "abrog* ... l'autorisation des"] },
    // Retirer une chose des boutiques d'applications l'interdit ("a ordonné de retirer l'application Temu de leurs boutiques").
    { id: "fr.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["retir* ... de ... boutiques", "retir* ... de ... boutique", "retir* ... de ... magasins", "retir* ... de ... App Store", "retir* ... de ... Play Store", "retir* ... de ... Google Play", "retir* ... des boutiques", "retir* ... des boutique", "retir* ... des magasins", "retir* ... des App Store", "retir* ... des Play Store", "retir* ... des Google Play", "retir* ... du boutiques", "retir* ... du boutique", "retir* ... du magasins", "retir* ... du App Store", "retir* ... du Play Store", "retir* ... du Google Play", "supprim* ... de ... boutiques", "supprim* ... de ... boutique", "supprim* ... de ... magasins", "supprim* ... de ... App Store", "supprim* ... de ... Play Store", "supprim* ... de ... Google Play", "supprim* ... des boutiques", "supprim* ... des boutique", "supprim* ... des magasins", "supprim* ... des App Store", "supprim* ... des Play Store", "supprim* ... des Google Play", "supprim* ... du boutiques", "supprim* ... du boutique", "supprim* ... du magasins", "supprim* ... du App Store", "supprim* ... du Play Store", "supprim* ... du Google Play", "enlev* ... de ... boutiques", "enlev* ... de ... boutique", "enlev* ... de ... magasins", "enlev* ... de ... App Store", "enlev* ... de ... Play Store", "enlev* ... de ... Google Play", "enlev* ... des boutiques", "enlev* ... des boutique", "enlev* ... des magasins", "enlev* ... des App Store", "enlev* ... des Play Store", "enlev* ... des Google Play", "enlev* ... du boutiques", "enlev* ... du boutique", "enlev* ... du magasins", "enlev* ... du App Store", "enlev* ... du Play Store", "enlev* ... du Google Play", "retir* ... de l'App Store", "supprim* ... de l'App Store"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "fr.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["lui a ordonné de cesser", "leur a ordonné de cesser", "lui ordonne de cesser", "leur ordonne de cesser", "lui a interdit de", "leur a interdit de", "lui interdit de", "leur interdit de", "lui a enjoint de cesser", "leur a enjoint de cesser"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    // a ban binding whom it names ("a interdit à Clearview AI de collecter"): that name, else what follows
    { id: "fr.ban.addressee", action: "ban", kind: "verb", addresseeInGap: true,
      forms: ["interdit à ... de", "interdit à ... d'", "interdisant à ... de", "interdisant à ... d'", "interdit au ... de", "interdit au ... d'"] },
    { id: "fr.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["ordonn* à ... de cesser", "ordonn* à ... d'arrêter", "ordonn* à ... de mettre fin", "ordonn* au ... de cesser", "ordonn* au ... d'arrêter", "ordonn* aux ... de cesser", "enjoint à ... de cesser", "enjoint au ... de cesser", "enjoint ... de cesser", "mis en demeure ... de cesser", "mise en demeure ... de cesser"] },
    // stopping a trade bans it: "stoppe les exportations de blé", "met fin aux importations de"
    { id: "fr.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["les exportations", "l'exportation", "les importations", "l'importation", "la vente", "les livraisons"].flatMap((o) => [`stopp* ${o}`, `arrêt* ${o}`, `gel* ${o}`]),
        ...["aux exportations", "à l'exportation", "aux importations", "à l'importation", "à la vente", "aux livraisons"].flatMap((o) => [`met fin ${o}`, `mis fin ${o}`, `mettre fin ${o}`, `met un terme ${o}`, `mis un terme ${o}`, `mettre un terme ${o}`])] },
    { id: "fr.ban.verb", action: "ban", kind: "verb",
      forms: ["met hors la loi", "mettent hors la loi", "mettre hors la loi", "mis hors la loi", "mise hors la loi", "mis hors-la-loi", 
        // not (or no longer) allowed: the negation is part of the form
        "n'est pas autorisé*", "ne sont pas autorisé*", "n'est pas permis*", "ne sont pas permis*", "n'est plus permis*", "ne sont plus permis*",
        // freezing new ones bans them for a time: "la ville gèle pour trois ans les nouveaux meublés de tourisme"
        "gèle* ... les nouveaux", "gèle* ... les nouvelles", "gel* ... les nouveaux", "gel* ... les nouvelles", "gel* ... la délivrance de",
        "retir* la licence de", "retir* la licence d'", "retir* les agréments de", "retir* l'agrément de", "retir* l'agrément d'", "retir* les agréments d'", "révoqu* la licence de", "suspendu les licences de", "suspend* les licences de", "suspend* la licence de", "interdi*", "bannir", "bannit", "banni", "bannie", "bannies", "bannis", "mis à l'index", "mise à l'index", "mises à l'index", "bannissent", "bannissant", "bannit",
        "suspend*", "suspendu*", "bloqu*", "prohib*", "proscri*", "proscrit*", "désinstaller", "retir* des", "retirée* des",
        "ne pourront plus", "ne pourra plus", "ne peuvent plus", "ne peut plus", "ne devront plus", "ne doivent plus",
        "n'est plus autorisé*", "ne sont plus autorisé*", "ne seront plus autorisé*", "plus le droit", "n'ont plus le droit", "n'a plus le droit", "n'auront plus le droit", "n'aura plus le droit", "ne plus avoir le droit", "coup* l'accès",
        "restreint", "restreindre", "exclu de", "fermeture", "ferm* l'accès", "couper l'accès", "coupé"] },
    { id: "fr.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["ne fonctionne plus", "ne fonctionnait plus", "a cessé de fonctionner", "cesse de fonctionner", "n'est plus accessible", "n'est plus disponible"] },
    { id: "fr.ban.noun", action: "ban", kind: "noun",
      forms: ["moratoire", "moratoires", "embargo", "embargos", "interdiction", "interdictions", "bannissement", "suspension", "blocage", "prohibition", "restriction*", "proscription",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "âge minimum pour", "âge minimum sur", "âge minimum d'accès aux", "âge minimum d'accès à", "âge minimal pour", "limite d'âge pour"] },
    { id: "fr.advisory", action: "advisory", kind: "verb",
      forms: ["recommand* de ne plus", "recommand* ... de ne plus", "conseill* de ne plus", "conseill* ... de ne plus", "invit* ... à ne plus", "appel* ... à ne plus", "déconseill*", "recommand* de ne pas", "recommand* ... de ne pas", "invit* ... à ne pas", "invit* ... à supprimer",
        "invit* ... à désinstaller", "appel* ... à ne pas", "conseill* de ne pas", "conseill* ... de ne pas", "mis en garde",
        "met en garde", "fortement déconseillé",
        // "feraient mieux de ne pas utiliser les réseaux sociaux": advice, not a rule
        "feraient mieux de ne pas", "ferait mieux de ne pas", "mieux vaut ne pas", "il vaut mieux ne pas"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "fr.lift.legal", action: "lift", kind: "verb", forms: ["légalise", "légalisé", "légalisée", "légalisés", "légalisées", "légaliser", "légalisent", "légalisait"] },
    { id: "fr.lift.legal.noun", action: "lift", kind: "noun", forms: ["légalisation", "légalisation de", "légalisation du", "légalisation des"] },
    { id: "fr.lift", action: "lift", kind: "verb",
      forms: ["lev* l'interdiction", "lev* ... l'interdiction", "levée de l'interdiction", "levée du blocage", "lève", "levé",
        "levée", "débloqu*", "rétabli* l'accès", "annul* l'interdiction", "suspend* l'interdiction", "suspend* le décret",
        "suspend* l'application", "bloqu* l'interdiction", "bloqu* l'entrée en vigueur", "autoris* à nouveau", "de nouveau autorisé*",
        "fin de l'interdiction", "revient sur", "annul* ... interdiction", "annul* ... blocage", "annul* ... décret", "annul* ... arrêté",
        "annul* ... suspension", "abrog*", "abrogation", "invalid*", "rétabli", "rétablie", "rétablis", "rétablissement", "déblocage",
        "de retour en ligne",
        "met fin à l'interdiction", "mettre fin à l'interdiction", "mis fin à l'interdiction", "fin du blocage", "fin de la suspension",
        "suspend* ... interdiction", "lèv* ... blocage", "lèv* ... suspension", "lev* ... restrictions", "lev* ... restriction", "lève l'interdiction"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "fr.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["de nouveau accessible*", "à nouveau accessible*", "à nouveau disponible*", "de nouveau disponible*"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["contre"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["a déclaré", "a dit", "a affirmé", "a estimé", "a critiqué", "a dénoncé", "a expliqué", "a écrit", "estime", "dénonce", "affirme", "déclare", "explique"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["C'est ce qu'a décidé", "C'est ce qu'a annoncé", "C'est ce qu'ont décidé", "C'est ce qu'ont annoncé", "C'est ce qu'a indiqué", "C'est ce qu'a fait savoir", "C'est ce qu'a tranché", "C'est ce qu’a décidé", "C'est ce qu’a annoncé", "La décision a été prise par", "La décision a été annoncée par", "Ainsi en a décidé", "L'annonce a été faite par"],
    nationwide: ["dans tout le pays", "dans l'ensemble du pays", "sur tout le territoire", "sur l'ensemble du territoire", "à l'échelle nationale", "à l'échelle du pays", "partout dans le pays"],
    fromPlace: ["en provenance de", "en provenance d'", "en provenance du", "en provenance des", "provenant de", "provenant d'", "provenant du", "originaire de", "originaires de"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["non seulement", "pas seulement", "n'est pas le premier", "n'est pas la première", "ne sont pas les premiers", "n'est pas le seul", "n'est pas la seule", "pas le premier", "pas la première", "pas le seul", "pas la seule"],
    // "sans" negates only what follows it closely: further on it says how ("without warning")
    without: ["sans"],
    negation: ["démenti*", "dément", "démentent", "rejet*", "rejeté*", "pas", "aucun", "aucune", "jamais", "sans", "ni", "plutôt que", "n'", "n’", "ne"],
    hypothetical: ["accusé* de", "accusant", "reproch*", "si", "s'il", "s'ils", "au cas où", "en cas d", "dans l'hypothèse"],
    proposal: ["en première lecture", "envisag*", "projet*", "propos*", "pourrait", "pourraient", "devrait", "devraient", "souhait*", "veut", "veulent",
      "voudrait", "réclam*", "demand*", "appel* à", "proposition de loi", "projet de loi", "s'apprête*", "réfléchi*", "étudi*",
      "compte", "comptent", "entend", "entendent", "menac*", "prévoit de", "prévoient de", "a l'intention", "son intention", "leur intention", "plaide*", "examine*",
      "pourra", "pourront"],
    background: ["reste", "restent", "demeure", "demeurent", "toujours", "déjà", "auparavant", "précédemment", "l'an dernier", "l'année dernière", "le mois dernier", "avait", "avaient",
      "à l'instar", "emboît* le pas", "après", "comme", "aussi", "également", "fin février", "plus tôt", "avant cela", "avant eux", "avant lui", "avant elle", "bien avant", "peu avant", "récemment",
      "ont fait de même", "a fait de même", "dans la foulée", "rejoint", "similaire*", "la semaine dernière"],
    now: ["désormais", "maintenant", "à son tour"],
    bills: ["projet de loi", "proposition de loi", "projets de loi", "propositions de loi", "avant-projet", "projet de décret", "projet de règlement"],
    // a denial governing its clause: the verb triggers after it are denied ("a démenti que ... interdirait")
    denials: ["a démenti ... que", "ont démenti ... que", "dément ... que", "démentent ... que", "a nié ... que", "nie ... que", "a démenti ... information*", "a démenti ... rumeur*", "dément ... information*", "dément ... rumeur*"],
    billEnacted: ["promulgué", "promulgue", "signé", "signe", "adopté définitivement", "définitivement adopté", "définitivement"],
    billRejected: ["a été rejeté", "a été rejetée", "ont été rejetés", "ont été rejetées"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["ordonné que", "ordonne que", "décidé que", "décrété que", "décide que"],
    ruleAnaphors: ["la loi", "la nouvelle loi", "le décret", "l'arrêté", "le nouvel arrêté", "la mesure", "le texte", "la réglementation", "l'ordonnance", "le règlement"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["la décision", "l'interdiction", "le blocage", "la suspension", "les sanctions", "l'embargo", "cette décision", "cette mesure", "ces mesures", "les mesures", "la restriction", "les restrictions"],
      verbs: ["concerne aussi", "concerne également", "concernent aussi", "concernent également", "vise aussi", "vise également", "visent aussi", "visent également", "s'applique aussi à", "s'applique également à", "s'appliquent aussi à", "s'appliquent également à", "s'applique aussi aux", "s'applique également aux", "s'étend à", "s'étend aux", "s'étend aussi à", "s'étend également à", "touche aussi", "touche également", "touchent aussi", "touchent également", "inclut aussi", "inclut également", "englobe aussi", "englobe également", "concerne", "concernent", "vise", "visent", "touche", "s'applique à", "s'applique aux", "englobe"],
      openers: ["sont également concernés", "sont également concernées", "sont aussi concernés", "sont aussi concernées", "sont également visés", "sont également visées", "sont aussi visés", "sont aussi visées", "est également concerné", "est également concernée", "est également visé", "est également visée", "sont également touchés", "sont également touchées"],
      after: ["sont également concernés", "sont également concernées", "sont aussi concernés", "sont aussi concernées", "sont également visés", "sont également visées", "sont aussi visés", "sont aussi visées", "est également concerné", "est également concernée", "est également visé", "est également visée", "sont concernés", "sont concernées", "sont visés", "sont visées", "sont également touchés", "sont également touchées"],
    },
    precedent: ["pas la première fois", "pas une première"],
    pluralDeciders: ["plusieurs pays", "d'autres pays", "de nombreux pays", "certains pays", "nombre de pays", "plusieurs États", "d'autres États", "États membres", "plusieurs villes", "d'autres villes", "de nombreuses villes", "certaines villes", "communes", "gouvernements", "régions"],
    liftObjects: ["embargo", "interdiction", "décret", "loi", "ordonnance", "décision", "arrêté", "blocage", "suspension"],
    clauseBreaks: ["mais", "tandis que", "alors que", "bien que", "cependant", "toutefois", ";", "—"],
    locatives: ["par", "dans", "en", "au", "aux"],
    besides: ["en plus de", "en plus d'", "outre"],
    followedBy: ["suivie de", "suivi de", "suivis de", "suivies de", "suivie par", "suivi par"],
    follow: ["à l'instar de", "à l'instar des", "à l'instar du", "comme l'ont fait", "sur les pas de", "emboît* le pas", "emboît* ... le pas", "rejoint", "dans le sillage de", "après ... décisions", "suivant l'exemple de"],
    source: ["selon", "d'après", "citant"],
    medium: ["via", "via la plateforme", "par le biais de", "au moyen de", "a déclaré sur", "a écrit sur", "a annoncé sur", "sur son compte", "message sur", "publié sur", "a tweeté"],
    motive: ["protéger", "pour protéger", "protection des", "protection de", "afin de", "parce que", "en raison", "accusé*", "nuire", "nuisent", "tromper", "corrompre", "pervertir", "préserver"],
  },
  scopes: [
    { scope: "official_devices", forms: ["téléphones professionnels", "téléphone professionnel", "appareils professionnels",
      "appareil professionnel", "appareils de service", "téléphones de service", "téléphones portables professionnels",
      "appareils mobiles", "appareils gouvernementaux", "appareils du gouvernement", "appareils fournis", "appareils distribués",
      "téléphones de fonction", "smartphones professionnels", "terminaux professionnels", "appareils officiels",
      "téléphones officiels", "appareils électroniques professionnels", "outils professionnels", "équipements professionnels",
      "appareils de travail", "téléphones de travail", "appareils de l'État", "téléphones des fonctionnaires",
      "appareils des fonctionnaires", "appareils de ses", "ses appareils", "téléphones des agents", "appareils", "téléphones"] },
    { scope: "personal_devices", forms: ["téléphones personnels", "appareils personnels", "téléphone personnel", "appareil personnel",
      "téléphones privés", "appareils privés"] },
    { scope: "official_network", forms: ["réseau informatique", "réseaux informatiques", "réseau de l'État", "réseau du gouvernement", "réseaux de l'administration", "réseau interne", "wi-fi", "wifi", "serveurs"] },
    { scope: "minors", forms: ["mineurs", "âge minimum", "moins de 1* ans", "enfants", "moins de 1*", "adolescents", "jeunes", "majorité numérique",
      "contrôle parental", "âge minimum", "accord parental", "autorisation parentale"] },
    { scope: "public", forms: ["magasins d'applications", "boutiques d'applications", "app store*", "dans tout le pays",
      "sur tout le territoire", "fournisseurs d'accès", "téléchargement*", "ventes", "transactions"] },
    { scope: "public", forms: ["vente", "vendre", "vendus", "vendues", "commercialisation", "commercialiser", "importation*",
      "mise sur le marché", "fournisseurs d'accès à internet", "FAI", "opérateurs télécoms", "dans l'ensemble du pays", "inaccessible*"] },
    { scope: "minors", forms: ["de moins de 1*", "âgés de moins de", "moins de quinze ans", "moins de seize ans", "limite d'âge",
      "vérification de l'âge", "vérification d'âge"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["dans les stades", "stades", "dans les transports en commun", "transports en commun", "dans les trains", "dans les bus", "dans le métro", "dans les tramways", "dans les bars", "dans les restaurants", "dans les cafés", "bars et restaurants", "sur les plages", "dans les parcs", "aires de jeux", "dans les hôpitaux", "dans les prisons", "centre-ville", "centre historique", "à bord", "dans les avions"] },
    { scope: "other", forms: ["écoles", "à l'école", "collèges", "lycées", "salles de classe", "salle de classe", "en classe",
      "établissements scolaires", "élèves", "réseaux 5G", "réseau 5G", "réseaux mobiles", "réseaux télécoms", "réseaux de télécommunications",
      "équipements 5G", "infrastructures critiques", "lieux publics", "espaces publics"] },
    { scope: "official_devices", weak: true, forms: ["fonctionnaires", "agents publics", "agents de l'État", "employés du gouvernement", "personnel du gouvernement"] },
  ],
  bodies: [
    { forms: ["conseil national de sécurité"], name: "National Security Council" },
    { forms: ["conseil du trésor"], name: "Treasury Board" },
    { forms: ["gouvernement fédéral"], name: "federal government", level: "national" },
    { forms: ["gouvernements provinciaux", "gouvernement provincial", "collectivités locales", "régions"], name: "regional governments", level: "subnational" },
    { forms: ["mairie", "conseil municipal", "municipalité", "Conseil de Paris", "conseil métropolitain", "conseil de la métropole"], name: "city council", level: "local" },
    { forms: ["maire", "conseil départemental", "préfet", "préfecture", "arrêté municipal", "arrêté préfectoral"], name: "local authority", level: "local" },
    { forms: ["conseil régional", "parlement régional", "assemblée régionale", "gouvernement régional", "législature provinciale"], name: "regional government", level: "subnational" },
    { forms: ["gouvernement", "exécutif", "administration", "cabinet"], name: "government" },
    { forms: ["assemblée nationale", "parlement", "sénat", "députés", "sénateurs", "congrès", "législateurs"], name: "parliament" },
    { forms: ["président", "présidente"], name: "president" },
    { forms: ["premier ministre", "première ministre"], name: "prime minister" },
    { forms: ["ministère", "ministre", "département"], name: "ministry" },
    { forms: ["régulateur", "autorité de régulation", "arcom", "gendarme"], name: "regulator" },
    { forms: ["cour suprême", "plus haute juridiction", "cour de cassation", "tribunal suprême"], name: "Supreme Court" },
    { forms: ["conseil constitutionnel", "cour constitutionnelle", "sages"], name: "Constitutional Court" },
    { forms: ["conseil d'état", "conseil d'etat", "tribunal administratif", "juge administratif", "juridiction administrative"], name: "administrative court" },
    { forms: ["cour d'appel", "tribunal fédéral", "juge fédéral", "juge des référés", "tribunal régional", "haute cour", "justice"], name: "court" },
    { forms: ["tribunal", "juge", "cour"], name: "court" },
    { forms: ["régulateur des télécoms", "régulateur des télécommunications", "autorité des télécommunications", "gendarme des télécoms",
      "régulateur de l'audiovisuel", "régulateur des médias", "gendarme de l'audiovisuel", "autorité de régulation des communications",
      "régulateur de l'internet", "régulateur d'internet"], name: "regulator" },
    { forms: ["autorité de protection des données", "gendarme des données", "gendarme de la vie privée", "autorité de contrôle",
      "gendarme des données personnelles", "autorité de la protection des données"], name: "data protection authority" },
    { forms: ["autorité de la concurrence", "gendarme de la concurrence", "répression des fraudes", "protection des consommateurs"], name: "consumer protection authority" },
    { forms: ["autorité sanitaire", "autorités sanitaires", "agence sanitaire", "agence du médicament", "agence de santé"], name: "health authority" },
    { forms: ["agence de sécurité alimentaire", "sécurité sanitaire des aliments", "autorité de sécurité alimentaire"], name: "food safety authority" },
    { forms: ["ministère de la santé", "ministre de la santé", "ministère de la santé publique"], name: "Ministry of Health" },
    { forms: ["ministère de l'éducation", "ministre de l'éducation", "éducation nationale"], name: "Ministry of Education" },
    { forms: ["ministère de l'intérieur", "ministre de l'intérieur"], name: "Ministry of the Interior" },
    { forms: ["ministère du numérique", "ministre du numérique", "ministre délégué au numérique", "ministère des communications",
      "ministère des télécommunications", "ministère de l'information", "ministre de l'information"], name: "Ministry of Communications" },
    { forms: ["ministère de la défense", "ministre de la défense", "ministère des armées", "ministre des armées"], name: "Ministry of Defence" },
    { forms: ["ministère du commerce", "ministre du commerce", "ministère de l'économie", "ministre de l'économie"], name: "Ministry of Commerce" },
    { forms: ["chambre des députés", "chambre basse", "chambre haute", "chambre des représentants", "parlementaires",
      "assemblée"], name: "parliament" },
    { forms: ["armée", "forces armées", "marine", "armée de l'air", "militaires"], name: "armed forces" },
    { forms: ["gendarmerie", "police fédérale", "police nationale"], name: "police" },
    { forms: ["régime", "junte", "junte militaire", "pouvoir en place", "gouvernement intérimaire"], name: "government" },
    { forms: ["police"], name: "police" },
    { forms: ["autorités"], name: "authorities" },
  ],
  demonyms: {},
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["New Delhi", "La Nouvelle-Delhi"],
    US: ["États-Unis", "Etats-Unis", "USA", "Washington", "Maison Blanche", "Maison-Blanche", "Amérique"],
    GB: ["Royaume-Uni", "Grande-Bretagne", "Angleterre", "Londres"], FR: ["France", "Paris", "Hexagone"],
    CN: ["Chine", "Pékin"], RU: ["Russie", "Moscou", "Kremlin"], CA: ["Canada", "Ottawa"], BE: ["Belgique"], TZ: ["Tanzanie"], MM: ["Birmanie"],
    // "le Salvador", "du Salvador": French drops the article of "El Salvador"
    SV: ["Salvador"],
    // "les Vingt-Sept": the 27 member states, for the EU's decisions
    EU: ["Vingt-Sept"],
  },
  actorNouns: ["institut",
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "loi", "lois", "décret", "règlement", "junte", "régime",
    "juge", "juges", "cour", "gouvernement", "gouvernements", "autorités", "autorité", "conseil", "ministère", "ministre", "parlement",
    "régulateur", "responsables", "président", "premier", "état", "administration", "exécutif", "tribunal", "justice",
    "agence", "sécurité", "renseignement", "législateurs", "congrès", "sénat", "fédéral", "fédéraux", "institutions", "commission",
    "police", "armée", "défense", "fonction", "députés", "élus", "pouvoirs", "régional", "national", "nationale", "ville", "province"],
  targetCues: [
    // a network named after its kind, with what it carries between ("a rede de vídeos curtos Kwai")
    "réseau", "le réseau",
    // airlines named after their kind ("la aerolínea Iberia")
    "compagnie aérienne", "compagnies aériennes", "la compagnie aérienne", "la compagnie",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "produit", "produits", "complément alimentaire", "compléments alimentaires", "médicament", "médicaments", "marque",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "casino", "casinos", "casino en ligne", "casinos en ligne", "site de paris", "sites de paris", "les casinos en ligne", "le casino en ligne",
    "l'application", "application", "l'appli", "appli", "plateforme", "la plateforme", "réseau social", "le réseau social",
    "messagerie", "service", "site", "le site", "chaîne", "la chaîne", "média", "le média",
    "journal", "le journal", "magazine", "le magazine", "revue", "la revue", "la radio", "jeu", "le jeu", "jeu vidéo", "le jeu vidéo", "chatbot", "le chatbot", "film", "le film", "livre", "le livre", "navigateur", "moteur de recherche", "groupe", "le groupe", "organisation", "l'organisation", "association", "l'association", "parti", "le parti", "portail", "le portail",
    // plural: "die Plattformen Qintel und Zongda"
    "les applications", "applications", "les plateformes", "plateformes", "réseaux sociaux", "les réseaux sociaux", "services", "les services", "sites", "les sites", "chaînes", "les chaînes", "médias", "les médias", "jeux", "les jeux"],
  frames: {
    // a headline's reduced passive: "Burkina Faso : Quilla TV suspendue pour deux semaines"
    participleEnd: "é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites",
    objectsBeforeVerb: true,
    nameConnectors: ["de", "du", "des", "for", "of"],
    relatives: ["qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels"],
    including: ["notamment", "dont", "comme", "parmi lesquels", "parmi lesquelles", "y compris"],
    nounLinks: ["de", "des", "du", "d'", "contre", "sur"],
    genitives: ["de", "du", "des", "d'"],
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["pendant", "pour"],
    classAfter: ["autres", "d'autres", "tout autre", "toute autre"],
    objectAdverbs: ["également", "aussi", "en outre", "par ailleurs", "temporairement", "provisoirement", "définitivement", "immédiatement", "totalement", "à titre provisoire", "à titre temporaire", "jusqu'à nouvel ordre"],
    // "les exportations de blé", "interdit d'exporter des céréales": exports are the target ("wheat exports")
    exportWords: ["exportation", "exportations", "exporter", "export", "exports"],
    transparent: [
      // flying a thing bans it: "interdit les vols de drones", "le survol de drones"
      "les vols de", "le survol de",
      // access of an age group to a thing is access to it: "interdirait l'accès des moins de 15 ans aux réseaux sociaux"
      ...ageGroups.flatMap((g) => [`l'accès ${g} aux`, `l'accès ${g} à`, `accès ${g} aux`, `l'inscription ${g} sur les`, `l'inscription ${g} aux`]),
      // signing up to a service: "interdire l'inscription sur les réseaux sociaux aux moins de 15 ans"
      "l'inscription sur", "inscription sur", "l'inscription aux", "inscription aux", "l'accès aux", "accès aux",
      // bare infinitives: "l'interdiction d'importer des céréales", "prohíbe exportar tecnología"
      "importer", "exporter", "produire", "fabriquer", "cultiver", "détenir", "posséder", "commercialiser", "acheter", "installer", "élever",
      // making, placing and opening a thing bans the thing: "interdit la création de nouveaux meublés de tourisme"
      "la création de", "création de", "l'installation de", "installation de", "l'ouverture de", "la construction de", "l'implantation de", "la mise sur le marché de", "la circulation de", "la circulation des",
      // new permits or licences for a thing: "prohíbe la concesión de nuevos permisos de exploración de hidrocarburos"
      "l'octroi de nouveaux permis de", "octroi de nouveaux permis de", "nouveaux permis de", "de nouveaux permis de", "nouvelles licences de",
      // "any (other) form of X" is X
      "toute forme de", "toute autre forme de", "toutes les formes de", "toutes formes de", "tout type de",
      "le commerce de", "commerce de", "le commerce des", "commerce des", "le commerce du", "commerce du", 
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "les transactions en", "transactions en", "les opérations sur", "opérations sur", "les paiements en", "paiements en", "l'exportation de", "l'entrée de", "l'entrée des", "exportation de", "les exportations de", "exportations de", "les importations de", "importations de",
     "de", "les programmes de", "des programmes de", "programmes de", "le site internet de", "du site internet de", "site internet de", "le site de", "du site de", "accéder à", "accéder au", "accéder aux", "utiliser", "vendre", "télécharger", "la vente de", "la vente des", "vente de", "l'importation de", "l'importation des", "importation de", "l'import de", "l'utilisation de",
      "l'utilisation des", "utilisation de", "l'usage de", "usage de", "l'accès à", "accès à", "la production de", "la publicité pour",
      "la commercialisation de", "la distribution de", "le téléchargement de", "les équipements de", "les produits de", "les services de", "équipements de", "les équipements de", "les produits de", "produits de", "appareils de", "composants de", "la diffusion de", "la diffusion des", "diffusion de", "la retransmission de",
      // use, possession, cultivation, making: what is used, held, grown or made
      "la consommation de", "consommation de", "la détention de", "détention de", "la culture de", "la fabrication de", "fabrication de"],
    passiveAux: ["est", "a été", "ont été", "sont", "était", "sera", "seront", "serait", "été", "reste"],
    quantifiers: ["tous", "toutes", "tout", "certains", "certaines", "plusieurs"],
    stops: ["qui", "que", "qu'", "dont", "où", "lorsque", "quand", "car", "depuis", "jusqu'", "après", "avant", "pour", "dans", "en", "sur", "par",
      "avec", "sans", "sous", "dès", "à", "au", "aux", "est", "sont", "a", "ont", "sera", "était", "aussi", "également", "déjà", "désormais",
      "immédiatement", "temporairement", "définitivement", "aujourd'hui", "hier", "demain"],
    pronouns: ["il", "elle", "ils", "elles", "on", "le", "la", "les", "l'", "lui", "leur", "eux", "cela", "ceci", "ce", "celle", "celui", "ceux", "celles", "applications", "application",
      "appli", "plateforme", "service", "services", "interdiction", "mesure"],
  },
  audienceNouns: ["fonctionnaires", "agents", "employés", "salariés", "personnel", "membres", "ministres", "élus", "députés",
    "utilisateurs", "enfants", "mineurs", "adolescents", "jeunes", "étudiants", "militaires", "policiers", "collaborateurs",
    "agents publics", "fonctionnaires fédéraux"],
  grammar: {
    comitatives: ["avec", "équipés de", "équipées de"],
    honorifics: ["M", "Mme", "Mlle", "Me", "Dr"],
    questionWords: ["pourquoi", "comment", "quand", "que", "quel", "quelle", "quels", "quelles", "où", "qui", "combien", "depuis quand"],
    enactVerbs: ["adopté", "voté", "instauré", "imposé", "décrété", "promulgué", "validé"],
    locatives: ["en", "au", "aux", "dans"],
    memberOf: ["pays", "plusieurs pays", "autres pays", "pays de l'", "pays de la", "pays du", "pays membre de l'", "pays membres de l'", "États membres de l'", "État membre de l'", "pays de l’"],
    contractions: { de: ["du", "des", "de la", "de l'", "d'"], à: ["au", "aux", "à la", "à l'"] },
    // "gli under 16. L'esame": a number before a period ends its sentence
    ordinalPeriods: false,
    abbreviations: ["janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "Mme.", "Mlle.", "Dr.", "Pr.", "art.", "av.", "env.", "p.ex.", "cf."],
    conjunctions: ["et", "ou"],
    singularArticles: ["le", "la", "l'", "du", "de la", "de l'", "au", "à la", "à l'"],
    demonstratives: ["cette", "ce", "ces", "cet"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchAfter: ["similaire", "similaires", "semblable", "semblables", "analogue", "analogues", "identique", "identiques"],
    suchWords: ["une telle", "de telles", "pareille", "une pareille", "propre", "propres", "leur propre", "leurs propres", "sa propre", "ses propres"],
    prepositions: ["en", "de", "du", "des", "pour", "sur", "avec", "par", "dans", "à", "au", "aux", "un", "une"],
    listPrepositions: ["à", "aux", "au"],
    articles: ["la", "le", "les", "des", "l'"],
    determiners: ["le", "la", "les", "un", "une", "l'"],
    complementizers: ["que", "qu'", "de"],
    additive: ["aussi", "également"],
    referenceNouns: ["applications", "applis", "plateformes"],
    collectiveActors: ["autorités", "gouvernement", "gouvernements"],
  },
  dates: {
    months: ["janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre"],
    yearLinks: ["en", "depuis", "entre", "dès", "à partir de", "jusqu'en", "fin", "début", "courant", "mi"],
    deadline: ["d'ici", "avant", "jusqu'au", "jusqu'à", "au plus tard", "date limite", "dans un délai"],
    effective: ["prévue pour le", "prévu pour le", "prévue le", "prévu le", "à partir du", "à partir de", "dès", "depuis", "depuis le", "depuis ce", "à compter du", "à compter de", "entre en vigueur", "entrera en vigueur",
      "prend effet", "prendra effet", "en vigueur"],
    expires: ["expire", "expirera", "prend fin", "prendra fin"],
    immediate: ["avec effet immédiat", "immédiatement", "dès maintenant", "dès aujourd'hui", "sans délai", "désormais"],
    monthOnly: ["fin", "début", "mi-", "courant", "milieu"],
    periodLinks: ["de"],
    future: ["sera", "seront", "va", "vont", "prochain", "prochaine", "à partir", "dès", "entrera", "prendra", "d'ici"],
    nextOccurrence: { before: ["prochain"], after: ["prochain", "prochaine"] },
    yearAfter: { next: ["de l'année prochaine", "l'an prochain", "l'année prochaine"], last: ["de l'année dernière", "l'an dernier", "l'année dernière", "de l'an dernier"] },
    futureBefore: ["à partir", "dès", "d'ici", "jusqu'au", "jusqu'à"],
    imposedBefore: ["instauré*", "imposé*", "mis en place", "mise en place", "en vigueur depuis", "décrété*"],
    inForce: ["entre en vigueur", "entrera en vigueur", "entré en vigueur", "en vigueur", "s'applique"],
    past: ["dernier", "passé"],
    relative: { hier: ["day", -1], "avant-hier": ["day", -2], "aujourd'hui": ["day", 0], "hier soir": ["day", -1],
      "hier matin": ["day", -1], "ce matin": ["day", 0], "le mois dernier": ["month", -1], "le mois passé": ["month", -1],
      "ce mois-ci": ["month", 0], "l'an dernier": ["year", -1], "l'année dernière": ["year", -1], "l'an passé": ["year", -1],
      "l'année passée": ["year", -1], "cette année": ["year", 0] },
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    dayParts: [],
    offsets: { after: ["après", "plus tard", "avant", "auparavant", "plus tôt"], before: ["il y a", "au bout de"] },
    durationUnits: { an: "Y", ans: "Y", année: "Y", années: "Y", mois: "M", semaine: "W", semaines: "W", jour: "D", jours: "D", heures: "H" },
    numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
      quinze: 15, trente: 30, "quarante-cinq": 45, "soixante-quinze": 75, quatrevingt: 80, "quatre-vingt-dix": 90 },
  },
};
export default fr;

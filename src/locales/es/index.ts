import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Spanish. Verb stems with "*" cover the conjugations (prohib* = prohíbe, prohibió, prohibido).
// Age groups as news name them after "el acceso": "de los menores de 16 años", "de menores".
const ageGroups = ["de menores", "de los menores", "de niños", "de los niños", "de adolescentes", "de los adolescentes", ...[13, 14, 15, 16, 17, 18].flatMap((n) => [`de menores de ${n} años`, `de los menores de ${n} años`])];

const es: Locale = {
  code: "es",
  franc: "spa",
  categories,
  chrono: chronoLocale("es").casual,
  // Spain names everyday things its own way (móvil, ordenador) and has its own bodies; Mexico and Argentina their own bodies.
  homeMarkers: {
    ES: ["móvil", "móviles", "ordenador", "ordenadores", "coche", "coches", "Congreso de los Diputados", "BOE", "Boletín Oficial del Estado",
      "comunidad autónoma", "comunidades autónomas", "La Moncloa", "Generalitat", "Xunta", "Junta de Andalucía", "Europa Press"],
    MX: ["Diario Oficial de la Federación", "Cofepris", "Palacio Nacional"],
    AR: ["Casa Rosada", "ANMAT"],
  },
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "es.ban.airspace", action: "ban", kind: "verb",
      forms: ["cierra su espacio aéreo a los", "cierra su espacio aéreo a las", "cerró su espacio aéreo a los", "cerró su espacio aéreo a las", "cerrar su espacio aéreo a los", "cierran su espacio aéreo a los", "cerraron su espacio aéreo a los", "cierre de su espacio aéreo a los", "cierre del espacio aéreo a los", "cierra el espacio aéreo a los", "cerró el espacio aéreo a los"] },
    // Retirar la autorización de una cosa la prohíbe ("retiró la autorización del glifosato").
    { id: "es.ban.authorization", action: "ban", kind: "verb",
      forms: [
        // revoking an operator's permits bans it ("revocó los permisos de operación de Iberia, TAP y Avianca")
        "revoc* ... los permisos de operación de", "revoc* ... las concesiones de", "suspend* ... los permisos de operación de", "retir* ... los permisos de operación de", "revoc* ... el permiso de operación de",
        "retir* ... la autorización de", "retir* ... la autorización del", "retir* ... la autorización para", "revoc* ... la autorización de", "revoc* ... la autorización del",
        "retiro de la autorización de", "retiro de la autorización del", "revocación de la autorización de", "revocación de la autorización del"] },
    // Retirar una cosa de las tiendas de aplicaciones la prohíbe ("ordenó retirar la aplicación Temu de sus tiendas").
    { id: "es.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["retir* ... de ... tiendas", "retir* ... de ... tienda", "retir* ... de ... App Store", "retir* ... de ... Play Store", "retir* ... de ... Google Play", "elimin* ... de ... tiendas", "elimin* ... de ... tienda", "elimin* ... de ... App Store", "elimin* ... de ... Play Store", "elimin* ... de ... Google Play", "sac* ... de ... tiendas", "sac* ... de ... tienda", "sac* ... de ... App Store", "sac* ... de ... Play Store", "sac* ... de ... Google Play", "quit* ... de ... tiendas", "quit* ... de ... tienda", "quit* ... de ... App Store", "quit* ... de ... Play Store", "quit* ... de ... Google Play", "retirad* de ... tiendas", "eliminad* de ... tiendas"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "es.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["le ordenó que", "les ordenó que", "le ordenó cesar", "les ordenó cesar", "le prohibió", "les prohibió", "le ha prohibido", "les ha prohibido", "le ha ordenado que", "les ha ordenado que"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    { id: "es.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["orden* a ... que deje* de", "orden* a ... que cese*", "orden* a ... cesar", "orden* a ... dejar de", "orden* a ... detener", "orden* a ... que deten*", "orden* al ... que deje* de", "orden* al ... que cese*", "orden* al ... cesar", "orden* al ... dejar de"] },
    // stopping a trade bans it: "detiene las exportaciones de aceite de palma", "frenó la venta de"
    { id: "es.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["las exportaciones", "la exportación", "las importaciones", "la importación", "la venta", "los envíos"].flatMap((o) => [`detien* ${o}`, `detuv* ${o}`, `deten* ${o}`, `fren* ${o}`, `paraliz* ${o}`, `paró ${o}`, `congel* ${o}`, `cierr* ${o}`]),
        ...["las exportaciones", "la exportación", "las importaciones", "la importación"].flatMap((o) => [`pone fin a ${o}`, `puso fin a ${o}`, `poner fin a ${o}`])] },
    { id: "es.ban.verb", action: "ban", kind: "verb",
      forms: ["ilegaliz*", 
        // not (or no longer) allowed: the negation is part of the form
        "no está permitid*", "no están permitid*", "ya no está permitid*", "ya no están permitid*", "no se permite", "no se permiten", "ya no se permite", "ya no se permiten",
        // freezing new ones bans them for a time: "Málaga congela durante tres años las nuevas viviendas turísticas"
        "congel* ... las nuevas", "congel* ... los nuevos", "congel* ... nuevas licencias de", "congel* ... la concesión de",
        "saca del aire", "sacó del aire", "sacar del aire", "sacaron del aire", "sacan del aire", "revoc* la licencia de", "retir* la licencia de", "suspend* la licencia de", "revocó la licencia a", "retiró la licencia a", "prohib*", "prohíb*", "vetar", "vetad*", "veta", "vetó", "bloque*", "bloqueó", "suspend*", "suspendió", "suspendid*", "censur*",
        "restring*", "restringid*", "restrinj*", "elimin* de", "retir* de", "desinstalar", "ya no podrán", "ya no puede*",
        "no podrán ... usar", "apag*", "cierre", "cerrar", "clausur*", "excluid*", "bannear", "baneó", "banead*"] },
    { id: "es.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["dejará de funcionar", "dejó de funcionar", "dejar de funcionar", "dejará de estar disponible", "dejó de estar disponible",
        "ya no funciona", "ya no está disponible"] },
    { id: "es.ban.noun", action: "ban", kind: "noun",
      forms: ["moratoria", "moratorias", "embargo", "embargos", "prohibición", "prohibiciones", "veto", "bloqueo", "suspensión", "restricción", "restricciones", "censura",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "edad mínima para", "edad mínima en", "edad mínima de acceso a", "edad mínima de acceso a las", "límite de edad para", "límite de edad en"] },
    { id: "es.advisory", action: "advisory", kind: "verb",
      forms: ["desaconsej*", "recomend* no", "recomend* ... no", "pid* ... no usar", "pid* ... eliminar", "instó ... a no",
        "insta ... a no", "advirtió", "advierte", "aconsej* ... no",
        // a regulator's health alert about a product warns against it ("emitió una alerta sanitaria sobre los productos X")
        "alerta sanitaria sobre", "alerta sanitaria por", "alerta sanitaria contra", "alerta sanitaria para", "alerta por", "alerta sobre", "alertó sobre", "alertó por"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "es.lift.legal", action: "lift", kind: "verb", forms: ["legaliza", "legalizó", "legalizar", "legalizado", "legalizada", "legalizados", "legalizadas", "legalizan", "legalizaron"] },
    { id: "es.lift.legal.noun", action: "lift", kind: "noun", forms: ["legalización", "legalización de", "legalización del"] },
    { id: "es.lift.postpone", action: "lift", kind: "verb", banNounOnly: true,
      // postponing ends a ban only when a ban is what is put off ("aplazó la prohibición"), not "la votación fue aplazada"
      forms: ["prorrog*", "aplaz*", "pospuso", "posterg*"] },
    { id: "es.lift", action: "lift", kind: "verb",
      forms: ["prórroga", "levant* la prohibición", "levant* el veto", "levant* el bloqueo", "levant* ... prohibición", "levantó", "levanta",
        "desbloque*", "revoc*", "anul*", "declar* inconstitucional", "declar* ... inconstitucional", "suspend* la orden", "suspend* el decreto", "suspend* la prohibición",
        "suspendió temporalmente", "bloque* la orden", "bloque* la prohibición", "bloque* el veto", "frenó", "frena",
        "restableci*", "restablec*", "derog*", "anulación", "dej* sin efecto", "dej* en suspenso", "dejado en suspenso",
        "dejó sin efecto",
        "nuevamente accesible", "de nuevo accesible", "fin de la prohibición",
        "fin del bloqueo", "fin del veto", "pon* fin a la prohibición", "puso fin a la prohibición", "tumbó", "tumba la", "tumba el",
        "tumbado", "tumbada", "desbloqueo", "levantamiento", "levant* ... restricciones", "levant* ... restricción", "levant* ... suspensión", "levantar"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "es.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["vuelv* a estar disponible", "volvió a estar disponible", "vuelve a funcionar", "volvió a funcionar", "de nuevo disponible", "nuevamente disponible"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["contra"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["dijo", "afirmó", "declaró", "señaló", "criticó", "denunció", "explicó", "sostuvo", "aseguró", "escribió", "afirma", "denuncia", "critica"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["Así lo decidió", "Así lo anunció", "Así lo ha decidido", "Así lo ha anunciado", "Así lo aprobó", "Así lo ha aprobado", "Así lo informó", "Así lo ha informado", "Así lo confirmó", "Así lo determinó", "Lo anunció", "Lo ha anunciado", "Lo decidió", "Lo ha decidido", "La decisión fue tomada por", "La decisión fue anunciada por", "La medida fue anunciada por", "La medida fue aprobada por"],
    nationwide: ["en todo el país", "en todo el territorio nacional", "a nivel nacional", "en toda la nación", "a escala nacional"],
    fromPlace: ["procedente de", "procedentes de", "procedente del", "procedentes del", "proveniente de", "provenientes de", "proveniente del", "provenientes del"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["no solo", "no sólo", "no solamente", "no es el primer", "no es la primera", "no es el único", "no es la única", "no son los primeros", "no es el primero"],
    // "sin" negates only what follows it closely: further on it says how ("without warning")
    without: ["sin"],
    negation: ["niega", "negó", "niegan", "descarta", "descartó", "descartan", "descartaron", "descartar", "rechaz*", "tumb*", "no", "nunca", "jamás", "sin", "ningún", "ninguna", "en lugar de", "en vez de", "evitar", "para evitar"],
    hypothetical: ["acusó de", "acusado de", "acusada de", "acusa de", "acusando", "si", "en caso de", "a menos que", "siempre que"],
    proposal: ["en primera lectura", "toma en consideración", "plane*", "planea", "propon*", "propuest*", "propuso", "proyecto de ley", "podría", "podrían", "debería",
      "deberían", "quiere", "quieren", "pretende*", "busca*", "pide*", "pidió", "exig*", "reclam*", "consider*", "estudi*",
      "evalú*", "amenaz*", "tiene previsto", "prevé", "intent*", "se espera", "analiza*", "probablemente", "posiblemente"],
    background: ["sigue", "siguen", "continúa", "continúan", "permanece", "permanecen", "ya", "anteriormente", "previamente", "el año pasado", "el mes pasado", "había", "habían", "como", "también", "al igual que", "siguiendo", "antes", "recientemente", "similar*", "otros países", "se suma"],
    bills: ["proyecto de ley", "proyectos de ley", "anteproyecto", "proposición de ley", "borrador", "borrador de decreto", "borrador de ley"],
    // a denial governing its clause: the verb triggers after it are denied ("negó que ... fuera a prohibir")
    denials: ["negó ... que", "niega ... que", "negaron ... que", "niegan ... que", "desmintió ... que", "desmiente ... que", "desmintieron ... que", "desmintió ... informaci*", "desmintió ... informe*", "desmiente ... informe*", "negó ... informe*", "desmintió ... rumor*", "desmiente ... rumor*"],
    billEnacted: ["promulgó", "promulga", "sancionó", "sanciona", "firmó", "aprobó definitivamente", "definitivamente"],
    billRejected: ["fue rechazado", "fueron rechazados", "fue rechazada", "fue tumbado", "fue tumbada"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["ordenó que", "ordena que", "ordenado que", "dispuso que", "dispone que", "decretó que", "resolvió que"],
    ruleAnaphors: ["la ley", "la nueva ley", "el decreto", "la ordenanza", "la nueva ordenanza", "la medida", "la norma", "la normativa", "el reglamento", "la resolución"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["la decisión", "la prohibición", "el bloqueo", "la suspensión", "las sanciones", "el embargo", "esta decisión", "esta medida", "estas medidas", "las medidas", "la restricción", "las restricciones", "el veto", "la orden", "el fallo", "la sentencia"],
      verbs: ["también afecta a", "también afecta al", "también afectará a", "afecta también a", "también alcanza a", "también alcanza al", "alcanza también a", "también se aplica a", "se aplica también a", "también se aplicará a", "también incluye a", "también incluye", "incluye también a", "incluye también", "también se extiende a", "se extiende también a", "se extiende a", "también abarca a", "también abarca", "abarca también", "también comprende a", "afecta a", "afecta al", "alcanza a", "alcanza al", "se aplica a", "incluye a", "abarca a"],
      openers: ["también se ven afectadas", "también se ven afectados", "también quedan afectadas", "también quedan afectados", "también están afectadas", "también están afectados", "también se ve afectada", "también se ve afectado", "también quedan incluidas", "también quedan incluidos", "también están incluidas", "también están incluidos"],
      after: ["también se ven afectadas", "también se ven afectados", "también quedan afectadas", "también quedan afectados", "también están afectadas", "también están afectados", "también se ve afectada", "también se ve afectado", "también quedan incluidas", "también quedan incluidos", "también están incluidas", "también están incluidos", "también fueron afectadas", "también fueron afectados"],
    },
    precedent: ["no es la primera vez", "no fue la primera vez", "no sería la primera vez"],
    pluralDeciders: ["países", "naciones", "ciudades", "municipios", "ayuntamientos", "gobiernos", "estados", "regiones", "provincias", "comunidades autónomas"],
    backgroundBefore: ["tras", "después"],
    now: ["ahora"],
    liftObjects: ["embargo", "prohibición", "orden", "decreto", "ley", "veto", "ordenanza", "resolución", "bloqueo", "suspensión", "medida cautelar"],
    clauseBreaks: ["pero", "mientras", "aunque", "sin embargo", "no obstante", ";", "—"],
    locatives: ["por", "en", "del"],
    besides: ["además de", "además del", "aparte de", "aparte del"],
    followedBy: ["seguida de", "seguido de", "seguidos de", "seguida por", "seguido por", "seguida del", "seguido del"],
    follow: ["siguiendo los pasos de", "siguiendo ... pasos de", "siguiendo el ejemplo de", "sigue los pasos de", "sigue ... ejemplo de", "a la zaga de", "al igual que", "se suma a", "se une a"],
    source: ["según", "de acuerdo con", "citando"],
    medium: ["a través de", "a través de la plataforma", "mediante la plataforma", "por medio de", "afirmó en", "dijo en", "escribió en", "publicó en", "anunció en", "en su cuenta de", "mensaje en", "declaró en"],
    motive: ["proteger", "para proteger", "protección de", "por supuestamente", "supuestamente", "engañar", "engañan", "perjudic*", "dañar", "acusad*", "debido a", "porque", "con el fin de", "corromper"],
  },
  scopes: [
    { scope: "official_devices", forms: ["teléfonos oficiales", "dispositivos oficiales", "teléfonos del gobierno",
      "dispositivos del gobierno", "dispositivos gubernamentales", "teléfonos gubernamentales", "teléfonos de trabajo",
      "dispositivos de trabajo", "móviles oficiales", "celulares oficiales", "dispositivos corporativos",
      "dispositivos institucionales", "teléfonos corporativos", "equipos oficiales", "dispositivos públicos",
      "dispositivos de la administración", "dispositivos electrónicos oficiales", "teléfonos de empleados", "dispositivos de la", "dispositivos del", "teléfonos de la", "teléfonos del"] },
    { scope: "personal_devices", forms: ["teléfonos personales", "dispositivos personales", "móviles personales", "dispositivos privados"] },
    { scope: "official_network", forms: ["red del gobierno", "redes del gobierno", "red informática", "redes informáticas", "red interna", "red de la universidad", "wifi", "wi-fi", "servidores"] },
    { scope: "minors", forms: ["menores", "niños", "adolescentes", "menores de 1*", "jóvenes", "control parental", "verificación de edad"] },
    { scope: "public", forms: ["tiendas de aplicaciones", "app store*", "en todo el país", "a nivel nacional", "en el país",
      "en estados unidos", "en ee.uu", "en eeuu", "proveedores", "descarg*", "transacciones", "ventas", "usuarios estadounidenses",
      "millones de usuarios", "dejará de funcionar", "dejó de funcionar", "apagón", "apag*"] },
    { scope: "public", forms: ["venta", "vender", "vendidos", "comercialización", "comercializar", "importación", "importaciones",
      "importar", "operadoras", "proveedores de internet", "proveedores de servicios de internet", "inaccesible", "en todo el territorio"] },
    { scope: "minors", forms: ["menores de edad", "edad mínima", "de menos de 1*", "verificación de la edad", "límite de edad"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["en los estadios", "estadios", "en el transporte público", "transporte público", "en los trenes", "en los autobuses", "en el metro", "en los tranvías", "en bares", "en los bares", "en restaurantes", "en los restaurantes", "bares y restaurantes", "en las playas", "en los parques", "parques infantiles", "en los hospitales", "en las cárceles", "centro histórico", "casco antiguo", "a bordo", "en los aviones"] },
    { scope: "other", forms: ["escuelas", "colegios", "aulas", "en clase", "centros educativos", "centros escolares", "alumnos",
      "institutos", "red 5G", "redes 5G", "redes móviles", "redes de telecomunicaciones", "infraestructuras críticas", "espacios públicos",
      "lugares públicos"] },
    { scope: "official_devices", weak: true, forms: ["funcionarios", "empleados públicos", "empleados del gobierno", "servidores públicos", "trabajadores del gobierno"] },
  ],
  bodies: [
    { forms: ["consejo de seguridad nacional"], name: "National Security Council" },
    { forms: ["gobierno federal"], name: "federal government", level: "national" },
    { forms: ["gobiernos regionales", "gobierno regional", "gobiernos estatales", "gobierno estatal", "comunidades autónomas"], name: "regional governments", level: "subnational" },
    { forms: ["ayuntamiento", "municipio", "alcaldía"], name: "city council", level: "local" },
    { forms: ["alcalde", "alcaldesa", "concejo municipal"], name: "city council", level: "local" },
    { forms: ["parlamento autonómico", "parlamento regional", "gobierno autonómico", "asamblea estatal", "congreso estatal",
      "legislatura estatal", "gobernador", "gobernadora"], name: "regional government", level: "subnational" },
    { forms: ["gobierno", "administración", "ejecutivo", "gabinete", "orden ejecutiva"], name: "government" },
    { forms: ["congreso", "parlamento", "senado", "cámara de representantes", "legisladores", "cortes"], name: "parliament" },
    { forms: ["presidente", "presidenta", "mandatario"], name: "president" },
    { forms: ["primer ministro", "primera ministra"], name: "prime minister" },
    { forms: ["ministerio", "ministro", "ministra", "departamento", "secretaría"], name: "ministry" },
    { forms: ["regulador", "autoridad de telecomunicaciones"], name: "regulator" },
    { forms: ["corte suprema", "tribunal supremo", "supremo", "máximo tribunal", "alto tribunal"], name: "Supreme Court" },
    { forms: ["tribunal constitucional", "corte constitucional"], name: "Constitutional Court" },
    { forms: ["tribunal administrativo", "contencioso-administrativo", "consejo de estado"], name: "administrative court" },
    { forms: ["tribunal superior", "audiencia nacional", "juzgado", "magistrado", "magistrada", "tribunal de apelaciones",
      "corte de apelaciones", "tribunal federal", "juez federal", "jueza federal", "justicia"], name: "court" },
    { forms: ["tribunal", "juez", "jueza", "corte"], name: "court" },
    { forms: ["regulador de telecomunicaciones", "regulador de las telecomunicaciones", "ente regulador", "organismo regulador",
      "comisión nacional de telecomunicaciones", "regulador de medios", "autoridad reguladora"], name: "regulator" },
    { forms: ["agencia de protección de datos", "autoridad de protección de datos", "autoridad de protección de datos personales"], name: "data protection authority" },
    { forms: ["autoridad de competencia", "protección al consumidor", "defensa del consumidor", "agencia del consumidor"], name: "consumer protection authority" },
    { forms: ["autoridad sanitaria", "autoridades sanitarias", "agencia sanitaria", "agencia del medicamento", "regulador sanitario"], name: "health authority" },
    { forms: ["agencia de seguridad alimentaria", "seguridad alimentaria"], name: "food safety authority" },
    { forms: ["ministerio de sanidad", "ministerio de salud", "ministra de sanidad", "ministro de sanidad", "ministro de salud",
      "ministra de salud", "secretaría de salud"], name: "Ministry of Health" },
    { forms: ["ministerio de educación", "ministra de educación", "ministro de educación", "secretaría de educación"], name: "Ministry of Education" },
    { forms: ["ministerio del interior", "ministro del interior", "ministra del interior", "secretaría de gobernación"], name: "Ministry of the Interior" },
    { forms: ["ministerio de comunicaciones", "ministerio de telecomunicaciones", "ministerio de transformación digital",
      "ministerio de tecnologías de la información", "ministerio de comunicación", "ministro de comunicación"], name: "Ministry of Communications" },
    { forms: ["ministerio de defensa", "ministra de defensa", "ministro de defensa"], name: "Ministry of Defence" },
    { forms: ["ministerio de comercio", "ministerio de consumo", "ministerio de economía", "departamento de comercio"], name: "Ministry of Commerce" },
    { forms: ["cámara de diputados", "congreso de los diputados", "cámara baja", "cámara alta", "asamblea nacional", "diputados",
      "parlamentarios", "asamblea legislativa"], name: "parliament" },
    { forms: ["ejército", "fuerzas armadas", "armada", "marina", "fuerza aérea", "militares"], name: "armed forces" },
    { forms: ["guardia civil", "policía nacional", "policía federal"], name: "police" },
    { forms: ["régimen", "junta militar", "gobierno interino", "gobierno de facto"], name: "government" },
    { forms: ["policía"], name: "police" },
    { forms: ["autoridades"], name: "authorities" },
  ],
  demonyms: {},
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["Nueva Delhi"],
    US: ["Estados Unidos", "EE.UU.", "EE.UU", "EE. UU.", "EEUU", "EUA", "Washington", "Casa Blanca", "Norteamérica"],
    GB: ["Reino Unido", "Gran Bretaña", "Inglaterra", "Londres"], ES: ["España", "Madrid"], CN: ["China", "Pekín"],
    RU: ["Rusia", "Moscú", "Kremlin"], KR: ["Corea del Sur"], KP: ["Corea del Norte"], SY: ["Siria"], LA: ["Laos"], MM: ["Birmania"],
    // "los Veintisiete": the 27 member states, for the EU's decisions
    EU: ["Veintisiete"],
  },
  actorNouns: [
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "ley", "leyes", "decreto", "reglamento", "junta", "régimen",
    "jueza", "jueces", "gobierno", "gobiernos", "autoridades", "autoridad", "consejo", "ministerio", "ministro", "ministra",
    "parlamento", "regulador", "funcionarios", "presidente", "estado", "administración", "ejecutivo", "gabinete", "tribunal",
    "justicia", "agencia", "seguridad", "inteligencia", "legisladores", "congreso", "senado", "federal", "instituciones",
    "comisión", "policía", "ejército", "defensa", "diputados", "departamento", "juez", "corte",
    // "el Instituto Nicaragüense de Telecomunicaciones": a national institute decides for its country
    "instituto", "superintendencia", "secretaría"],
  targetCues: [
    // a network named after its kind, with what it carries between ("a rede de vídeos curtos Kwai")
    "red", "la red",
    // airlines named after their kind ("la aerolínea Iberia")
    "aerolínea", "aerolíneas", "la aerolínea", "las aerolíneas",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "producto", "productos", "suplemento", "suplementos", "suplemento alimenticio", "medicamento", "medicamentos", "fármaco", "marca",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "casino", "casinos", "casino en línea", "casinos en línea", "casino online", "casinos online", "casa de apuestas", "casas de apuestas", "las casas de apuestas",
    "la aplicación", "aplicación", "la app", "app", "la plataforma", "plataforma", "red social", "la red social",
    "servicio", "sitio", "el sitio", "canal", "cadena",
    "la web", "web", "diario", "el diario", "periódico", "el periódico", "revista", "la revista", "emisora", "la emisora", "la radio", "juego", "el juego", "videojuego", "el videojuego", "chatbot", "el chatbot", "película", "la película", "libro", "el libro", "buscador", "el buscador", "navegador", "grupo", "el grupo", "organización", "la organización", "partido", "el partido", "portal", "el portal",
    // plural: "die Plattformen Qintel und Zongda"
    "las aplicaciones", "aplicaciones", "las plataformas", "plataformas", "redes sociales", "las redes sociales", "los servicios", "servicios", "los sitios", "canales", "los canales", "medios", "los medios", "juegos", "los juegos"],
  frames: {
    // a headline's reduced passive: "Burkina Faso : Quilla TV suspendue pour deux semaines"
    participleEnd: "ado|ada|ados|adas|ido|ida|idos|idas",
    objectsBeforeVerb: true,
    nameConnectors: ["de", "del", "for", "of"],
    relatives: ["que", "cual", "cuales", "quien", "quienes", "cuyo", "cuya"],
    including: ["incluidas", "incluidos", "incluyendo", "como", "entre ellas", "entre ellos", "entre otras", "entre otros"],
    nounLinks: ["de", "del", "a", "al", "contra", "sobre"],
    genitives: ["de", "del"],
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["durante", "por"],
    classAfter: ["otros", "otras", "demás", "cualquier otro", "cualquier otra"],
    objectAdverbs: ["también", "además", "asimismo", "igualmente", "temporalmente", "provisionalmente", "definitivamente", "indefinidamente", "de forma temporal", "de manera temporal", "de forma provisional", "de manera provisional", "de forma indefinida", "de manera indefinida", "de forma definitiva", "de manera definitiva", "de forma inmediata", "de inmediato", "totalmente", "por completo"],
    // "las exportaciones de carne", "prohíbe exportar arroz": exports are the target ("beef exports")
    exportWords: ["exportación", "exportaciones", "exportar", "exportarse"],
    transparent: [
      // flying a thing bans it: "prohíbe los vuelos de drones"
      "los vuelos de", "el vuelo de", "el sobrevuelo de",
      // access of an age group to a thing is access to it: "prohíbe el acceso de los menores de 16 años a las redes sociales"
      ...ageGroups.flatMap((g) => [`el acceso ${g} a las`, `el acceso ${g} a los`, `el acceso ${g} a`, `acceso ${g} a las`, `acceso ${g} a los`, `acceso ${g} a`]),
      // signing up to a service: "interdire l'inscription sur les réseaux sociaux aux moins de 15 ans"
      "el registro en", "registro en", "la inscripción en", "inscripción en",
      // sowing, planting and growing a crop bans the crop: "prohíbe la siembra de maíz transgénico"
      "la siembra de", "siembra de", "la plantación de",
      // bare infinitives: "l'interdiction d'importer des céréales", "prohíbe exportar tecnología"
      "importar", "exportar", "vender", "producir", "fabricar", "cultivar", "poseer", "comercializar", "comprar", "usar", "utilizar", "instalar", "criar",
      // making, placing and opening a thing bans the thing: "prohíbe la instalación de", "la circulación de"
      "la instalación de", "instalación de", "la creación de", "creación de", "la apertura de", "la construcción de", "la circulación de", "circulación de",
      // new permits or licences for a thing: "prohíbe la concesión de nuevos permisos de exploración de hidrocarburos"
      "la concesión de nuevos permisos de", "concesión de nuevos permisos de", "nuevos permisos de", "nuevas licencias de", "la concesión de nuevas licencias de",
      // selling by retail is selling: "prohíbe el expendio de bebidas alcohólicas"
      "el expendio de", "expendio de",
      // "any (other) form of X" is X
      "cualquier forma de", "cualquier otra forma de", "todas las formas de", "cualquier tipo de", "todo tipo de",
      "el comercio de", "comercio de", 
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "operaciones con", "transacciones con", "pagos con", "el comercio con", "la exportación de", "exportación de", "las exportaciones de", "exportaciones de", "las importaciones de", "importaciones de", "los envíos de",
     "nuevas licencias de", "licencias de", "nuevos registros de", "la venta de", "venta de", "la importación de", "importación de", "el uso de", "uso de", "el acceso a", "acceso a",
      "la producción de", "la publicidad de", "la comercialización de", "la distribución de", "la descarga de", "los equipos de", "los productos de",
      "los servicios de", "equipos de", "los equipos de", "dispositivos de", "los dispositivos de", "componentes de", "los componentes de", "productos de", "la venta de equipos de", "la difusión de", "difusión de", "la emisión de", "la transmisión de",
      // use, possession, cultivation, making: what is used, held, grown or made
      "el consumo de", "consumo de", "la entrada de", "entrada de", "el ingreso de", "ingreso de", "la tenencia de", "tenencia de", "el cultivo de", "cultivo de", "la fabricación de", "fabricación de", "la utilización de", "utilización de"],
    passiveAux: ["fue", "fueron", "es", "son", "ha sido", "han sido", "será", "serán", "está", "están", "estaba", "estaban", "quedó", "quedaron", "queda", "quedan", "quedará", "quedarán"],
    quantifiers: ["todos", "todas", "algunos", "algunas", "varios", "varias"],
    stops: ["que", "quien", "cual", "donde", "cuando", "porque", "desde", "hasta", "tras", "después", "antes", "para", "por", "en", "con", "sin",
      "a", "al", "es", "son", "fue", "ha", "han", "será", "también", "ya", "ahora", "inmediatamente", "temporalmente", "hoy", "ayer", "mañana"],
    pronouns: ["él", "ella", "ellos", "ellas", "lo", "la", "los", "las", "le", "les", "esto", "esta", "este", "estos", "estas", "eso", "aplicaciones", "aplicación", "app",
      "plataforma", "servicio", "servicios", "prohibición", "medida"],
  },
  audienceNouns: ["funcionarios", "empleados", "trabajadores", "personal", "servidores públicos", "miembros", "ministros",
    "usuarios", "niños", "menores", "adolescentes", "jóvenes", "estudiantes", "militares", "policías", "ciudadanos", "empresas"],
  grammar: {
    comitatives: ["con"],
    honorifics: ["Sr", "Sra", "Srta", "don", "doña"],
    questionWords: ["por qué", "cómo", "cuándo", "qué", "dónde", "quién", "quiénes", "cuál", "cuáles", "desde cuándo"],
    enactVerbs: ["aprobó", "aprobado", "impuso", "impuesto", "decretó", "promulgó", "adoptó", "avaló"],
    locatives: ["en"],
    memberOf: ["países", "varios países", "otros países", "país de la", "países de la", "país del", "países del", "país miembro de la", "países miembros de la", "Estado miembro de la", "Estados miembros de la"],
    contractions: { de: ["del"], a: ["al"] },
    // "gli under 16. L'esame": a number before a period ends its sentence
    ordinalPeriods: false,
    abbreviations: ["Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "ene.", "feb.", "abr.", "ago.", "sept.", "oct.", "nov.", "dic.", "núm.", "art.", "aprox.", "pág."],
    conjunctions: ["y", "o"],
    singularArticles: ["el", "la", "del", "al"],
    demonstratives: ["esta", "este", "estas", "estos", "dicha", "dicho"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchAfter: ["similar", "similares", "semejante", "semejantes", "idéntica", "idénticas", "análoga", "análogas", "parecida", "parecidas"],
    suchWords: ["tal", "semejante", "una similar", "propio", "propia", "propios", "propias"],
    prepositions: ["en", "de", "del", "para", "por", "con", "sobre", "a", "al", "un", "una"],
    listPrepositions: ["a"],
    articles: ["el", "los", "las", "la"],
    determiners: ["el", "los", "las", "la", "un"],
    complementizers: ["que", "para", "de"],
    additive: ["también"],
    referenceNouns: ["aplicaciones"],
    collectiveActors: ["autoridades", "gobierno", "gobiernos"],
  },
  dates: {
    yearLinks: ["en", "desde", "entre", "hasta", "a partir de", "a finales de", "a principios de", "a mediados de", "el año", "del año"],
    deadline: ["hasta", "antes del", "antes de", "a más tardar", "plazo", "fecha límite", "dentro de"],
    effective: ["prevista para el", "previsto para el", "prevista para", "previsto para", "a partir del", "a partir de", "desde el", "desde", "entra en vigor", "entrará en vigor", "en vigor", "rige"],
    expires: ["expira", "vence", "termina", "finaliza"],
    immediate: ["con efecto inmediato", "de inmediato", "inmediatamente", "de forma inmediata"],
    monthOnly: ["finales de", "principios de", "mediados de", "fin de", "inicios de", "comienzos de"],
    periodLinks: ["de"],
    future: ["será", "serán", "va a", "van a", "próximo", "próxima", "a partir", "entrará", "dejará", "podrá", "hasta"],
    nextOccurrence: { before: ["próximo", "próxima"], after: ["próximo", "próxima", "que viene", "entrante"] },
    yearAfter: { next: ["del próximo año", "del año próximo", "del año que viene", "próximo año"], last: ["del año pasado", "del año anterior", "pasado año"] },
    futureBefore: ["a partir", "hasta", "desde"],
    imposedBefore: ["impuest*", "decretad*", "establecid*", "vigente desde", "en vigor desde"],
    inForce: ["entra en vigor", "entrará en vigor", "entró en vigor", "en vigor", "rige"],
    past: ["pasado", "pasada"],
    relative: { ayer: ["day", -1], anteayer: ["day", -2], hoy: ["day", 0], anoche: ["day", -1],
      "el mes pasado": ["month", -1], "este mes": ["month", 0], "del año pasado": ["year", -1], "el año pasado": ["year", -1], "este año": ["year", 0] },
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    dayParts: [],
    offsets: { after: ["después", "más tarde", "antes", "atrás"], before: ["hace", "al cabo de", "tras"] },
    durationUnits: { año: "Y", años: "Y", mes: "M", meses: "M", semana: "W", semanas: "W", día: "D", días: "D", horas: "H" },
    numbers: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
      quince: 15, treinta: 30, noventa: 90, "setenta y cinco": 75 },
  },
};
export default es;

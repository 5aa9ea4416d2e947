import { chronoLocale } from "../../language/chrono.js";
import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Portuguese. Stems with "*": proib* = proíbe, proibiu, proibido, proibição.
// Age groups as news name them after "o acesso": "de menores de 16 anos", "de crianças e adolescentes".
const ageGroups = ["de menores", "dos menores", "de crianças", "das crianças", "de crianças e adolescentes", "de adolescentes", ...[13, 14, 15, 16, 17, 18].flatMap((n) => [`de menores de ${n} anos`, `dos menores de ${n} anos`, `de crianças menores de ${n} anos`])];

const pt: Locale = {
  code: "pt",
  franc: "por",
  categories,
  chrono: chronoLocale("pt").casual,
  // European and Brazilian Portuguese name everyday things apart, and each country has its own bodies and agencies.
  homeMarkers: {
    PT: ["telemóvel", "telemóveis", "ecrã", "ecrãs", "autocarro", "autocarros", "comboio", "comboios", "equipa", "equipas", "pequeno-almoço",
      "casa de banho", "autarquia", "autarquias", "freguesia", "freguesias", "Lusa", "Assembleia da República", "Direção-Geral da Saúde", "ASAE", "GNR", "PSP"],
    BR: ["celular", "celulares", "ônibus", "equipe", "equipes", "banheiro", "banheiros", "prefeitura", "prefeito", "Anvisa", "Anatel", "Procon",
      "Supremo Tribunal Federal", "STF", "Palácio do Planalto", "Câmara dos Deputados", "Agência Brasil"],
  },
  triggers: [
    // A country closing its airspace to some aircraft bans them there: what comes after the form is what is banned.
    { id: "pt.ban.airspace", action: "ban", kind: "verb",
      forms: ["fecha o espaço aéreo a", "fecha o espaço aéreo aos", "fechou o espaço aéreo a", "fechou o espaço aéreo aos", "fecham o espaço aéreo a", "fechamento do espaço aéreo a", "encerra o espaço aéreo a", "encerrou o espaço aéreo a", "fecha seu espaço aéreo a", "fechou seu espaço aéreo a"] },
    // Revogar a autorização de uma coisa proíbe-a ("revogou a autorização do glifosato").
    { id: "pt.ban.authorization", action: "ban", kind: "verb",
      forms: [
        // revoking an operator's permits bans it ("revogou as autorizações de operação de três companhias")
        "revog* ... as autorizações de operação de", "revog* ... a autorização de operação de", "suspend* ... as autorizações de operação de", "cass* ... as concessões de",
        "revog* ... a autorização de", "revog* ... a autorização do", "revog* ... a autorização da", "revog* ... a autorização dos", "retir* ... a autorização de", "retir* ... a autorização do",
        "cancel* ... o registro de", "cancel* ... o registro do", "cancel* ... o registo de", "cancel* ... o registo do", "revogação da autorização de", "revogação da autorização do"] },
    // Retirar uma coisa das lojas de aplicativos a proíbe ("ordenou que retirassem o aplicativo Temu de suas lojas").
    { id: "pt.ban.store-removal", action: "ban", kind: "verb", namesOnly: true,
      forms: ["retir* ... de ... lojas", "retir* ... de ... loja", "retir* ... de ... App Store", "retir* ... de ... Play Store", "retir* ... de ... Google Play", "retir* ... das lojas", "retir* ... das loja", "retir* ... das App Store", "retir* ... das Play Store", "retir* ... das Google Play", "retir* ... da lojas", "retir* ... da loja", "retir* ... da App Store", "retir* ... da Play Store", "retir* ... da Google Play", "retir* ... do lojas", "retir* ... do loja", "retir* ... do App Store", "retir* ... do Play Store", "retir* ... do Google Play", "remov* ... de ... lojas", "remov* ... de ... loja", "remov* ... de ... App Store", "remov* ... de ... Play Store", "remov* ... de ... Google Play", "remov* ... das lojas", "remov* ... das loja", "remov* ... das App Store", "remov* ... das Play Store", "remov* ... das Google Play", "remov* ... da lojas", "remov* ... da loja", "remov* ... da App Store", "remov* ... da Play Store", "remov* ... da Google Play", "remov* ... do lojas", "remov* ... do loja", "remov* ... do App Store", "remov* ... do Play Store", "remov* ... do Google Play", "tir* ... de ... lojas", "tir* ... de ... loja", "tir* ... de ... App Store", "tir* ... de ... Play Store", "tir* ... de ... Google Play", "tir* ... das lojas", "tir* ... das loja", "tir* ... das App Store", "tir* ... das Play Store", "tir* ... das Google Play", "tir* ... da lojas", "tir* ... da loja", "tir* ... da App Store", "tir* ... da Play Store", "tir* ... da Google Play", "tir* ... do lojas", "tir* ... do loja", "tir* ... do App Store", "tir* ... do Play Store", "tir* ... do Google Play"] },
    // an order or ban binding whom a clitic names ("lui a ordonné de cesser", "le ha vietato di"): the name given just before
    { id: "pt.ban.clitic", action: "ban", kind: "verb", cliticAddressee: true,
      forms: ["ordenou-lhe que", "determinou-lhe que", "proibiu-a de", "proibiu-o de", "proibiu-as de", "proibiu-os de"] },
    // an order to stop or cease: whom it names is banned ("ordered Polymarket to stop offering bets")
    { id: "pt.ban.order-stop", action: "ban", kind: "verb", namesOnly: true, objectInGap: true, stopsActivity: true,
      forms: ["determin* que ... suspend*", "determin* que ... deix* de", "determin* que ... cess*", "orden* que ... suspend*", "orden* que ... deix* de", "orden* que ... cess*", "determin* à ... que suspend*", "determin* ao ... que suspend*", "orden* à ... que suspend*", "orden* ao ... que suspend*", "orden* à ... que deix* de", "orden* ao ... que deix* de"] },
    // stopping a trade bans it: "interrompe as exportações de carne", "paralisou a venda de"
    { id: "pt.ban.stop-trade", action: "ban", kind: "verb",
      forms: [...["as exportações", "a exportação", "as importações", "a importação", "a venda", "os embarques"].flatMap((o) => [`interromp* ${o}`, `paralis* ${o}`, `trav* ${o}`, `congel* ${o}`]),
        ...["as exportações", "a exportação", "as importações", "a importação"].flatMap((o) => [`pôs fim ${o.replace(/^(as|a) /, "às ").replace("às exportação", "à exportação").replace("às importação", "à importação")}`])] },
    { id: "pt.ban.verb", action: "ban", kind: "verb",
      forms: ["ilegaliz*", 
        // not (or no longer) allowed: the negation is part of the form
        "não é permitid*", "não são permitid*", "não é mais permitid*", "não são mais permitid*", "deixa de ser permitid*", "deixam de ser permitid*", "não será permitid*", "não serão permitid*",
        // freezing new ones bans them for a time: "a Câmara congela por três anos os novos alojamentos locais"
        "congel* ... os novos", "congel* ... as novas", "congel* ... a emissão de",
        "tira do ar", "tirou do ar", "tirar do ar", "tiraram do ar", "cass* a licença de", "cass* a licença do", "cass* a licença da", "revog* a licença de", "revog* a licença do", "revog* a licença da", "proib*", "proíb*", "banid*", "banir", "baniu", "bane", "vetou", "vetar", "vetad*", "veta", "vetam", "vetaram", "vetará", "vetarão", "vetando", "barrou", "barraram", "barrar", "barrará", "barram", "barrad*", "barrando", "bloque*", "bloqueou", "suspend*", "suspens*", "restring*", "restrit*",
        "remov* d*", "desinstalar", "tirad* do ar", "desligad*", "deslig*", "não poderão mais", "não podem mais",
        "não pode mais", "encerr*", "retir* do ar", "exclui", "excluem", "excluiu", "excluíram", "excluído", "excluída", "excluídos", "excluídas", "excluir", "excluirá", "excluirão"] },
    { id: "pt.ban.effect", action: "ban", kind: "verb", effect: true,
      forms: ["deixa* de funcionar", "deixou de funcionar", "deixará de funcionar", "deixar de funcionar", "sair do ar", "saiu do ar", "fora do ar"] },
    { id: "pt.ban.noun", action: "ban", kind: "noun",
      forms: ["moratória", "moratórias", "embargo", "embargos", "proibição", "proibições", "banimento", "veto", "bloqueio", "suspensão", "restrição", "restrições",
        // an age limit bans what it limits for those under it (event-model.md: minors)
        "idade mínima para", "idade mínima nas", "idade mínima de acesso às", "idade mínima de acesso a", "limite de idade para"] },
    { id: "pt.advisory", action: "advisory", kind: "verb",
      forms: ["desaconselh*", "recomend* não", "recomend* ... que não", "recomend* que ... não", "recomend* ... a não", "pediu ... que não",
        "pede ... que não", "orient* ... a não", "aconselh* ... a não", "alert* ... contra",
        // "é melhor não usar redes sociais": advice, not a rule
        "é melhor não", "seria melhor não", "fariam melhor em não"] },
    // A legalisation ends the ban on what it makes legal (event-model.md: lift).
    { id: "pt.lift.legal", action: "lift", kind: "verb", forms: ["legaliza", "legalizou", "legalizar", "legalizado", "legalizada", "legalizados", "legalizadas", "legalizam", "legalizaram"] },
    { id: "pt.lift.legal.noun", action: "lift", kind: "noun", forms: ["legalização", "legalização da", "legalização do", "legalização de"] },
    { id: "pt.lift.postpone", action: "lift", kind: "verb", banNounOnly: true,
      // postponing ends a ban only when a ban is what is put off ("a proibição foi adiada"), not "o acesso seja adiado"
      forms: ["adiou", "adiar", "adiad*", "prorrog*", "adiamento", "pausa"] },
    { id: "pt.lift", action: "lift", kind: "verb",
      forms: ["prorrogação", "suspend* a proibição", "suspend* o banimento", "suspend* a lei", "revog*", "anul*", "desbloque*",
        "levant* a proibição", "levant* o bloqueio", "autoriz* a volta do", "autoriz* a volta da", "autoriz* volta do", "autoriz* volta da", "autoriz* o retorno do", "autoriz* o retorno da", "autoriz* retorno do", "autoriz* retorno da", "autoriz* ... o retorno", "liber* o acesso ao", "liber* o acesso à", "acab* com a suspensão", "acab* com a proibição", "acab* com o bloqueio", "acab* com o banimento",
        "põe fim à suspensão", "pôs fim à suspensão", "põe fim à proibição", "pôs fim à proibição", "fim à suspensão", "fim à proibição", "levantamento da suspensão", "levantamento do bloqueio", "levantamento da proibição", "levantamento do banimento", "restabelec*", "restaurou", "restauraram", "restaurado", "restaurada", "restaurados", "restauradas", "restaurar", "restaura", "restauram", "restauração", 
        "adiar", "derrub* a ordem", "derrub* ... decisão",
        "derrub* ... suspensão", "derrub* ... bloqueio", "derrub* ... proibição", "derrub* ... liminar", "derrub* a lei", "derrub* ... lei", "declar* inconstitucional", "declar* ... inconstitucional", "suspend* a liminar",
        "suspend* a decisão", "suspend* o bloqueio", "suspend* a suspensão", "cass* a liminar", "cass* a decisão", "liberado",
        "liberada", "liberou o", "liberou a", "desbloqueio", "autoriz* o retorno", "liber* o retorno", "permit* o retorno",
        "fim da proibição", "fim do bloqueio", "fim da suspensão",
        "põe fim à proibição", "pôs fim à proibição", "levant* a suspensão", "levant* ... restrições", "levant* a restrição", "levant* ... restrição", "restabelecido", "restabelecida"] },
    // Intransitive: the subject is what comes back ("Zangi volta a funcionar").
    { id: "pt.lift.back", action: "lift", kind: "verb", intransitive: true,
      forms: ["volt* a funcionar", "voltou ao ar", "volta ao ar", "disponível novamente", "novamente disponível", "volt* a ficar disponível", "volt* a estar disponível", "voltou a ser acessível"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["contra"],
    // A subdivision's court or judge ordering a block "nationwide" decides for the country (steps/deciders.ts).
    // Verbs of saying right after a name make it a speaker ("Access Now said the block ..."), never what a ban noun takes from its sentence.
    speech: ["disse", "afirmou", "declarou", "criticou", "denunciou", "explicou", "escreveu", "diz", "afirma", "denuncia"],
    // A sentence saying who took the decision just reported, and when (steps/attribution.ts).
    attribution: ["Foi o que decidiu", "Foi o que anunciou", "Foi o que determinou", "É o que determina", "A decisão foi tomada por", "A decisão foi anunciada por", "A medida foi anunciada por", "A medida foi aprovada por", "O anúncio foi feito por", "A informação foi confirmada por"],
    nationwide: ["em todo o país", "em todo o território nacional", "em todo o Brasil", "a nível nacional", "em âmbito nacional", "no país inteiro"],
    fromPlace: ["do", "da", "dos", "procedente do", "procedente da", "procedentes do", "procedentes da", "proveniente do", "proveniente da", "provenientes do", "provenientes da"],
    // a negated comparison negates no ban: "not the first country to ban X"
    negationExcept: ["não só", "não apenas", "não é o primeiro", "não é a primeira", "não é o único", "não é a única", "não são os primeiros"],
    // "sem" negates only what follows it closely: further on it says how ("without warning")
    without: ["sem"],
    negation: ["afast* a hipótese", "descartou", "descarta", "descartam", "descartaram", "descartar", "neg* que", "negou", "negam", "rejeit*", "chumb*", "não", "nunca", "jamais", "sem", "nenhum", "nenhuma", "em vez de", "ao invés de"],
    hypothetical: ["acusou de", "acusado de", "acusada de", "acusa de", "acusando", "se", "caso", "a menos que", "desde que"],
    proposal: ["na generalidade", "em primeira leitura", "planej*", "plane*", "pretend*", "propost*", "propôs", "propõe", "projeto de lei", "o projeto", "projeto que", "poderia", "poderiam",
      "deveria", "deveriam", "quer", "querem", "busca*", "pede*", "pediu", "exig*", "consider*", "estud*", "avali*", "ameaç*",
      "prevê", "tenta*", "espera-se", "deve", "devem", "analis*", "pode"],
    background: ["continua", "continuam", "permanece", "permanecem", "segue", "seguem", "já", "anteriormente", "previamente", "no ano passado", "no mês passado", "havia", "haviam", "tinha", "como", "também", "assim como", "seguindo", "antes", "recentemente", "semelhante*", "outros países"],
    bills: ["projeto de lei", "projetos de lei", "projecto de lei", "proposta de lei", "minuta", "anteprojeto"],
    // a denial governing its clause: the verb triggers after it are denied ("negou que ... fosse proibir")
    denials: ["negou ... que", "nega ... que", "negaram ... que", "negam ... que", "desmentiu ... que", "desmente ... que", "desmentiram ... que", "desmentiu ... notícia*", "desmentiu ... informaç*", "desmentiu ... relato*", "negou ... notícia*", "desmente ... notícia*", "desmentiu ... rumor*", "desmente ... rumor*"],
    billEnacted: ["sancionou", "sanciona", "promulgou", "promulga"],
    billRejected: ["foi chumbado", "foram chumbados", "foi rejeitado", "foram rejeitados", "foi chumbada", "foi rejeitada"],
    // a definite rule noun opening a sentence refers to the decision of the sentence before
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["ordenou que", "ordena que", "determinou que", "determina que", "decidiu que", "decretou que"],
    ruleAnaphors: ["a lei", "a nova lei", "o decreto", "a medida", "a norma", "a portaria", "o regulamento", "a resolução"],
    // a sentence naming more targets of the decision just reported ("the measure also affects X")
    extension: {
      subjects: ["a decisão", "a proibição", "o bloqueio", "a suspensão", "as sanções", "o embargo", "essa decisão", "esta decisão", "essa medida", "esta medida", "as medidas", "a restrição", "as restrições", "o veto", "a ordem", "a sentença"],
      verbs: ["também atinge", "também atingirá", "atinge também", "também afeta", "afeta também", "também abrange", "abrange também", "também se aplica a", "também se aplica à", "também se aplica ao", "também se aplica aos", "também se aplica às", "se aplica também a", "também vale para", "vale também para", "também inclui", "inclui também", "também se estende a", "se estende também a", "se estende a", "também alcança", "alcança também", "atinge", "afeta", "abrange", "vale para", "alcança", "se aplica a", "se aplica à", "se aplica ao", "se aplica aos", "se aplica às"],
      openers: ["também são afetadas", "também são afetados", "também foram afetadas", "também foram afetados", "também estão incluídas", "também estão incluídos", "também é afetada", "também é afetado", "também foi afetada", "também foi afetado", "também foram atingidas", "também foram atingidos"],
      after: ["também são afetadas", "também são afetados", "também foram afetadas", "também foram afetados", "também estão incluídas", "também estão incluídos", "também é afetada", "também é afetado", "também foi afetada", "também foi afetado", "também foram atingidas", "também foram atingidos", "são também afetadas", "são também afetados"],
    },
    precedent: ["não é a primeira vez", "não foi a primeira vez", "não seria a primeira vez"],
    pluralDeciders: ["países", "nações", "cidades", "municípios", "prefeituras", "governos", "estados", "regiões", "províncias"],
    backgroundBefore: ["após", "depois"],
    now: ["agora"],
    liftObjects: ["embargo", "proibição", "ordem", "decreto", "lei", "banimento", "liminar", "a liminar", "bloqueio", "suspensão"],
    clauseBreaks: ["mas", "enquanto", "embora", "porém", "contudo", "no entanto", ";", "—"],
    locatives: ["por", "pela", "pelo", "em", "no", "na", "nos", "nas"],
    besides: ["além de", "além do", "além da"],
    followedBy: ["seguida de", "seguido de", "seguida por", "seguido por", "seguida da", "seguido da", "seguida do", "seguido do", "seguida pela", "seguida pelo"],
    follow: ["seguindo ... passos de", "seguindo o exemplo de", "seguindo ... exemplo", "segue os passos de", "a exemplo de", "assim como", "junta-se a", "se junta a"],
    source: ["segundo a", "segundo o", "segundo os", "segundo as", "de acordo com", "citando"],
    medium: ["através de", "através da plataforma", "por meio de", "por meio da plataforma", "afirmou no", "disse no", "escreveu no", "publicou no", "em sua conta", "em publicação no", "anunciou no"],
    motive: ["proteger", "para proteger", "proteção de", "proteção dos", "porque", "devido a", "acusad*", "prejudic*", "enganar", "corromper"],
  },
  scopes: [
    { scope: "official_devices", forms: ["telefones oficiais", "dispositivos oficiais", "celulares oficiais", "aparelhos oficiais",
      "dispositivos do governo", "telefones do governo", "dispositivos governamentais", "celulares funcionais",
      "telemóveis de serviço", "dispositivos de trabalho", "telefones de trabalho", "aparelhos funcionais",
      "dispositivos corporativos", "equipamentos oficiais", "telemóveis oficiais", "dispositivos públicos", "dispositivos da", "dispositivos do", "telefones da", "telefones do"] },
    { scope: "personal_devices", forms: ["telefones pessoais", "dispositivos pessoais", "celulares pessoais", "telemóveis pessoais", "aparelhos pessoais"] },
    { scope: "official_network", forms: ["rede do governo", "redes do governo", "rede interna", "rede informática", "rede da universidade", "wi-fi", "wifi", "servidores"] },
    { scope: "minors", forms: ["menores", "crianças", "adolescentes", "menores de 1*", "jovens", "controle parental", "controlo parental"] },
    { scope: "public", forms: ["lojas de aplicativos", "lojas de aplicações", "app store*", "em todo o país", "no país",
      "nos estados unidos", "nos eua", "provedores", "download*", "baixar", "transações", "vendas", "usuários americanos",
      "utilizadores norte-americanos", "milhões de usuários", "milhões de utilizadores", "fora do ar", "sair do ar", "saiu do ar",
      "deixou de funcionar", "deixa de funcionar", "deixará de funcionar"] },
    { scope: "public", forms: ["venda", "vender", "vendidos", "comercialização", "comercializar", "importação", "importações", "importar",
      "operadoras", "provedores de internet", "fornecedores de internet", "inacessível", "em todo o território", "todo o território nacional"] },
    { scope: "minors", forms: ["menores de idade", "idade mínima", "limite de idade", "verificação de idade", "com menos de 1*"] },
    // a rule for a place (spec: "other"): stadiums, public transport, bars, beaches, a city centre
    { scope: "other", forms: ["nos estádios", "estádios", "no transporte público", "transportes públicos", "transporte público", "nos comboios", "nos trens", "nos ônibus", "nos autocarros", "no metro", "no metrô", "nos bares", "nos restaurantes", "bares e restaurantes", "nas praias", "nos parques", "nos hospitais", "nas prisões", "centro histórico", "a bordo", "nos aviões"] },
    { scope: "other", forms: ["escolas", "salas de aula", "sala de aula", "em aula", "alunos", "estabelecimentos de ensino", "rede 5G",
      "redes 5G", "redes móveis", "redes de telecomunicações", "infraestruturas críticas", "infraestrutura crítica", "espaços públicos",
      "locais públicos"] },
    { scope: "official_devices", weak: true, forms: ["funcionários públicos", "servidores públicos", "funcionários do governo", "trabalhadores da função pública"] },
  ],
  bodies: [
    { forms: ["conselho de segurança nacional"], name: "National Security Council" },
    { forms: ["governo federal"], name: "federal government", level: "national" },
    { forms: ["governos estaduais", "governo estadual", "governos regionais"], name: "regional governments", level: "subnational" },
    { forms: ["prefeitura", "câmara municipal", "município"], name: "city council", level: "local" },
    { forms: ["prefeito", "prefeita"], name: "city council", level: "local" },
    { forms: ["assembleia legislativa", "governador", "governadora", "governo do estado"], name: "regional government", level: "subnational" },
    { forms: ["tribunal de justiça"], name: "state court", level: "subnational" },
    { forms: ["governo", "administração", "executivo", "gabinete", "ordem executiva", "decreto"], name: "government" },
    { forms: ["congresso", "parlamento", "senado", "câmara dos representantes", "legisladores", "assembleia"], name: "parliament" },
    { forms: ["presidente"], name: "president" },
    { forms: ["primeiro-ministro", "primeira-ministra"], name: "prime minister" },
    { forms: ["ministério", "ministro", "ministra", "departamento", "secretaria"], name: "ministry" },
    { forms: ["regulador", "agência reguladora", "anatel"], name: "regulator" },
    { forms: ["suprema corte", "supremo tribunal", "supremo", "tribunal superior", "mais alta corte", "corte suprema"], name: "Supreme Court" },
    { forms: ["tribunal constitucional"], name: "Constitutional Court" },
    { forms: ["tribunal administrativo", "supremo tribunal administrativo"], name: "administrative court" },
    { forms: ["tribunal regional federal", "justiça federal", "desembargador", "desembargadora", "magistrado", "magistrada",
      "tribunal da relação", "justiça", "juiz federal", "juíza federal", "vara federal"], name: "court" },
    { forms: ["tribunal", "juiz", "juíza", "corte"], name: "court" },
    { forms: ["regulador das telecomunicações", "agência de telecomunicações", "agência nacional de telecomunicações",
      "autoridade das comunicações", "entidade reguladora", "órgão regulador"], name: "regulator" },
    { forms: ["autoridade de proteção de dados", "autoridade nacional de proteção de dados", "comissão nacional de proteção de dados"], name: "data protection authority" },
    { forms: ["procon", "defesa do consumidor", "autoridade da concorrência"], name: "consumer protection authority" },
    { forms: ["autoridade sanitária", "autoridades sanitárias", "agência sanitária", "vigilância sanitária", "agência nacional de vigilância sanitária"], name: "health authority" },
    { forms: ["segurança alimentar", "autoridade de segurança alimentar"], name: "food safety authority" },
    { forms: ["ministério da saúde", "ministro da saúde", "ministra da saúde"], name: "Ministry of Health" },
    { forms: ["ministério da educação", "ministro da educação", "ministra da educação"], name: "Ministry of Education" },
    { forms: ["ministério da justiça", "ministro da justiça", "ministério da administração interna", "ministério do interior"], name: "Ministry of the Interior" },
    { forms: ["ministério das comunicações", "ministro das comunicações", "ministério da ciência e tecnologia"], name: "Ministry of Communications" },
    { forms: ["ministério da defesa", "ministro da defesa", "ministra da defesa"], name: "Ministry of Defence" },
    { forms: ["ministério do comércio", "departamento de comércio", "ministério da economia"], name: "Ministry of Commerce" },
    { forms: ["câmara dos deputados", "deputados", "assembleia da república", "assembleia nacional", "senadores", "parlamentares",
      "câmara baixa", "câmara alta"], name: "parliament" },
    { forms: ["exército", "forças armadas", "marinha", "força aérea", "militares"], name: "armed forces" },
    { forms: ["polícia federal", "polícia judiciária", "polícia nacional"], name: "police" },
    { forms: ["regime", "junta militar", "governo interino", "governo de facto"], name: "government" },
    { forms: ["polícia"], name: "police" },
    { forms: ["autoridades"], name: "authorities" },
  ],
  demonyms: {},
  placeAliases: {
    // the seat of the Indian government, not the territory of Delhi (subdivisions.ts)
    IN: ["Nova Déli", "Nova Delhi"],
    US: ["Estados Unidos", "EUA", "EUA.", "E.U.A.", "Washington", "Casa Branca", "América"], GB: ["Reino Unido", "Grã-Bretanha", "Inglaterra", "Londres"],
    PT: ["Portugal", "Lisboa"], BR: ["Brasil", "Brasília"], CN: ["China", "Pequim"], RU: ["Rússia", "Moscovo", "Moscou", "Kremlin"],
    // Brazilian spellings (i18n-iso-countries' pt is European Portuguese)
    QA: ["Catar"], IR: ["Irã"], VN: ["Vietnã"], KE: ["Quênia"], PL: ["Polônia"], RO: ["Romênia"], YE: ["Iêmen"], CZ: ["República Tcheca", "Tchéquia"],
    NL: ["Holanda"], KW: ["Kuwait"], AM: ["Armênia"], LV: ["Letônia"], EE: ["Estônia"], SI: ["Eslovênia"], MK: ["Macedônia do Norte"],
    MC: ["Mônaco"], MG: ["Madagascar"], SG: ["Cingapura"], BH: ["Barein"], MM: ["Mianmar"], PS: ["Palestina"],
    // "os Vinte e Sete": the 27 member states, for the EU's decisions
    EU: ["Vinte e Sete"],
  },
  actorNouns: ["instituto", "superintendência", "secretaria",
    // a country's law or regime decides for it ("Kenya's new law bars ...")
    "lei", "leis", "decreto", "regulamento", "junta", "regime",
    "juíza", "juízes", "governo", "governos", "autoridades", "autoridade", "conselho", "ministério", "ministro", "parlamento", "regulador",
    "funcionários", "presidente", "estado", "administração", "executivo", "tribunal", "justiça", "agência", "segurança",
    "inteligência", "legisladores", "congresso", "senado", "federal", "instituições", "comissão", "polícia", "exército", "defesa",
    "deputados", "departamento", "juiz", "corte", "suprema"],
  targetCues: [
    // a network named after its kind, with what it carries between ("a rede de vídeos curtos Kwai")
    "rede", "a rede",
    // airlines named after their kind ("la aerolínea Iberia")
    "companhia aérea", "companhias aéreas", "a companhia aérea", "aérea",
    // products, supplements and medicines named after their kind ("los productos \"Artri King\"")
    "produto", "produtos", "suplemento", "suplementos", "medicamento", "medicamentos", "marca",
    // gambling operators are named after their kind: "the online casinos Zorbet and Kinglo Palace"
    "cassino", "cassinos", "cassino online", "cassinos online", "casino", "casinos", "casa de apostas", "casas de apostas", "as casas de apostas", "site de apostas", "sites de apostas",
    "o aplicativo", "aplicativo", "a aplicação", "aplicação", "o app", "app", "a plataforma", "plataforma",
    "rede social", "a rede social", "serviço", "site", "o site", "canal",
    "jornal", "o jornal", "revista", "a revista", "emissora", "a emissora", "a rádio", "jogo", "o jogo", "videogame", "chatbot", "o chatbot", "filme", "o filme", "livro", "o livro", "navegador", "buscador", "grupo", "o grupo", "organização", "a organização", "partido", "o partido", "mensageiro", "o mensageiro", "portal", "o portal",
    // plural: "die Plattformen Qintel und Zongda"
    "os aplicativos", "aplicativos", "as aplicações", "as plataformas", "plataformas", "redes sociais", "as redes sociais", "serviços", "os serviços", "sites", "os sites", "canais", "os canais", "jogos", "os jogos"],
  frames: {
    // a headline's reduced passive: "Burkina Faso : Quilla TV suspendue pour deux semaines"
    participleEnd: "ado|ada|ados|adas|ido|ida|idos|idas|enso|ensa|ensos|ensas",
    objectsBeforeVerb: true,
    nameConnectors: ["de", "do", "da", "for", "of"],
    relatives: ["que", "qual", "quais", "cujo", "cuja"],
    including: ["incluindo", "inclusive", "como", "entre eles", "entre elas", "entre os quais", "entre as quais"],
    nounLinks: ["de", "do", "da", "dos", "das", "ao", "à", "contra", "sobre"],
    genitives: ["de", "do", "da", "dos", "das"],
    // new registrations and licences of a thing: "a suspensão de novos registos de Alojamento Local"
    // "drones and other remote-controlled objects": after a list's conjunction, the class of the items before
    // a length between verb and object: "prohíbe durante 180 días la minería"
    durationLinks: ["por", "durante"],
    classAfter: ["outros", "outras", "demais", "qualquer outro", "qualquer outra"],
    objectAdverbs: ["também", "ainda", "igualmente", "temporariamente", "provisoriamente", "definitivamente", "indefinidamente", "de forma temporária", "de forma provisória", "de forma definitiva", "de forma imediata", "de imediato", "totalmente"],
    // "as exportações de carne", "proíbe exportar arroz": exports are the target ("beef exports")
    exportWords: ["exportação", "exportações", "exportar"],
    transparent: [
      // flying a thing bans it: "proibiu voos de drones", "o sobrevoo de drones"
      "os voos de", "o voo de", "o sobrevoo de",
      // access of an age group to a thing is access to it: "restringiria o acesso de menores de 16 anos às redes sociais"
      ...ageGroups.flatMap((g) => [`o acesso ${g} às`, `o acesso ${g} aos`, `o acesso ${g} a`, `acesso ${g} às`, `acesso ${g} aos`, `acesso ${g} a`]),
      // sowing, planting and growing a crop bans the crop: "prohíbe la siembra de maíz transgénico"
      "o plantio de", "plantio de", "a plantação de",
      // bare infinitives: "l'interdiction d'importer des céréales", "prohíbe exportar tecnología"
      "importar", "exportar", "vender", "produzir", "fabricar", "cultivar", "possuir", "comercializar", "comprar", "usar", "utilizar", "instalar", "criar",
      // making, placing and opening a thing bans the thing: "proíbe a instalação de", "a circulação de"
      "a instalação de", "instalação de", "a criação de", "criação de", "a abertura de", "a construção de", "a circulação de", "circulação de",
      // new permits or licences for a thing: "prohíbe la concesión de nuevos permisos de exploración de hidrocarburos"
      "a concessão de novas licenças de", "concessão de novas licenças de", "novas licenças para", "novas autorizações de",
      // "any (other) form of X" is X
      "qualquer forma de", "qualquer outra forma de", "outras formas de", "todas as formas de", "qualquer tipo de", "todo tipo de", "todos os tipos de",
      "o comércio de", "comércio de", 
      // trade: "suspende las exportaciones de carne vacuna" reads the thing traded, which frames.exportWords names as exports ("beef exports")
      "operações com", "as operações com", "transações com", "as transações com", "pagamentos com", "a exportação de", "a entrada de", "a entrada dos", "a entrada das", "a propaganda de", "propaganda de", "a publicidade de", "publicidade de", "exportação de", "as exportações de", "exportações de", "as importações de", "importações de",
     "novos registos de", "novos registros de", "registos de", "registros de", "novas licenças de", "licenças de", "a venda de", "venda de", "a importação de", "importação de", "o uso de", "uso de", "a utilização de", "o acesso ao", "o acesso a",
      "acesso a", "acesso ao", "a produção de", "a publicidade de", "a comercialização de", "a distribuição de", "o download de",
      "os equipamentos da", "os produtos da", "os serviços do", "os serviços da", "equipamentos da", "equipamentos de", "os equipamentos de", "equipamentos do", "produtos da", "produtos de", "dispositivos da", "dispositivos de", "componentes da", "componentes de", "a difusão de", "difusão de", "a transmissão de", "a transmissão do", "a transmissão da",
      // use, possession, cultivation, making: what is used, held, grown or made
      "o consumo de", "consumo de", "a posse de", "posse de", "o cultivo de", "cultivo de", "a fabricação de", "fabricação de", "utilização de",
      "o fabrico de", "fabrico de", "o porte de", "porte de", "o acesso às", "acesso às", "o acesso aos", "acesso aos", "o acesso à", "acesso à"],
    passiveAux: ["foi", "foram", "é", "são", "tem sido", "será", "serão", "está", "estava", "ficou", "fica"],
    quantifiers: ["todos", "todas", "alguns", "algumas", "vários", "várias"],
    stops: ["que", "quem", "qual", "onde", "quando", "porque", "desde", "até", "após", "depois", "antes", "para", "por", "pelo", "pela", "em", "no",
      "na", "com", "sem", "a", "ao", "é", "são", "foi", "tem", "têm", "será", "também", "já", "agora", "imediatamente", "temporariamente",
      "hoje", "ontem", "amanhã"],
    pronouns: ["ele", "ela", "eles", "elas", "o", "a", "os", "as", "lhe", "lhes", "isto", "isso", "este", "esta", "esse", "essa", "aplicativos", "aplicativo", "aplicação",
      "app", "plataforma", "serviço", "serviços", "proibição", "medida"],
  },
  audienceNouns: ["funcionários", "servidores", "empregados", "trabalhadores", "pessoal", "membros", "ministros", "usuários",
    "utilizadores", "crianças", "menores", "adolescentes", "jovens", "estudantes", "militares", "policiais", "cidadãos", "empresas"],
  grammar: {
    comitatives: ["com"],
    honorifics: ["Sr", "Sra", "Dr", "Dra"],
    questionWords: ["por que", "porque", "por quê", "como", "quando", "que", "o que", "onde", "quem", "qual", "quais", "desde quando"],
    enactVerbs: ["aprovou", "aprovado", "impôs", "imposto", "decretou", "sancionou", "adotou", "manteve"],
    locatives: ["em", "no", "na"],
    memberOf: ["países", "vários países", "outros países", "país da", "países da", "país do", "países do", "Estado-membro da", "Estados-membros da"],
    contractions: { de: ["do", "da", "dos", "das"], a: ["ao", "à", "aos", "às"], em: ["no", "na", "nos", "nas"] },
    // "gli under 16. L'esame": a number before a period ends its sentence
    ordinalPeriods: false,
    abbreviations: ["Sr.", "Sra.", "Dr.", "Dra.", "Prof.", "jan.", "fev.", "abr.", "jul.", "ago.", "set.", "out.", "nov.", "dez.", "art.", "pág."],
    conjunctions: ["e", "ou"],
    singularArticles: ["o", "a", "do", "da", "ao", "à", "no", "na"],
    demonstratives: ["esta", "este", "essa", "esse", "estas", "estes", "tal"],
    // "their own national bans": a ban of the kind just told, by another decider
    suchAfter: ["semelhante", "semelhantes", "idêntica", "idênticas", "idêntico", "idênticos", "análoga", "análogas", "similar", "similares"],
    suchWords: ["tal", "semelhante", "uma semelhante", "próprio", "própria", "próprios", "próprias"],
    prepositions: ["em", "no", "na", "de", "do", "da", "dos", "das", "para", "por", "com", "sobre", "um", "uma"],
    listPrepositions: ["a"],
    articles: ["a", "o", "os", "as"],
    determiners: ["um", "uma"],
    complementizers: ["que", "para", "de"],
    additive: ["também"],
    referenceNouns: ["aplicativos", "aplicações"],
    collectiveActors: ["governo", "governos"],
  },
  dates: {
    months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    monthYearLink: "de",
    yearLinks: ["em", "desde", "entre", "até", "a partir de", "no final de", "no início de", "em meados de", "o ano de"],
    deadline: ["até", "antes de", "o mais tardar", "prazo", "data limite", "dentro de"],
    effective: ["prevista para", "previsto para", "prevista para o", "previsto para o", "a partir de", "a partir do", "desde", "entra em vigor", "entrará em vigor", "em vigor"],
    expires: ["expira", "vence", "termina"],
    immediate: ["com efeito imediato", "imediatamente", "de imediato"],
    monthOnly: ["final de", "início de", "meados de", "fim de", "começo de"],
    periodLinks: ["de"],
    future: ["será", "serão", "vai", "vão", "próximo", "próxima", "a partir", "entrará", "deixará", "poderá", "até"],
    nextOccurrence: { before: ["próximo", "próxima"], after: ["próximo", "próxima", "que vem"] },
    yearAfter: { next: ["do próximo ano", "do ano que vem", "próximo ano"], last: ["do ano passado", "ano passado", "do ano anterior"] },
    futureBefore: ["a partir", "até", "desde"],
    imposedBefore: ["imposta", "impostas", "decretad*", "instituíd*", "em vigor desde"],
    inForce: ["entra em vigor", "entrará em vigor", "entrou em vigor", "em vigor"],
    past: ["passado", "passada"],
    relative: { ontem: ["day", -1], anteontem: ["day", -2], hoje: ["day", 0], "mês passado": ["month", -1],
      "no mês passado": ["month", -1], "o mês passado": ["month", -1], "este mês": ["month", 0], "ano passado": ["year", -1],
      "no ano passado": ["year", -1], "o ano passado": ["year", -1], "este ano": ["year", 0] },
    weekdays: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    dayParts: [],
    offsets: { after: ["depois", "mais tarde", "antes", "atrás"], before: ["há", "após"] },
    durationUnits: { ano: "Y", anos: "Y", mês: "M", meses: "M", semana: "W", semanas: "W", dia: "D", dias: "D", horas: "H" },
    numbers: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
      doze: 12, quinze: 15, trinta: 30, noventa: 90, "setenta e cinco": 75 },
  },
};
export default pt;

import type { ContentWords } from "./types.js";

export const pt: ContentWords = {
  endMarkers: [
    "leia também", "leia mais", "notícias relacionadas", "mais lidas", "veja também", "saiba mais", "comentários",
    "compartilhe", "partilhar", "tags", "tópicos", "sobre o autor", "relacionadas",
  ],
  endMarkerPrefixes: ["mais sobre", "mais de", "mais notícias"],
  readAlso: ["leia também", "leia mais", "veja também", "saiba mais", "ver também", "leia", "veja"],
  furnitureLines: ["publicidade", "compartilhe", "partilhar", "imprimir", "comentar"],
  furniturePrefixes: ["siga-nos", "assine", "inscreva-se", "newsletter", "todos os direitos reservados", "utilizamos cookies", "este site usa cookies"],
  rightsReserved: ["todos os direitos reservados"],
  closingCalls: ["assine", "newsletter", "apoie", "inscreva-se", "faça uma doação"],
  disclosures: ["links de afiliados", "link de afiliado"],
  cookieNotices: [
    "utiliza cookies", "utilizamos cookies", "usa cookies", "usamos cookies", "uso de cookies", "política de cookies",
    "aceitar cookies", "consentimento", "política de privacidade",
  ],
  credits: ["foto", "fotos", "imagem", "crédito", "créditos", "fonte", "ilustração", "vídeo"],
  bylinePrefixes: ["por"],
  commentSignatures: ["postado por", "comentário de", "comentado por", "enviado por", "publicado por"],
  publishedLabels: ["publicado", "publicada", "publicado em", "emitido"],
  updatedLabels: ["atualizado", "atualizado em", "atualizada"],
  readingTime: ["min de leitura", "minutos de leitura"],
  dayMonthJoiners: ["de"],
  today: ["hoje"],
  sourceLabels: ["fonte", "link", "url", "artigo original"],
  chrono: "pt",
};

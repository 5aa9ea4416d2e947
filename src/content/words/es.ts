import type { ContentWords } from "./types.js";

export const es: ContentWords = {
  endMarkers: [
    "lee también", "leer más", "noticias relacionadas", "notas relacionadas", "artículos relacionados", "más noticias",
    "te puede interesar", "también te puede interesar", "lo más leído", "comentarios", "temas", "temas relacionados",
    "etiquetas", "compartir", "sobre el autor", "más información", "te recomendamos",
  ],
  endMarkerPrefixes: ["más de", "más sobre", "artículos relacionados", "también en"],
  readAlso: ["lee también", "lea también", "leer más", "te puede interesar", "mira también", "ver también", "vea también", "puedes ver", "le puede interesar", "lea además", "te recomendamos"],
  furnitureLines: ["publicidad", "compartir", "imprimir", "comentar", "síguenos"],
  furniturePrefixes: [
    "síguenos", "siguenos", "suscríbete", "hazte miembro", "regístrate", "boletín", "todos los derechos reservados",
    "utilizamos cookies", "este sitio utiliza cookies", "¡mira lo que tiene",
  ],
  rightsReserved: ["todos los derechos reservados"],
  closingCalls: [
    "suscríbete", "suscribirse", "boletín", "apóyanos", "únete a nuestra", "membresía", "hazte socio", "dona ahora",
  ],
  disclosures: ["enlaces de afiliados", "enlaces afiliados", "enlace de afiliado"],
  cookieNotices: [
    "utiliza cookies", "utilizamos cookies", "usa cookies", "usamos cookies", "uso de cookies", "política de cookies",
    "aceptar cookies", "consentimiento", "política de privacidad",
  ],
  credits: ["foto", "fotos", "fotografía", "imagen", "imágenes", "crédito", "fuente", "ilustración", "vídeo", "video"],
  bylinePrefixes: ["por"],
  commentSignatures: ["publicado por", "comentario de", "comentado por", "enviado por", "escrito por"],
  publishedLabels: ["publicado", "publicada", "publicado el", "emitido"],
  updatedLabels: ["actualizado", "actualizado el", "actualizada"],
  readingTime: ["min de lectura", "minutos de lectura", "min. de lectura"],
  dayMonthJoiners: ["de"],
  today: ["hoy"],
  sourceLabels: ["fuente", "enlace", "url", "artículo original"],
  chrono: "es",
};

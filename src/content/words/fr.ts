import type { ContentWords } from "./types.js";

export const fr: ContentWords = {
  endMarkers: [
    "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "voir aussi", "les plus lus", "les plus lues",
    "dans la même rubrique", "articles similaires", "articles liés", "à lire également", "lire la suite", "commentaires",
    "laisser un commentaire", "réagissez", "partager", "partager cet article", "à propos de l'auteur", "mots-clés",
    "sujets", "thèmes", "nos derniers articles", "à découvrir", "à voir aussi", "ailleurs sur le web",
  ],
  endMarkerPrefixes: ["plus de", "plus d'articles", "d'autres articles", "lire aussi"],
  readAlso: ["lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "à lire également", "lire également", "à voir", "lire", "voir"],
  furnitureLines: ["publicité", "partager", "imprimer", "tweeter", "envoyer", "réagir", "s'abonner", "lire la suite", "min de lecture"],
  furniturePrefixes: [
    "partager sur", "suivez-nous", "abonnez-vous", "inscrivez-vous", "newsletter", "tous droits réservés",
    "nous utilisons des cookies", "ce site utilise des cookies", "mots-clés :", "si vous souhaitez",
  ],
  rightsReserved: ["tous droits réservés"],
  closingCalls: ["newsletter", "abonnez-vous", "inscrivez-vous", "soutenez", "faites un don", "pour citer cet article"],
  disclosures: ["liens affiliés", "lien affilié", "liens d'affiliation", "lien d'affiliation"],
  cookieNotices: [
    "utilise des cookies", "utilisons des cookies", "utilisation des cookies", "utilisation de cookies",
    "politique de cookies", "paramètres des cookies", "accepter les cookies", "consentement",
    "politique de confidentialité",
  ],
  credits: ["photo", "photos", "crédit", "crédits", "crédit photo", "crédits photo", "crédits photos", "image", "illustration", "source", "vidéo"],
  bylinePrefixes: ["par"],
  commentSignatures: ["posté par", "commentaire de", "commentaire par", "réponse de", "écrit par"],
  publishedLabels: ["publié", "publiée", "publié le", "publiée le", "diffusé", "diffusée", "diffusé le"],
  updatedLabels: ["mis à jour", "mis à jour le", "modifié le", "actualisé le"],
  readingTime: ["min de lecture", "minutes de lecture", "min. de lecture"],
  today: ["aujourd'hui", "aujourd’hui"],
  sourceLabels: ["source", "lien", "url", "article original"],
  chrono: "fr",
};

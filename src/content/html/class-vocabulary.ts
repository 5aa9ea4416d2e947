// class/id vocabularies of page furniture, as data in one place. A class or id is split into
// tokens on spaces, "-" and "_" ("author-bio__text" -> author, bio, text) and the tokens are
// looked up here; names written without separators are matched by the substrings below.
// Several languages: sites name their classes in their own language ("kommentare", "partage").

/**
 * Furniture whatever else the name says: comments, author bios, captions and credits, share
 * bars, related-story cards, newsletter and consent boxes. "author-box--content" is an
 * author box even though it says "content".
 */
export const STRONG_NEGATIVE_TOKENS = new Set([
  // comments and reactions
  "comment", "comments", "commentlist", "disqus", "respond", "replies", "kommentare", "kommentar", "commentaires",
  "commentaire", "comentarios", "commenti", "reacties", "komentarze", "reactions",
  // author bios and bylines
  "bio", "authorbio", "authorbox", "biography", "byline", "bylines", "saboxplugin", "author", "authors", "autor",
  "auteur", "contributor",
  // captions and credits
  "caption", "captions", "figcaption", "credit", "credits", "copyright", "imagecredit", "photocredit", "bildunterschrift", "legende",
  // share bars and social
  "share", "sharing", "sharebar", "shares", "social", "sociable", "addthis", "sharethis", "socialmedia", "teilen",
  "partage", "partager", "compartir", "condividi", "delen",
  // related stories, recommendations, next/previous
  "related", "relatedlinks", "relatedposts", "recommended", "recommendations", "recirculation", "outbrain", "taboola",
  "nextstory", "readmore", "readnext", "alsoread", "verwandte", "relacionados", "relacionadas", "correlati", "gerelateerd",
  "similar", "morestories", "mostread", "mostpopular", "trending", "popular",
  // consent, paywall, newsletter, subscription, ads, popups
  "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "didomi", "newsletter", "subscribe", "subscription",
  "signup", "paywall", "promo", "promotion", "sponsor", "sponsored", "advert", "advertisement", "ad", "ads",
  "adsense", "werbung", "anzeige", "publicite", "publicidad", "pubblicita", "reklama", "popup",
  // metadata lines, breadcrumbs, tags
  "postmetadata", "dateline", "timestamp", "breadcrumb", "breadcrumbs", "crumbs", "crumb",
  "tags", "tagcloud", "topics", "keywords", "schlagworte",
]);

/** Furniture unless the name also says it is the article ("sidebar-content" is unclear). */
export const NEGATIVE_TOKENS = new Set([
  "reply", "banner", "sidebar", "widget", "widgets", "footer", "masthead", "navbar", "navigation", "nav", "menu",
  "pagination", "pager", "toolbar", "tools", "skip", "rss", "login", "register", "print",
  "utility", "utilities", "blogroll", "archive", "archives", "categories", "sitemap", "disclaimer", "aside",
  "rating", "ratings", "download", "downloads",
]);

/**
 * Names that are often furniture but also name wrappers of the article ("post-meta",
 * "premium-content", "hidden-print"): such an element that holds most of the page's prose
 * is kept.
 */
export const AMBIGUOUS_TOKENS = new Set([
  "meta", "metadata", "premium", "about", "modal", "overlay", "card", "cards", "teaser", "teasers", "more", "links",
  "hidden", "hide",
]);

/** ARIA landmark roles of furniture: what a screen reader is told to skip. */
export const FURNITURE_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist"]);

/** Tags that are furniture unless they wrap most of the page's prose (ASP.NET pages wrap everything in one <form>). */
export const AMBIGUOUS_TAGS = new Set(["form"]);

/** Elements that are never furniture by their class: the page, its main region, an article. */
export const NEVER_FURNITURE_TAGS = new Set(["html", "body", "main", "article"]);

/** class/id tokens that override a (weak) negative token: the element is the article itself. */
export const POSITIVE_TOKENS = new Set([
  "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text",
  "blog", "hentry", "permalink",
]);

/**
 * Tokens after which the rest of a class name describes what the element has or lacks,
 * not what it is: "contentHeader--with-sharing", "has-sidebar", "no-comments".
 */
export const MODIFIER_TOKENS = new Set(["has", "with", "without", "no"]);

/** Names written without separators that still mark furniture, matched as substrings. */
export const NEGATIVE_SUBSTRINGS = [
  "comment", "sharebar", "socialshare", "relatedarticle", "relatedstor", "relatedlink", "relatedcontent", "relatedpost",
  "sidebar", "cookie", "newsletter", "outbrain", "taboola", "breadcrumb", "mostpopular", "mostread",
  "advert", "sponsor", "caption", "authorbio", "authorbox", "popup", "paywall",
];

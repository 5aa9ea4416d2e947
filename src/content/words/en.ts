import type { ContentWords } from "./types.js";

export const en: ContentWords = {
  endMarkers: [
    "related", "related items", "related articles", "related stories", "related news", "related content",
    "related posts", "related topics", "related links", "more stories", "more news", "more headlines", "read more",
    "read next", "read also", "also read", "see also", "also see", "most read", "most popular", "most viewed",
    "most emailed", "popular", "popular stories", "trending", "trending now", "recommended", "recommended for you",
    "you may also like", "you might also like", "you may be interested in", "coming up", "the guide", "latest news",
    "latest stories", "latest headlines", "top stories", "other news", "other stories", "tags", "tagged", "topics",
    "share this", "share this article", "share this story", "comments", "comment", "leave a comment",
    "leave a reply", "reader comments", "discussion", "join the conversation", "about the author",
    "about the authors", "explore further", "further reading", "more on this story",
    "don't miss", "editor's picks", "in case you missed it", "similar posts", "similar articles",
  ],
  endMarkerPrefixes: ["more from", "more on", "more in", "more about", "more stories from", "other articles by"],
  readAlso: ["read also", "also read", "read more", "see also", "related", "recommended", "watch", "listen", "don't miss", "more", "read", "see"],
  furnitureLines: [
    "advertisement", "advertising", "sponsored", "sponsored content", "share", "share this", "share this article",
    "share this story", "tweet", "email", "e-mail", "print", "print this article", "print this page", "save", "like",
    "follow us", "continue reading", "click here", "comments", "no comments", "leave a comment", "leave a reply",
    "post a comment", "add a comment", "add your comment", "was this article helpful?", "rate this article",
    "show more", "load more", "back to top", "skip to content", "skip advertisement", "story continues below advertisement",
    "article continues below", "listen to this article", "min read",
  ],
  furniturePrefixes: [
    "share on", "share via", "follow us on", "sign up", "subscribe", "log in", "sign in", "register",
    "this site uses cookies", "this website uses cookies", "we use cookies", "all rights reserved",
    "copyright", "©", "tags:", "topics:", "filed under", "categories:", "keywords:", "tagged:",
    "get the latest", "download the app", "support our journalism", "become a member", "newsletter",
    "for the latest stories", "you are using a browser version", "if you enjoyed", "like this article",
  ],
  credits: ["photo", "photos", "photograph", "picture", "image", "images", "credit", "credits", "source", "illustration", "video", "graphic"],
  bylinePrefixes: ["by", "written by", "words by", "reporting by", "story by", "posted by"],
  publishedLabels: ["published", "posted", "first published", "broadcast", "published on", "posted on"],
  updatedLabels: ["updated", "last updated", "last modified", "updated on"],
  today: ["today"],
  chrono: "en",
};

import type { ContentWords } from "./types.js";

// Japanese: written without spaces, so only whole lines and labels before a colon are matched.
export const ja: ContentWords = {
  endMarkers: [
    "関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "おすすめ", "人気記事", "コメント", "この記事をシェア", "シェア",
    "タグ", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "最新記事", "ランキング",
  ],
  endMarkerPrefixes: ["関連記事"],
  readAlso: ["関連記事", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ"],
  furnitureLines: ["広告", "シェア", "ツイート", "印刷", "ブックマーク", "この記事をシェア", "ページの先頭へ", "続きを読む", "もっと見る"],
  furniturePrefixes: ["シェアする", "フォローする", "無断転載"],
  rightsReserved: ["無断転載を禁じます", "無断転載禁止"],
  closingCalls: ["メルマガ", "ニュースレター", "購読", "会員登録"],
  disclosures: ["アフィリエイト", "プロモーションを含みます", "広告を含みます"],
  cookieNotices: ["cookieを使用", "cookieの使用", "cookieポリシー"],
  credits: ["写真", "画像", "出典", "提供", "撮影"],
  bylinePrefixes: ["筆者", "執筆", "記者"],
  commentSignatures: ["投稿者"],
  publishedLabels: ["公開日", "投稿日", "配信日", "掲載日"],
  updatedLabels: ["更新日", "最終更新"],
  readingTime: ["分で読めます", "分で読める"],
  today: ["今日", "本日"],
};

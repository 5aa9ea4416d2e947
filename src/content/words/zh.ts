import type { ContentWords } from "./types.js";

// Chinese: written without spaces, so only whole lines and labels before a colon are matched.
export const zh: ContentWords = {
  endMarkers: [
    "相关新闻", "相关阅读", "相关文章", "相关报道", "相关推荐", "推荐阅读", "延伸阅读", "热门推荐", "热门文章", "猜你喜欢",
    "网友评论", "评论", "最新评论", "热点新闻", "更多新闻", "标签",
  ],
  endMarkerPrefixes: ["相关链接"],
  readAlso: ["相关阅读", "延伸阅读", "推荐阅读", "阅读更多", "相关新闻"],
  furnitureLines: ["分享到", "分享", "打印", "纠错", "返回顶部", "广告", "收藏", "点赞", "举报", "关注我们"],
  furniturePrefixes: ["分享到", "关注我们", "版权所有", "责任编辑", "本文来源"],
  rightsReserved: ["版权所有"],
  closingCalls: ["订阅", "关注我们", "扫码关注"],
  disclosures: ["推广链接", "广告链接"],
  cookieNotices: ["使用cookie", "cookie政策"],
  credits: ["来源", "图片来源", "图片", "图源", "摄影", "视频"],
  bylinePrefixes: ["作者", "记者", "撰文"],
  commentSignatures: ["评论者", "发表于"],
  publishedLabels: ["发布时间", "发布于", "发表时间", "发表于", "发布日期"],
  updatedLabels: ["更新时间", "更新于", "最后更新"],
  readingTime: ["分钟阅读", "分钟读完"],
  today: ["今天", "今日"],
};

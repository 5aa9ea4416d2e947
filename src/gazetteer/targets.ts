// Things that get banned, by their common name. A target is also recognised when a
// locale's target cue ("the app X", "de app X") precedes a capitalised name.
export const KNOWN_TARGETS: Record<string, string[]> = {
  TikTok: ["TikTok", "Tiktok", "Tik Tok", "TIKTOK", "抖音", "ٹک ٹاک", "تيك توك", "ТикТок"],
  "TikTok Shop": ["TikTok Shop", "Tiktok Shop"],
  WeChat: ["WeChat", "Wechat", "WeChat Pay", "微信"],
  AliExpress: ["AliExpress", "Aliexpress", "速卖通"],
  Telegram: ["Telegram", "电报", "تلغرام", "تيليجرام", "تيليغرام", "تليغرام", "Телеграм"],
  WhatsApp: ["WhatsApp", "Whatsapp", "واتساب", "Ватсап"],
  Facebook: ["Facebook", "脸书", "فيسبوك", "Фейсбук"],
  Instagram: ["Instagram", "照片墙", "إنستغرام", "انستغرام", "Инстаграм"],
  Twitter: ["Twitter", "推特"],
  X: ["X (formerly Twitter)", "X", "X (ex Twitter)", "X (antes Twitter)", "X (ehemals Twitter)", "X (anciennement Twitter)", "X (ex-Twitter)", "X (voorheen Twitter)"],
  Netflix: ["Netflix"],
  "Candy Crush": ["Candy Crush"],
  ChatGPT: ["ChatGPT", "Chat GPT"],
  DeepSeek: ["DeepSeek"],
  "Microsoft Copilot": ["Microsoft Copilot", "Copilot"],
  // Games: the most banned ones, each under the names reports use.
  PUBG: ["PUBG", "PlayerUnknown's Battlegrounds", "PlayerUnknown’s Battlegrounds", "Player Unknown's Battlegrounds", "Player Unknown’s Battlegrounds", "PUBG: Battlegrounds"],
  "PUBG Mobile": ["PUBG Mobile"],
  "PUBG Mobile Lite": ["PUBG Mobile Lite"],
  "Free Fire": ["Free Fire", "Garena Free Fire"],
  Fortnite: ["Fortnite"],
  Roblox: ["Roblox"],
  "Ernie Bot": ["Ernie Bot", "文心一言"],
  Snapchat: ["Snapchat"],
  YouTube: ["YouTube", "Youtube", "油管", "优兔", "يوتيوب", "Ютуб"],
  Temu: ["Temu"],
  Shein: ["Shein", "SHEIN", "希音"],
  Huawei: ["Huawei", "华为"],
  ZTE: ["ZTE", "中兴"],
  Kaspersky: ["Kaspersky"],
  RT: ["RT", "Russia Today"],
  Sputnik: ["Sputnik"],
  Zoom: ["Zoom"],
  Signal: ["Signal"],
  VKontakte: ["VKontakte", "VK", "ВКонтакте"],
  Weibo: ["Weibo", "微博"],
  Douyin: ["Douyin"],
  "Tencent QQ": ["QQ"],
  Baidu: ["Baidu", "百度"],
  Alipay: ["Alipay", "支付宝"],
  Lemon8: ["Lemon8"],
  CapCut: ["CapCut"],
  Hikvision: ["Hikvision"],
  DJI: ["DJI"],
  Grok: ["Grok"],
  Meta: ["Meta"],
  Google: ["Google", "谷歌"],
  Uber: ["Uber"],
  Airbnb: ["Airbnb"],
  Pornhub: ["Pornhub"],
  Wikipedia: ["Wikipedia", "Wikipédia", "维基百科", "ويكيبيديا", "Википедия"],
  "Voice of America": ["Voice of America"],
  BBC: ["BBC"],
};

/**
 * The country a target comes from. An article about a ban of a Chinese app names China
 * often (data sent to China) without China deciding anything, so the origin never counts
 * as the article's own place by frequency alone.
 */
export const TARGET_ORIGINS: Record<string, string> = {
  TikTok: "CN", "TikTok Shop": "CN", WeChat: "CN", AliExpress: "CN", Weibo: "CN", Douyin: "CN", "Tencent QQ": "CN",
  Baidu: "CN", Alipay: "CN", Lemon8: "CN", CapCut: "CN", Hikvision: "CN", DJI: "CN", Huawei: "CN", ZTE: "CN", Temu: "CN",
  Shein: "CN", DeepSeek: "CN", Kaspersky: "RU", RT: "RU", Sputnik: "RU", VKontakte: "RU",
};

/** Targets renamed on a day: reports published since then name the new name ("Twitter" became "X" on 2023-07-24). */
export const RENAMED: Record<string, { name: string; since: string }> = {
  Twitter: { name: "X", since: "2023-07-24" },
};

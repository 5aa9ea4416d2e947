import type { Locale } from "../types.js";

// Urdu. Light verbs carry the action ("پابندی عائد کر دی", "بحال کرنے"): triggers are the
// nouns and phrases. chrono-node has no Urdu parser: the engine's own date rules still run.
const ur: Locale = {
  code: "ur",
  home: "PK",
  franc: "urd",
  chrono: null,
  triggers: [
    { id: "ur.ban.verb", action: "ban", kind: "verb",
      forms: ["پابندی عائد", "پابندی لگا", "پابندی لگائی", "پابندی لگادی", "بلاک کر", "بلاک کیا", "بند کر دی", "معطل کر"] },
    { id: "ur.ban.noun", action: "ban", kind: "noun", forms: ["پابندی", "پابندیاں"] },
    { id: "ur.advisory", action: "advisory", kind: "verb", forms: ["استعمال نہ کرنے کی ہدایت", "گریز کرنے کی ہدایت"] },
    { id: "ur.lift", action: "lift", kind: "verb",
      forms: ["بحال کر", "بحال کرنے", "بحال کیا", "بحال کردی", "پابندی ختم", "پابندی اٹھا", "ان بلاک"] },
  ],
  cues: {
    negation: ["نہیں", "نہ"],
    hypothetical: ["اگر"],
    proposal: ["منصوبہ", "غور", "تجویز", "مطالبہ", "ارادہ"],
    background: ["یاد رہے", "قبل", "پہلے", "گزشتہ"],
    liftObjects: [],
    clauseBreaks: ["لیکن", "مگر", "جبکہ", "؛", "—"],
    locatives: ["میں"],
    follow: [],
  },
  scopes: [
    { scope: "official_devices", forms: ["سرکاری موبائل", "سرکاری فون", "سرکاری آلات"] },
    { scope: "minors", forms: ["بچوں"] },
    { scope: "public", forms: ["ملک بھر", "پورے ملک"] },
  ],
  bodies: [
    { forms: ["حکومت"], name: "government" },
    { forms: ["عدالت", "ہائی کورٹ", "سپریم کورٹ"], name: "court" },
    { forms: ["وزارت", "وزیر"], name: "ministry" },
  ],
  demonyms: {},
  placeAliases: { PK: ["پاکستان", "پاکستانی"], US: ["امریکا", "امریکہ"], IN: ["بھارت"], CN: ["چین"] },
  actorNouns: ["حکومت", "اتھارٹی", "وزارت"],
  targetCues: ["ایپ"],
  audienceNouns: ["صارفین", "ملازمین"],
  dates: {
    deadline: ["تک"],
    effective: ["سے"],
    expires: [],
    immediate: ["فوری طور پر"],
    monthOnly: [],
    future: ["گا", "گی", "گے"],
    weekdays: ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"],
    dayParts: [],
    durationUnits: { سال: "Y", ماہ: "M", مہینے: "M", ہفتے: "W", دن: "D", روز: "D" },
    numbers: { ایک: 1, دو: 2, تین: 3, چار: 4, پانچ: 5, چھ: 6, دس: 10 },
  },
};
export default ur;

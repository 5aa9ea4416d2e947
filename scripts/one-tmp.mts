import { readInput } from "/work/main/src/sources/files.js";
import { buildArticle } from "/work/main/src/content/article.js";
import { extractEvents } from "/work/main/src/extract/index.js";
import { loadLocales } from "/work/main/src/locales/index.js";
const locales = await loadLocales();
const a = buildArticle(readInput(process.argv[2], 1e8) as never) as never;
for (let i = 0; i < 400; i++) extractEvents(a, locales);

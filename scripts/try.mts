import { listInputs, readInput } from "../src/sources/files.ts";
import { buildArticle } from "../src/content/article.ts";
import { extractEvents } from "../src/extract/index.ts";
import { loadLocales } from "../src/locales/index.ts";
import { isRejection } from "../src/types.ts";
const locales = await loadLocales();
const { files } = listInputs(process.argv.slice(2));
for (const f of files) {
  const raw = readInput(f, 2e7);
  if (isRejection(raw)) { console.error(raw); continue; }
  const a = buildArticle(raw);
  if (isRejection(a)) { console.error(f, a); continue; }
  const r = extractEvents(a, locales);
  const { text, ...rest } = r;
  console.log(JSON.stringify(rest));
}

// `banwatch reextract`: the current extractors over every stored article, no fetching;
// mentions replaced per article atomically, canonical events rebuilt.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { openDb } from "../store/db.js";
import { reextractAll, type Extractors } from "../store/reextract.js";
import { buildArticle, layout } from "../content/article.js";
import { extractEvents } from "../extract/index.js";
import { loadLocales } from "../locales/index.js";
import { EXTRACTOR_VERSION } from "../version.js";
import { UsageError } from "./errors.js";

export async function defaultExtractors(): Promise<Extractors> {
  const locales = await loadLocales();
  return {
    build: (raw) => buildArticle(raw),
    // No raw document: the stored body is the article; its paragraphs are the blank-line blocks.
    fromText: (a) => ({
      id: a.id, url: a.url, title: a.title, published: a.published_inferred ? null : a.published,
      publishedSource: a.published_inferred ? null : a.published_source, lang: a.lang,
      langHints: JSON.parse(a.lang_hints) as string[], ...layout(a.text.split("\n\n")),
    }),
    extract: (article) => extractEvents(article, locales),
  };
}

export function registerReextract(program: Command): void {
  program
    .command("reextract")
    .description("Re-run the current extractors over every stored article (no fetching) and rebuild canonical events")
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText("after", `
Articles are rebuilt from their stored raw documents (or from their stored text when no
document was kept); each article's mentions are replaced in one transaction, so a failure
leaves the old ones. Every mention records the extractor version (now ${EXTRACTOR_VERSION}).
Exit status: 0 ok (failed articles are reported and keep their old mentions), 1 failure, 2 usage error.`)
    .action(async (opts: { db: string; json?: boolean; quiet?: boolean }) => {
      if (!existsSync(opts.db)) throw new UsageError(`no database at ${opts.db}; run "banwatch ingest" first or pass --db FILE`);
      const db = openDb(opts.db);
      try {
        const s = reextractAll(db, await defaultExtractors());
        if (opts.json) process.stdout.write(JSON.stringify({ db: opts.db, ...s }, null, 2) + "\n");
        else if (!opts.quiet) {
          const lines = [
            `run ${s.runId} (reextract, extractor ${EXTRACTOR_VERSION}) on ${opts.db}`,
            `  articles ${s.read}, re-extracted ${s.stored}, failed ${s.rejected}`,
            `  event mentions written ${s.events}; canonical events in store ${s.canonicalEvents}`,
            ...s.failures.map((f) => `  failed ${f.id}: ${f.reason}: ${f.detail}`),
          ];
          process.stdout.write(lines.join("\n") + "\n");
        }
      } finally {
        db.close();
      }
    });
}

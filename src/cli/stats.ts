// `banwatch stats`: what the store holds: articles by language and outlet, canonical
// events by action and jurisdiction, and the last runs.
import type { Command } from "commander";
import type { DB } from "../store/db.js";
import { openForReading } from "./open.js";
import { textTable, type Row } from "../store/format.js";

const SECTIONS: [string, string][] = [
  ["articles by language", "SELECT lang, count(*) AS articles FROM articles GROUP BY lang ORDER BY articles DESC, lang"],
  ["articles by outlet", "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet"],
  ["events by action", "SELECT action, count(*) AS events, sum(n_articles) AS reports FROM events GROUP BY action ORDER BY events DESC, action"],
  ["events by jurisdiction", "SELECT coalesce(jurisdiction, '(unknown)') AS jurisdiction, count(*) AS events, sum(action = 'ban') AS bans FROM events GROUP BY jurisdiction ORDER BY events DESC, jurisdiction"],
  ["last runs", "SELECT id, command, status, started_at, read, stored, unchanged, rejected, events FROM runs ORDER BY id DESC LIMIT 5"],
];

export function collectStats(db: DB): { totals: Row; sections: { title: string; rows: Row[] }[] } {
  const totals = db.prepare(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM event_mentions) AS mentions, (SELECT count(*) FROM events) AS events`).get() as Row;
  return { totals, sections: SECTIONS.map(([title, sql]) => ({ title, rows: db.prepare(sql).all() as Row[] })) };
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("Summarise the store: articles by language and outlet, events by action and jurisdiction")
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--json", "print the figures as JSON")
    .addHelpText("after", "\nExit status: 0 ok, 1 failure, 2 usage error (e.g. no database).")
    .action((opts: { db: string; json?: boolean }) => {
      const db = openForReading(opts.db);
      try {
        const s = collectStats(db);
        if (opts.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + "\n");
          return;
        }
        const t = s.totals;
        let out = `${opts.db}: ${t.documents} documents, ${t.articles} articles, ${t.mentions} event mentions, ${t.events} canonical events\n`;
        for (const sec of s.sections) {
          out += `\n${sec.title}\n`;
          out += sec.rows.length ? textTable(Object.keys(sec.rows[0]), sec.rows) : "(none)\n";
        }
        process.stdout.write(out);
      } finally {
        db.close();
      }
    });
}

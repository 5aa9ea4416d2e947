// Rows as an analyst reads them: an aligned text table, CSV (RFC 4180) or JSON. Readers
// (query, export, stats) share these so every command prints the same way.
export type Row = Record<string, unknown>;

/** A cell as text: null is empty, blobs are base64, everything else as SQLite gave it. */
export function cellText(v: unknown): string {
  if (v == null) return "";
  if (Buffer.isBuffer(v)) return v.toString("base64");
  return String(v);
}

export function csvCell(v: unknown): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: unknown[]) => cells.map(csvCell).join(",") + "\r\n";

/** Parses CSV as csvLine writes it (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** JSON-safe value: blobs become base64 strings. */
export const jsonValue = (v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : typeof v === "bigint" ? Number(v) : v);

/** Columns that hold JSON text, by the table they come from (schema.sql): printed as JSON values in JSON output. */
export const JSON_COLUMNS: Record<string, readonly string[]> = {
  runs: ["errors", "details"],
  documents: ["headers"],
  articles: ["lang_hints"],
  events: ["languages", "outlets"],
  event_mentions: ["evidence", "rules"],
  frontier: ["hints", "redirect_chain"],
};
const JSON_NAMES = new Set(Object.values(JSON_COLUMNS).flat());

/** A result column as better-sqlite3's Statement.columns() describes it (origin table and column when known). */
export interface ColumnInfo {
  name: string;
  table: string | null;
  column: string | null;
}

/**
 * The result columns holding JSON text: those that come straight from a JSON column (views
 * included, through their origin), and computed ones that bear such a column's name.
 */
export function jsonColumnsOf(columns: ColumnInfo[]): string[] {
  return columns
    .filter((c) => (c.table && c.column ? JSON_COLUMNS[c.table]?.includes(c.column) : JSON_NAMES.has(c.name)))
    .map((c) => c.name);
}

export function jsonRow(r: Row, jsonColumns: readonly string[] = []): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) out[k] = jsonColumns.includes(k) && typeof v === "string" ? safeParse(v) : jsonValue(v);
  return out;
}
const safeParse = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

/** A cell as one line of a text table: whitespace folded, cut at `maxWidth` characters. */
function tableCell(v: unknown, maxWidth: number): string {
  if (Buffer.isBuffer(v)) return `<blob ${v.length} bytes>`;
  const one = cellText(v).replace(/\s+/g, " ");
  return one.length > maxWidth ? one.slice(0, maxWidth - 1) + "…" : one;
}

/** Columns padded to their widest cell (capped, so one long body does not swamp the screen). */
export function textTable(columns: string[], rows: Row[], maxWidth = 60): string {
  const t = new TableWriter(columns, maxWidth);
  return t.head(rows) + rows.map((r) => t.line(r)).join("");
}

/**
 * A text table printed as rows arrive: widths come from the rows given to head() (the first
 * few hundred), so nothing else is held back; a later, wider cell overflows its column.
 */
export class TableWriter {
  private widths: number[] = [];
  constructor(readonly columns: string[], readonly maxWidth = 60) {}

  head(sample: Row[]): string {
    const cells = sample.map((r) => this.columns.map((c) => tableCell(r[c], this.maxWidth)));
    this.widths = this.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
    return this.join(this.columns) + this.join(this.widths.map((w) => "-".repeat(w)));
  }

  line(r: Row): string {
    return this.join(this.columns.map((c) => tableCell(r[c], this.maxWidth)));
  }

  private join(xs: string[]): string {
    return xs.map((x, i) => x.padEnd(this.widths[i])).join("  ").trimEnd() + "\n";
  }
}

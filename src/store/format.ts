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

/** Columns padded to their widest cell (capped, so one long body does not swamp the screen). */
export function textTable(columns: string[], rows: Row[], maxWidth = 60): string {
  const cut = (s: string) => {
    const one = s.replace(/\s+/g, " ");
    return one.length > maxWidth ? one.slice(0, maxWidth - 1) + "…" : one;
  };
  const cells = rows.map((r) => columns.map((c) => (Buffer.isBuffer(r[c]) ? `<blob ${(r[c] as Buffer).length} bytes>` : cut(cellText(r[c])))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

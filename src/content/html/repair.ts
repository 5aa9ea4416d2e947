// Repairs of broken markup that would otherwise swallow the whole page. A <title> is raw
// text up to </title>: when that end tag is missing (truncated or mangled pages), the
// parser would take the body for the title. Close it at the end of its first line instead.

const MAX_TITLE_CHARS = 2000;

export function repairTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html.slice(0, 200000));
  if (!open) return html;
  const start = open.index + open[0].length;
  const rest = html.slice(start, start + 200000);
  const close = rest.search(/<\/title\s*>/i);
  const swallowed = close < 0 ? rest : rest.slice(0, close);
  if (close >= 0 && swallowed.length < MAX_TITLE_CHARS && !/<\/?(body|head|script|style|div|table|p)\b/i.test(swallowed)) {
    return html;
  }
  const nl = swallowed.search(/[\r\n<]/);
  const cut = start + (nl > 0 ? Math.min(nl, 300) : Math.min(swallowed.length, 300));
  return `${html.slice(0, cut)}</title>${html.slice(cut)}`;
}

/**
 * The HTML part of a mail, generated from its plain text so both say the same: every character is
 * escaped, blank lines make paragraphs, http(s) addresses become links. No images, no remote
 * resources, no tracking.
 */
const urlPattern = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence rather than the address ("see https://x.pl/a."). */
const trailing = /[.,;:!?)\]}”’»]+$/;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function linkify(line: string): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    const url = match[0].replace(trailing, "");
    const start = match.index;
    out += escapeHtml(line.slice(last, start));
    out += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return out + escapeHtml(line.slice(last));
}

export function textToHtml(text: string, options: { subject: string; locale?: string | null }): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${p.split("\n").map(linkify).join("<br>\n")}</p>`);
  const lang = options.locale === "pl" || options.locale === "en" ? ` lang="${options.locale}"` : "";
  return [
    "<!doctype html>",
    `<html${lang}>`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;">',
    ...paragraphs,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

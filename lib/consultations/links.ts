/**
 * Links in what people write: which targets are safe, and bare URLs of a plain-text comment turned
 * into links. Small and dependency-free because the comment thread renders in the browser; the
 * draft's Markdown (markdown.ts) uses the same `safeHref`.
 */
export type Inline = { type: "text"; text: string } | { type: "link"; href: string; text: string };

/** Only these targets survive: http(s), mailto and paths of this site; `javascript:`, `data:`, `//host` and the rest do not. */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (/^https?:\/\/[^\s<>"]+$/i.test(h)) return h;
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(h)) return h;
  if (/^\/(?!\/)[^\s<>"]*$/.test(h)) return h;
  return null;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/gi;

/** Plain text with bare URLs turned into links (comments have no other formatting). */
export function autolink(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ type: "text", text: text.slice(last, start) });
    const href = safeHref(m[0]);
    out.push(href ? { type: "link", href, text: m[0] } : { type: "text", text: m[0] });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

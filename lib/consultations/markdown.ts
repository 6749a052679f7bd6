/**
 * A small escape-first Markdown reader for the draft and for comments. It never produces HTML:
 * it returns a tree of text, emphasis, links and lists that React renders as elements, so any
 * "<script>" in the input stays text. Links are kept only for http(s), mailto and site paths.
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] };

export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "heading"; level: 2 | 3 | 4; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

/** Only these targets survive; `javascript:`, `data:` and the rest become plain text. */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (/^https?:\/\/[^\s<>"]+$/i.test(h)) return h;
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(h)) return h;
  if (/^\/(?!\/)[^\s<>"]*$/.test(h)) return h;
  return null;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/gi;

/** Plain text with bare URLs turned into links (for comments: no other formatting). */
export function autolink(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ type: "text", text: text.slice(last, start) });
    const href = safeHref(m[0]);
    out.push(href ? { type: "link", href, children: [{ type: "text", text: m[0] }] } : { type: "text", text: m[0] });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

const INLINE_RE = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|_([^_\n]+)_/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE_RE)) {
    const start = m.index ?? 0;
    if (start > last) out.push(...autolink(text.slice(last, start)));
    if (m[1] !== undefined) {
      const href = safeHref(m[2]);
      out.push(href ? { type: "link", href, children: parseInline(m[1]) } : { type: "text", text: m[0] });
    } else if (m[3] !== undefined) out.push({ type: "strong", children: parseInline(m[3]) });
    else out.push({ type: "em", children: parseInline(m[4] ?? m[5]) });
    last = start + m[0].length;
  }
  if (last < text.length) out.push(...autolink(text.slice(last)));
  return out;
}

/** One paragraph of the draft (a block between blank lines) as blocks. */
export function parseBlock(source: string): Block[] {
  const lines = source.split("\n").filter((l) => l.trim() !== "");
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) });
    paragraph = [];
    if (list) blocks.push({ type: "list", ...list });
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, heading[1].length + 1)) as 2 | 3 | 4;
      blocks.push({ type: "heading", level, children: parseInline(heading[2]) });
    } else if (bullet || numbered) {
      const ordered = !!numbered;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Plain text of inline nodes (for CSV, mail and the accessible names of paragraphs). */
export function plainText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === "text" ? n.text : plainText(n.children))).join("");
}

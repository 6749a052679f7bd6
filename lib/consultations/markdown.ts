/**
 * The draft of a consulted document is Markdown (GitHub's dialect: tables, nested lists,
 * strikethrough), read by the unified/remark family and turned into a sanitized HTML tree (hast)
 * that React renders as elements (`DraftText`); nothing is ever inserted as raw HTML.
 *
 * What the author types always stays visible: raw HTML (`<script>`, `<img …>`) is shown as text,
 * an image as its description, a footnote as its `[^1]` marker. Links are kept only for the targets
 * `safeHref` accepts (http(s), mailto, paths of this site); any other link becomes its text.
 * Headings start at h4: the page gives each numbered paragraph an h3.
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from "mdast";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Processor } from "unified";
import { safeHref } from "./links";

/** Everything the renderer may emit; anything else is unwrapped to its content or dropped. */
export const draftSchema: SanitizeSchema = {
  tagNames: [
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "a",
    "ul",
    "ol",
    "li",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  attributes: {
    a: ["href"],
    ol: ["start"],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
  },
  protocols: { href: ["http", "https", "mailto"] },
  strip: ["script", "style"],
  clobber: [],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** Parents whose children are inline (phrasing) content in mdast. */
const phrasingParents = new Set(["paragraph", "heading", "emphasis", "strong", "delete", "link", "linkReference", "tableCell"]);

/** A node the draft must not carry, replaced by the text the author typed. */
function replacement(node: RootContent, inline: boolean): RootContent[] {
  const text = (value: string): RootContent[] =>
    inline ? [{ type: "text", value }] : [{ type: "paragraph", children: [{ type: "text", value }] }];
  switch (node.type) {
    case "html":
      return text(node.value);
    case "image":
    case "imageReference":
      return node.alt ? text(node.alt) : [];
    case "footnoteReference":
      return text(`[^${node.label ?? node.identifier}]`);
    case "footnoteDefinition":
      return [...text(`[^${node.label ?? node.identifier}]:`), ...node.children];
    default:
      return [node];
  }
}

function plainMarkdown(node: MdastNodes) {
  if (!("children" in node)) return;
  const inline = phrasingParents.has(node.type);
  const children: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    for (const next of replacement(child, inline)) {
      const previous = children.at(-1);
      // adjacent text (e.g. "a <b> c" read as text, html, text) becomes one text node again
      if (previous?.type === "text" && next.type === "text") previous.value += next.value;
      else {
        plainMarkdown(next);
        children.push(next);
      }
    }
  }
  (node as { children: RootContent[] }).children = children;
}

/** Drafts are prose: four leading spaces do not start a code block (people indent paragraphs). */
function withoutIndentedCode(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ["codeIndented"] } });
}

function mapElements(node: HastRoot | Element, map: (element: Element) => ElementContent[]) {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type !== "element") children.push(child);
    else {
      mapElements(child, map);
      children.push(...map(child));
    }
  }
  node.children = children;
}

const headingLevel: Record<string, string> = { h1: "h4", h2: "h5", h3: "h6", h4: "h6", h5: "h6", h6: "h6" };

function shiftHeadings(tree: HastRoot) {
  mapElements(tree, (element) => [{ ...element, tagName: headingLevel[element.tagName] ?? element.tagName }]);
}

/** After sanitizing: a link to anything but a safe target becomes its text; safe links get a `rel`. */
function keepSafeLinks(tree: HastRoot) {
  mapElements(tree, (element) => {
    if (element.tagName !== "a") return [element];
    const href = typeof element.properties.href === "string" ? safeHref(element.properties.href) : null;
    if (!href) return element.children;
    return [{ ...element, properties: { href, rel: ["nofollow", "noopener", "noreferrer", "ugc"] } }];
  });
}

const processor = unified()
  .use(remarkParse)
  .use(withoutIndentedCode)
  .use(remarkGfm)
  .use(() => (tree: MdastRoot) => plainMarkdown(tree))
  .use(remarkRehype)
  .use(() => shiftHeadings)
  .use(rehypeSanitize, draftSchema)
  .use(() => keepSafeLinks)
  .freeze();

/** One paragraph of the draft (or any Markdown) as a sanitized HTML tree. Pure. */
export function draftToHast(source: string): HastRoot {
  return processor.runSync(processor.parse(source)) as HastRoot;
}

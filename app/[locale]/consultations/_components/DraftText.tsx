import type { Element, Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { draftToHast } from "@/lib/consultations/markdown";

const classes: Record<string, string> = {
  p: "mb-2",
  ul: "mb-2 list-disc pl-6",
  ol: "mb-2 list-decimal pl-6",
  li: "[&>ol]:mb-0 [&>ul]:mb-0",
  h4: "mb-2 font-bold",
  h5: "mb-2 font-bold",
  h6: "mb-2 font-semibold",
  a: "text-brand-600 underline",
  blockquote: "mb-2 border-l-4 border-gray-300 pl-3",
  pre: "mb-2 whitespace-pre-wrap rounded bg-gray-100 p-2",
  code: "rounded bg-gray-100 px-1",
  table: "mb-2 w-full border-collapse text-left",
  th: "border border-gray-400 p-1 align-top font-semibold [overflow-wrap:anywhere]",
  td: "border border-gray-400 p-1 align-top [overflow-wrap:anywhere]",
};

const alignClass: Record<string, string> = { left: "text-left", center: "text-center", right: "text-right" };

function styled(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const { align, ...properties } = child.properties;
    const className = [classes[child.tagName], typeof align === "string" ? alignClass[align] : undefined].filter((c) => c !== undefined);
    child.properties = className.length ? { ...properties, className } : properties;
    styled(child);
  }
  return node as Root;
}

/** One paragraph of a consultation draft (Markdown), rendered on the server: no client JavaScript. */
export function DraftText({ source }: { source: string }) {
  return toJsxRuntime(styled(draftToHast(source)), { Fragment, jsx, jsxs });
}

import type { Block, Inline } from "@/lib/consultations/markdown";

/** Renders the safe Markdown tree as React elements: text stays text, never HTML. */
export function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((n, i) => {
        if (n.type === "text") return <span key={i}>{n.text}</span>;
        if (n.type === "strong")
          return (
            <strong key={i}>
              <InlineNodes nodes={n.children} />
            </strong>
          );
        if (n.type === "em")
          return (
            <em key={i}>
              <InlineNodes nodes={n.children} />
            </em>
          );
        return (
          <a key={i} href={n.href} rel="nofollow noopener noreferrer ugc" className="text-brand-600 underline">
            <InlineNodes nodes={n.children} />
          </a>
        );
      })}
    </>
  );
}

export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === "paragraph")
          return (
            <p key={i} className="mb-2">
              <InlineNodes nodes={b.children} />
            </p>
          );
        if (b.type === "heading") {
          const H = `h${b.level + 1}` as "h3" | "h4" | "h5";
          return (
            <H key={i} className="mb-2 font-bold">
              <InlineNodes nodes={b.children} />
            </H>
          );
        }
        const List = b.ordered ? "ol" : "ul";
        return (
          <List key={i} className={`mb-2 pl-6 ${b.ordered ? "list-decimal" : "list-disc"}`}>
            {b.items.map((item, j) => (
              <li key={j}>
                <InlineNodes nodes={item} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}

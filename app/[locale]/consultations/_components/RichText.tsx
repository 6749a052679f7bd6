import type { Inline } from "@/lib/consultations/links";

/** A comment's text with its safe links as React elements: text stays text, never HTML. */
export function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((n, i) =>
        n.type === "text" ? (
          <span key={i}>{n.text}</span>
        ) : (
          <a key={i} href={n.href} rel="nofollow noopener noreferrer ugc" className="text-brand-600 underline">
            {n.text}
          </a>
        ),
      )}
    </>
  );
}

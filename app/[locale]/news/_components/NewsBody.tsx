import { DraftText } from "@/app/[locale]/consultations/_components/DraftText";

/** A news item's Markdown body through the consultations' safe renderer (lib/consultations/markdown.ts): no raw HTML, safe links only. */
export function NewsBody({ source }: { source: string }) {
  return (
    <div className="[overflow-wrap:anywhere]">
      <DraftText source={source} />
    </div>
  );
}

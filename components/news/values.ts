import { instantToWarsaw } from "@/lib/dates/warsaw";
import type { NewsLink } from "@/lib/db/schema/news";

/** Links as the editor's textarea shows them: "label | url", one a line. */
export function linksText(links: readonly NewsLink[]): string {
  return links.map((l) => (l.label && l.label !== l.url ? `${l.label} | ${l.url}` : l.url)).join("\n");
}

/** A stored instant as <input type="datetime-local"> shows it, in Warsaw time. */
export function warsawLocal(value: Date | null): string | undefined {
  if (!value) return undefined;
  const { date, time } = instantToWarsaw(value);
  return `${date}T${time}`;
}

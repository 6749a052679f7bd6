import { atomFeed } from "@/lib/feeds/atom";

export interface FeedEntry {
  id: string;
  title: string;
  lead: string;
  type: string;
  publishAt: Date | null;
  updatedAt: Date;
  organizationName: string | null;
}

/**
 * The Atom feed of the published news (RFC 4287) through the platform's one Atom writer
 * (lib/feeds/atom.ts): each entry's id is its page's address, its summary the lead, its author the
 * organization of an announcement. Pure: the base address comes from APP_URL (lib/mail/links.ts).
 */
export function newsAtom(
  entries: readonly FeedEntry[],
  base: string,
  texts: { title: string; description: string; publisher: string },
): string {
  return atomFeed({
    id: `${base}/news`,
    self: `${base}/feeds/news.xml`,
    title: texts.title,
    subtitle: texts.description,
    link: `${base}/news`,
    language: "pl",
    author: texts.publisher,
    entries: entries.map((e) => ({
      id: `${base}/news/${e.id}`,
      title: e.title,
      link: `${base}/news/${e.id}`,
      summary: e.lead || e.title,
      updated: e.updatedAt,
      published: e.publishAt ?? e.updatedAt,
      category: e.type,
      author: e.organizationName ?? undefined,
    })),
  });
}

import { Feed } from "feed";

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
 * The Atom 1.0 feed of the published news (RFC 4287), written by the `feed` library: the feed's
 * id, title, updated and self link; each entry's id (its page's address), title, link, updated,
 * published and summary (the lead). Pure: the base address comes from APP_URL (lib/mail/links.ts).
 */
export function newsAtom(entries: readonly FeedEntry[], base: string, texts: { title: string; description: string }): string {
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0));
  const feed = new Feed({
    id: `${base}/news`,
    title: texts.title,
    description: texts.description,
    link: `${base}/news`,
    language: "pl",
    updated: entries.length ? updated : new Date(0),
    feedLinks: { atom: `${base}/feeds/news.xml` },
    copyright: "",
    generator: false,
  });
  for (const e of entries) {
    feed.addItem({
      id: `${base}/news/${e.id}`,
      title: e.title,
      link: `${base}/news/${e.id}`,
      date: e.updatedAt,
      published: e.publishAt ?? e.updatedAt,
      description: e.lead || e.title,
      ...(e.organizationName && { author: [{ name: e.organizationName }] }),
      category: [{ term: e.type }],
    });
  }
  return feed.atom1();
}

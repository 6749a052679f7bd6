/**
 * Atom feeds (RFC 4287), written by the `feed` library: every feed of the platform (competitions,
 * consultations, news) goes through `atomFeed`, so ids, links and dates are made one way. Links
 * are absolute, from APP_URL (lib/mail/links.ts), never from the request's host.
 */
import { Feed } from "feed";

export interface AtomEntry {
  /** a stable, unique id: the entry's absolute link, or a tag URI */
  id: string;
  title: string;
  /** the entry's page (absolute) */
  link: string;
  summary?: string;
  /** when the entry last changed (an entry must have one) */
  updated: Date;
  published?: Date;
  category?: string;
  /** who wrote the entry, when not the feed's publisher (an organization's announcement) */
  author?: string;
}

export interface AtomFeedInput {
  /** the feed's own address (absolute); also its id unless `id` is given */
  self: string;
  /** a stable id of the feed (absolute), when it is not the feed's address */
  id?: string;
  title: string;
  subtitle?: string;
  /** the page the feed mirrors (absolute) */
  link: string;
  language: string;
  /** who publishes it (Atom requires an author) */
  author: string;
  entries: readonly AtomEntry[];
  /** when nothing is in the feed: the feed's updated date */
  emptyUpdated?: Date;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An Atom document: entries newest first; the feed's `updated` is its newest entry's. */
export function atomFeed(input: AtomFeedInput): string {
  const entries = [...input.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const feed = new Feed({
    id: input.id ?? input.self,
    title: input.title,
    description: input.subtitle,
    link: input.link,
    language: input.language,
    copyright: "",
    updated: entries[0]?.updated ?? input.emptyUpdated ?? new Date(0),
    generator: "Wspólnie",
    author: { name: input.author },
    feedLinks: { atom: input.self },
  });
  for (const e of entries) {
    feed.addItem({
      id: e.id,
      // the library marks title and summary as HTML: plain text is escaped so that it reads as written
      title: escapeHtml(e.title),
      link: e.link,
      description: e.summary === undefined ? undefined : escapeHtml(e.summary),
      date: e.updated,
      published: e.published,
      category: e.category ? [{ term: e.category, name: e.category }] : undefined,
      author: e.author ? [{ name: e.author }] : undefined,
    });
  }
  return feed.atom1();
}

/** The HTTP answer of a feed: Atom's media type, cached briefly by browsers and proxies. */
export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

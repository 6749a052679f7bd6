import "server-only";
import { refresh, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { attachmentsOf } from "./attachments";
import type { NewsListFilters } from "./list-filters";
import { getPublicNews, listPublicNews, newsAreaChoices } from "./queries";

/*
 * Cached reads for the public news pages (no session, no personal data): tag "news", revalidated
 * by every write a public page shows (save, publish, an accepted announcement, attachments). An
 * item scheduled for later becomes public by the clock: the reads take it inside and expire every
 * minute (NEWS_REVALIDATE), so it appears within a minute of its time. The staff's pages (the
 * desk, the queue, the plan) read per request.
 */
export const NEWS_TAG = "news";
export const NEWS_REVALIDATE = 60;
export const newsPageSize = 20;

export const cachedNewsList = (filters: NewsListFilters) =>
  unstable_cache(
    async () => {
      const list = await listPublicNews(
        await getDb(),
        new Date(),
        { type: filters.type, area: filters.area },
        { page: filters.page ?? 1, pageSize: newsPageSize },
      );
      return { ...list, items: list.items.map((i) => ({ ...i, publishAt: i.publishAt!.toISOString() })) };
    },
    ["news-list", JSON.stringify(filters)],
    { tags: [NEWS_TAG], revalidate: NEWS_REVALIDATE },
  )();

export const cachedNewsItem = (id: string) =>
  unstable_cache(
    async () => {
      const db = await getDb();
      const item = await getPublicNews(db, id, new Date());
      return item && { ...item, publishAt: item.publishAt!.toISOString(), attachments: await attachmentsOf(db, id) };
    },
    ["news-item", id],
    { tags: [NEWS_TAG], revalidate: NEWS_REVALIDATE },
  )();

/** Task areas named in a language (reference data). */
export const cachedNewsAreas = (locale: "pl" | "en") =>
  unstable_cache(async () => newsAreaChoices(await getDb(), locale), ["news-areas", locale], { revalidate: 3600 })();

/**
 * The list's filters (from its path segment or, when the proxy did not run, its query string) when
 * every value is a known one (a task area, a page up to the last); else null: a 404.
 */
export async function knownNewsListFilters(filters: NewsListFilters | null): Promise<NewsListFilters | null> {
  if (!filters) return null;
  if (filters.area && !(await cachedNewsAreas("pl")).some((a) => a.slug === filters.area)) return null;
  if (filters.page && filters.page > (await cachedNewsList({ ...filters, page: undefined })).pageCount) return null;
  return filters;
}

/** After a write the public news pages show (in a server action: the page that made it is refreshed too). */
export function revalidateNews() {
  revalidateTag(NEWS_TAG, { expire: 0 });
  refresh();
}

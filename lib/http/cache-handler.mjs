/**
 * Next's own file-system cache (ISR pages in .next/server/route-cache, unstable_cache data in
 * .next/cache/fetch-cache), except that answers about something that does not exist are never kept:
 * a not-found page and a cached lookup that found nothing. Every public page validates its path
 * segments and filters and calls notFound() for unknown ones; without this, each unknown value an
 * anonymous client tries would be written to disk for good (100–160 kB a page, no bound), because
 * Next caches a 404 of a page with generateStaticParams like any other render. Known pages are
 * cached as before; unknown ones are rendered (cheaply: one lookup) on every request instead.
 *
 * A plain JavaScript module: Next imports it at run time, outside the bundle (next.config.ts, cacheHandler).
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// A CommonJS module of Next's: Node's import hands over its exports (the class is their `default`),
// the loader Next imports this file with hands over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** True for an entry that only says "there is nothing here". */
export function isAnswerAboutNothing(data) {
  if (!data) return false;
  if (data.kind === "APP_PAGE" || data.kind === "PAGES" || data.kind === "APP_ROUTE") return data.status === 404;
  // unstable_cache keeps its result as JSON text: "null" is every module's "no such record"
  if (data.kind === "FETCH") return data.data?.body === "null";
  return false;
}

export default class ExistingOnlyCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isAnswerAboutNothing(data)) return;
    return super.set(key, data, ctx);
  }
}

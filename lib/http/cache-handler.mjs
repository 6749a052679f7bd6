/**
 * Next's cache handler (next.config.ts, cacheHandler). Two stores, both keeping nothing about what
 * does not exist (a not-found page, a cached lookup that found nothing; see cache-nothing.mjs), so
 * unknown ids and filters cannot fill them. Known pages are cached as before; unknown ones are
 * rendered (cheaply: one lookup) on every request instead.
 *
 * - REDIS_URL set (several instances): redis-cache.mjs, one cache shared by every instance, where a
 *   tag revalidated on one instance is revalidated on all at once.
 * - otherwise (one instance): Next's own file-system cache (ISR pages in .next/server/route-cache,
 *   unstable_cache data in .next/cache/fetch-cache).
 * `next build` always writes its prerendered pages to disk.
 *
 * A plain JavaScript module: Next imports it at run time, outside the bundle.
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { isAnswerAboutNothing } from "./cache-nothing.mjs";
import RedisCache from "./redis-cache.mjs";

export { isAnswerAboutNothing };

// A CommonJS module of Next's: Node's import hands over its exports (the class is their `default`),
// the loader Next imports this file with hands over the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export class ExistingOnlyCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isAnswerAboutNothing(data)) return;
    return super.set(key, data, ctx);
  }
}

/** The store for this process: Redis when REDIS_URL is set and the server runs (not `next build`). */
export function chooseCache(env = process.env) {
  return env.REDIS_URL?.trim() && env.NEXT_PHASE !== "phase-production-build" ? RedisCache : ExistingOnlyCache;
}

export default chooseCache();

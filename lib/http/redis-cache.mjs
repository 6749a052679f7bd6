/**
 * Next's page and data cache in Redis, shared by every instance (REDIS_URL; see README "Several
 * instances"). Chosen by lib/http/cache-handler.mjs at run time; `next build` keeps writing its
 * prerendered pages to disk.
 *
 * - Entries live under `<prefix>:<build id>:e:<Next's key>` with a TTL (REDIS_CACHE_TTL_SECONDS,
 *   default one day), so memory stays bounded and instances of another build never serve this
 *   build's pages (their chunks differ).
 * - `revalidateTag` writes the tag's expiry time to `<prefix>:tag:<tag>` (shared by every build);
 *   `get` compares the entry's tags with them, so a tag revalidated on one instance drops the
 *   entry on every instance at once. Tag times outlive any entry they could concern.
 * - Like the file-system handler, nothing is kept about what does not exist (a 404, a lookup that
 *   found nothing).
 * - Redis unreachable or slow (REDIS_CACHE_TIMEOUT_MS, default 500 ms): the entry counts as
 *   missing and the page is rendered from the database; nothing stale is served.
 *
 * A plain JavaScript module: Next imports it at run time, outside the bundle.
 */
import fs from "node:fs";
import path from "node:path";
import { createClient } from "redis";
import { isAnswerAboutNothing } from "./cache-nothing.mjs";

const clientKey = Symbol.for("wspolnie.redisCache");
const tagsHeader = "x-next-cache-tags";

function numberSetting(name, fallback) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function cacheSettings(env = process.env) {
  return {
    url: env.REDIS_URL?.trim() ?? "",
    prefix: env.REDIS_KEY_PREFIX?.trim() || "wspolnie",
    ttlSeconds: Math.round(numberSetting("REDIS_CACHE_TTL_SECONDS", 86_400)),
    timeoutMs: numberSetting("REDIS_CACHE_TIMEOUT_MS", 500),
  };
}

/** One client per process (Next makes a handler per request); connected on first use, reconnecting by itself. */
function client(settings) {
  const holder = globalThis;
  if (!holder[clientKey]) {
    const redis = createClient({
      url: settings.url,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
      // Commands fail at once while disconnected instead of queueing: the page is rendered instead.
      disableOfflineQueue: true,
    });
    let lastLogged = 0;
    redis.on("error", (error) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      console.error(`[wspolnie] Redis cache: ${error?.message ?? error}`);
    });
    holder[clientKey] = { redis, ready: redis.connect().catch(() => {}) };
  }
  return holder[clientKey];
}

/** Within the timeout, or null (counted as a miss). */
async function attempt(settings, work) {
  const { redis, ready } = client(settings);
  let timer;
  try {
    return await Promise.race([
      ready.then(() => (redis.isReady ? work(redis) : null)),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), settings.timeoutMs);
      }),
    ]);
  } catch (error) {
    console.error(`[wspolnie] Redis cache: ${error?.message ?? error}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** JSON that keeps Buffers (RSC payloads, route bodies, images) and Maps (segment data). */
export function serialize(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return value;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object") {
      if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

/** The tags an entry answers to: a page's from its tags header, a data entry's from Next's context and itself. */
export function tagsOf(entry, ctx) {
  const tags = new Set();
  const header = entry?.value?.headers?.[tagsHeader];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  for (const tag of entry?.value?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.softTags ?? []) tags.add(tag);
  return [...tags];
}

/** True when one of the tags expired after the entry was written (as Next's own areTagsExpired). */
export function expiredByTags(lastModified, expiries, now = Date.now()) {
  return expiries.some((value) => {
    const expiredAt = Number(value);
    return value != null && Number.isFinite(expiredAt) && expiredAt <= now && expiredAt > lastModified;
  });
}

function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

export default class RedisCache {
  constructor(ctx) {
    this.settings = cacheSettings();
    this.entryPrefix = `${this.settings.prefix}:${buildIdOf(ctx?.serverDistDir ?? ".next/server")}:e:`;
    this.tagPrefix = `${this.settings.prefix}:tag:`;
  }

  resetRequestCache() {}

  async get(key, ctx) {
    const found = await attempt(this.settings, async (redis) => {
      const text = await redis.get(this.entryPrefix + key);
      if (!text) return null;
      const entry = deserialize(text);
      const tags = tagsOf(entry, ctx);
      if (tags.length > 0) {
        const expiries = await redis.mGet(tags.map((tag) => this.tagPrefix + tag));
        if (expiredByTags(entry.lastModified, expiries)) return null;
      }
      return entry;
    });
    return found ?? null;
  }

  async set(key, data, ctx) {
    if (!data || isAnswerAboutNothing(data)) return;
    const entry = {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    };
    if (data.kind === "FETCH" && ctx?.tags) entry.value = { ...data, tags: ctx.tags };
    await attempt(this.settings, (redis) => redis.set(this.entryPrefix + key, serialize(entry), { EX: this.settings.ttlSeconds }));
  }

  /**
   * `revalidateTag(tag, { expire: 0 })` (what the modules call) and `revalidatePath` expire at once;
   * a later `expire` is kept; a profile without `expire` (stale-while-revalidate on one instance)
   * expires at once too: every instance renders afresh rather than serve what changed.
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const expiredAt = Date.now() + (durations?.expire ?? 0) * 1000;
    const keep = this.settings.ttlSeconds + Math.max(durations?.expire ?? 0, 0) + 3600;
    await attempt(this.settings, (redis) => {
      const multi = redis.multi();
      for (const tag of list) multi.set(this.tagPrefix + tag, String(expiredAt), { EX: keep });
      return multi.exec();
    });
  }
}

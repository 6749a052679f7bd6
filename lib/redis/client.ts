import "server-only";
import { createClient } from "redis";

/*
 * The server's own Redis connection (REDIS_URL), for the health check and whatever else is shared
 * through Redis besides Next's cache (whose handler, lib/http/redis-cache.mjs, runs outside the
 * bundle and keeps a connection of its own). One per process, on globalThis, opened on first use.
 */
function connect(url: string) {
  return createClient({
    url,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
    disableOfflineQueue: true,
  });
}
type Client = ReturnType<typeof connect>;
const key = Symbol.for("wspolnie.redis");
const holder = globalThis as { [key]?: { client: Client; ready: Promise<unknown> } };

export function redisUrl() {
  return process.env.REDIS_URL?.trim() || null;
}

/** The connection, or null without REDIS_URL. */
export function redis(): { client: Client; ready: Promise<unknown> } | null {
  const url = redisUrl();
  if (!url) return null;
  if (!holder[key]) {
    const client = connect(url);
    client.on("error", () => {}); // reported by the health check; the client reconnects by itself
    holder[key] = { client, ready: client.connect().catch(() => {}) };
  }
  return holder[key]!;
}

/** Closes the connection (graceful stop). */
export async function closeRedis() {
  const opened = holder[key];
  delete holder[key];
  if (opened?.client.isOpen) await opened.client.close().catch(() => {});
}

import "server-only";
import { databaseConfig } from "./config";
import { openPglite, openPostgres, type OpenDatabase } from "./open";

export type { Db, Tx } from "./open";

/*
 * One database per process. Next may evaluate this module in several bundles (instrumentation,
 * routes), so the instance lives on globalThis; it is opened lazily so that `next build` never
 * opens the embedded data directory.
 */
const key = Symbol.for("wspolnie.database");
type Holder = { [key]?: Promise<OpenDatabase> };
const holder = globalThis as Holder;

export function database(): Promise<OpenDatabase> {
  if (!holder[key]) {
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error("The database is not available during `next build`; render this page at request time.");
    }
    const config = databaseConfig();
    holder[key] = (config.engine === "pglite" ? openPglite(config.dataDir) : Promise.resolve(openPostgres(config.url))).then(
      (opened) => {
        closeOnExit(opened);
        return opened;
      },
      (error) => {
        delete holder[key];
        throw error;
      },
    );
  }
  return holder[key]!;
}

/** The Drizzle handle; use `tx` instead inside a transaction. */
export async function getDb() {
  return (await database()).db;
}

/**
 * A graceful stop (SIGTERM, SIGINT). `next start` itself stops accepting connections, finishes the
 * requests in progress and then exits. The embedded database is closed at once and the process ends
 * here (its files must be flushed before Next's exit), as before. With a server, the jobs stop (runs
 * in progress keep their leases at most 10 s more: lib/jobs/shutdown.ts) and the Redis connection
 * closes; the pool stays open for the requests Next is finishing.
 */
function closeOnExit(opened: OpenDatabase) {
  let closing = false;
  // Loaded now: at the signal, Next's own handler exits as soon as no request is left, so the
  // leases must be cut before that, without waiting for a module to load.
  const jobs = opened.engine === "pglite" ? null : import("@/lib/jobs/shutdown");
  const redisClient = import("@/lib/redis/client");
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    if (opened.engine === "pglite") {
      opened.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
      return;
    }
    const stopping = (async () => {
      try {
        const { stopJobs } = await jobs!;
        const cut = await stopJobs(opened.db);
        if (cut.length) console.log(`[wspolnie] stopping: the leases of ${cut.join(", ")} end within 10 s`);
      } catch (error) {
        console.error("[wspolnie] stopping: could not stop the jobs", error);
      }
      const { closeRedis } = await redisClient;
      await closeRedis();
    })();
    // Next's handler exits as soon as its last request is done, which may come before the leases
    // are cut: its exit waits for ours (at most the jobs' 10 s grace).
    const exit = process.exit.bind(process);
    process.exit = ((code?: number) => void stopping.finally(() => exit(code))) as typeof process.exit;
  };
  // before Next's handler (registered earlier), which exits when its requests are done
  process.prependOnceListener("SIGTERM", shutdown);
  process.prependOnceListener("SIGINT", shutdown);
}

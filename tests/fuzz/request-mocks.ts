/**
 * What a request gives server code in Next (headers, cookies, the locale, the cache), for calling
 * server actions and route handlers directly in the fuzz tests. The database and the principal
 * are the test's own (`requestState`). A test file mocks the modules at its top (vi.mock is
 * hoisted only there):
 *
 *   vi.mock("next/headers", async () => (await import("./request-mocks")).nextHeaders);
 */
import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";

export const requestState: { db: Db | null; principal: Principal | null; headers: Headers } = {
  db: null,
  principal: null,
  headers: new Headers({ host: "localhost:3000" }),
};

export const nextHeaders = {
  headers: async () => requestState.headers,
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    };
  },
};

export const nextCache = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache: <T>(fn: T) => fn,
  unstable_noStore: () => {},
};

/** lib/db/client.ts: the test's database, never the app's data directory. */
export const dbClient = {
  getDb: async () => requestState.db,
  database: async () => ({ db: requestState.db, engine: "pglite", ping: async () => {} }),
};

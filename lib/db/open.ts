import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import { migrationsFolder } from "./config";
import * as schema from "./schema";

/** Both engines are used through the same Drizzle API; PGlite's instance is typed as the server one. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Engine = "pglite" | "postgresql";

export interface OpenDatabase {
  db: Db;
  engine: Engine;
  /** Applies the migrations not applied yet; `folder` only for tests of a migration (defaults to drizzle/). */
  migrate(folder?: string): Promise<void>;
  ping(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (the tests' template, see tests/db.ts) */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

const pgliteExtensions = { unaccent, pg_trgm, btree_gist };

/**
 * dataDir undefined: in memory (tests). `loadDataDir`, a dump of another instance (`dumpDataDir`),
 * starts an in-memory database from it: the tests' migrated template, without initdb and migrations.
 */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<OpenDatabase> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    const client = await PGlite.create(dataDir ? { dataDir, extensions: pgliteExtensions } : { extensions: pgliteExtensions, loadDataDir });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      engine: "pglite",
      migrate: (folder = migrationsFolder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
      ping: async () => void (await client.query("select 1")),
      dump: () => client.dumpDataDir("none"),
      close: async () => {
        try {
          if (!client.closed) await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string, poolSize = Number(process.env.DB_POOL_MAX ?? 10)): OpenDatabase {
  const sql = postgres(url, { max: poolSize, onnotice: () => {} });
  const db = drizzlePostgres(sql, { schema });
  return {
    db,
    engine: "postgresql",
    migrate: (folder = migrationsFolder) => migratePostgres(db, { migrationsFolder: folder }),
    ping: async () => void (await sql`select 1`),
    close: () => sql.end({ timeout: 5 }),
  };
}

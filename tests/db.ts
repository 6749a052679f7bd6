/**
 * A fresh, migrated database for one test file:
 *
 *   let t: TestDatabase;
 *   beforeAll(async () => { t = await createTestDatabase(); });
 *   afterAll(() => t?.close());
 *
 * `migrationsFolder` stops it at an older state (tests of a migration: then `migrate()` applies the rest).
 * By default PGlite in memory. With TEST_DATABASE_URL (an admin URL of a PostgreSQL server, e.g.
 * postgres://postgres@127.0.0.1:54329/postgres) a uniquely named database is created on that
 * server for the file, and dropped again by close(). Both start from the migrated template that
 * tests/global-setup.ts prepares once per run (a fully migrated database only).
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { inject } from "vitest";
import { openPglite, openPostgres, type Db, type Engine } from "@/lib/db/open";

export interface TestDatabase {
  db: Db;
  engine: Engine;
  /** Applies what is not applied yet from `folder` (default: drizzle/). */
  migrate(folder?: string): Promise<void>;
  close(): Promise<void>;
}

export async function createTestDatabase(options: { migrationsFolder?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  const template = options.migrationsFolder ? undefined : inject("testDatabaseTemplate");
  if (!serverUrl) {
    const open = await openPglite(undefined, template ? new Blob([await readFile(template)]) : undefined);
    try {
      await open.migrate(options.migrationsFolder);
    } catch (error) {
      await open.close();
      throw error;
    }
    return { db: open.db, engine: open.engine, migrate: (folder) => open.migrate(folder), close: () => open.close() };
  }

  const name = `wspolnie_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const dropDatabase = async () => {
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end({ timeout: 5 });
    }
  };
  try {
    await admin.unsafe(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw error;
  }

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = openPostgres(url.toString(), 4);
  try {
    await open.migrate(options.migrationsFolder);
  } catch (error) {
    await open.close().catch(() => {});
    await dropDatabase();
    throw error;
  }
  return {
    db: open.db,
    engine: open.engine,
    migrate: (folder) => open.migrate(folder),
    close: async () => {
      try {
        await open.close();
      } finally {
        await dropDatabase();
      }
    },
  };
}

import "server-only";
import { sql } from "drizzle-orm";
import { database } from "./client";
import { isDemoMode } from "./config";
import type { Db } from "./open";
import { seedReferenceData } from "./reference";

/**
 * On server start: apply migrations, load reference data, and in demo mode seed an empty database
 * with `seedDemo` (lib/demo, passed in by instrumentation.ts: the demo is told through the domain
 * modules, which lib/db does not know).
 */
export async function bootstrapDatabase(options: { seedDemo?: (db: Db) => Promise<unknown> } = {}) {
  const opened = await database();
  await opened.migrate();
  await seedReferenceData(opened.db);
  if (isDemoMode() && options.seedDemo) await options.seedDemo(opened.db);
  // PGlite has no autovacuum: refresh planner statistics on boot (milliseconds at this size).
  if (opened.engine === "pglite") await opened.db.execute(sql`analyze`);
  console.log(`[wspolnie] database ready (${opened.engine}${isDemoMode() ? ", demo mode" : ""})`);
}

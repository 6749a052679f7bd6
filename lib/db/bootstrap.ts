import "server-only";
import { sql } from "drizzle-orm";
import { database } from "./client";
import { isDemoMode } from "./config";
import { seedDemo, seedDemoModules, seedReferenceData } from "./seed";

/** On server start: apply migrations, load reference data, and in demo mode seed an empty database. */
export async function bootstrapDatabase() {
  const opened = await database();
  await opened.migrate();
  await seedReferenceData(opened.db);
  if (isDemoMode()) {
    await seedDemo(opened.db);
    await seedDemoModules(opened.db);
  }
  // PGlite has no autovacuum: refresh planner statistics on boot (milliseconds at this size).
  if (opened.engine === "pglite") await opened.db.execute(sql`analyze`);
  console.log(`[wspolnie] database ready (${opened.engine}${isDemoMode() ? ", demo mode" : ""})`);
}

import "server-only";
import { database } from "./client";
import { isDemoMode } from "./config";
import { seedDemo, seedReferenceData } from "./seed";

/** On server start: apply migrations, load reference data, and in demo mode seed an empty database. */
export async function bootstrapDatabase() {
  const opened = await database();
  await opened.migrate();
  await seedReferenceData(opened.db);
  if (isDemoMode()) await seedDemo(opened.db);
  console.log(`[wspolnie] database ready (${opened.engine}${isDemoMode() ? ", demo mode" : ""})`);
}

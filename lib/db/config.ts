import path from "node:path";

/** Which engine and where: read from the environment once, shared by the app and the scripts. */
/** Where the embedded database and the generated demo AUTH_SECRET live. */
export function dataDirectory() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR?.trim() || "./data");
}

export function databaseConfig() {
  const url = process.env.DATABASE_URL?.trim();
  const dataDir = dataDirectory();
  return url ? ({ engine: "postgresql", url } as const) : ({ engine: "pglite", dataDir } as const);
}

/** Demo mode: the embedded database, or DEMO=1 with a server. Demo accounts are seeded only then. */
export function isDemoMode() {
  if (process.env.DEMO === "0") return false;
  return process.env.DEMO === "1" || databaseConfig().engine === "pglite";
}

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

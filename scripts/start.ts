/**
 * `npm start`: builds when there is no production build, then serves it on PORT (default 3000).
 * The server itself migrates the database and seeds demo data on boot (instrumentation.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseConfig, isDemoMode } from "../lib/db/config";
import { lockHolder } from "../lib/db/lock";
import { appUrlProblem } from "../lib/mail/links";

const port = process.env.PORT ?? "3000";

// Links in mail are built from APP_URL only. Production must say where it is served; the demo
// defaults to the local address.
const appUrlError = appUrlProblem();
if (appUrlError) {
  console.error(`\nCannot start: ${appUrlError}\n`);
  process.exit(1);
}
if (!process.env.APP_URL?.trim() && isDemoMode()) process.env.APP_URL = `http://localhost:${port}`;
const nextBin = path.resolve("node_modules/.bin/next");
const config = databaseConfig();

if (config.engine === "pglite") {
  const holder = lockHolder(config.dataDir);
  if (holder) {
    console.error(
      `\nCannot start: the embedded database in ${config.dataDir} is already in use by process ${holder}` +
        ` (another "npm start"?).\nStop it first, or start this one with another DATA_DIR, or use DATABASE_URL.\n`,
    );
    process.exit(1);
  }
}

if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) {
  console.log("[wspolnie] no production build yet: running next build");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Next keeps cached data (unstable_cache) on disk across restarts; it belongs to the database of
// the previous run, which may be another database (a fresh demo, DATABASE_URL changed): start empty.
fs.rmSync(path.resolve(".next/cache/fetch-cache"), { recursive: true, force: true });
const server = spawn(nextBin, ["start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

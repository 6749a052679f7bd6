/**
 * `npm run backup [-- --out DIR]`: a backup of the database (PGlite in DATA_DIR, or the server of
 * DATABASE_URL) and the contract scans into DIR (default `backups/wspolnie-<time>`). See lib/backup.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/backup/backup";
import { scanDirectory } from "../lib/contracts/scan-directory";
import { databaseConfig } from "../lib/db/config";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const now = new Date();
  const out = path.resolve(values.out ?? path.join("backups", `wspolnie-${now.toISOString().replace(/[:.]/g, "-")}`));
  const manifest = await createBackup(databaseConfig(), { scanDir: scanDirectory() }, out, now);
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backup of ${manifest.engine} written to ${out}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} files.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

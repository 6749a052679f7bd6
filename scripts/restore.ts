/**
 * `npm run restore -- DIR`: restores a backup made by `npm run backup` into an empty database
 * (an empty DATA_DIR, or an empty database at DATABASE_URL) and an empty scan directory, and checks
 * every table and file against the backup's manifest. See lib/backup.
 */
import path from "node:path";
import { restoreBackup } from "../lib/backup/backup";
import { scanDirectory } from "../lib/contracts/scan-directory";
import { databaseConfig } from "../lib/db/config";

async function main() {
  const from = process.argv[2];
  if (!from) throw new Error("usage: npm run restore -- BACKUP_DIRECTORY");
  const summary = await restoreBackup(databaseConfig(), { scanDir: scanDirectory() }, path.resolve(from));
  console.log(
    `Restored ${summary.tables} tables (${summary.rows} rows, each table's checksum as in the backup) and ${summary.files} files.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

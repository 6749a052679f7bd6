/**
 * `npm run backup` / `npm run restore` (scripts/backup.ts, scripts/restore.ts): a backup is a
 * directory with the database, the files kept on disk (signed contract scans; logos live in the
 * database) and a manifest with the row count and checksum of every table, so a restore proves it
 * brought back exactly what was saved.
 *
 * - PGlite: the data directory as PGlite dumps it (`dumpDataDir`, a gzipped tar), restored with
 *   `loadDataDir` into an empty DATA_DIR. The embedded database is opened by one process only, so
 *   the server is stopped for a backup (the data directory's lock says so).
 * - PostgreSQL: `pg_dump --format=custom` taken in the snapshot the checksums were read in (so a
 *   running server may keep writing), restored with `pg_restore --single-transaction` into an empty
 *   database.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { acquireDataDirLock, lockFilePath } from "@/lib/db/lock";
import type { Db } from "@/lib/db/open";
import { checksumDifferences, listTables, tableChecksums, type TableChecksum } from "./checksums";

export type BackupSource = { engine: "pglite"; dataDir: string } | { engine: "postgresql"; url: string };

export interface BackedUpFile {
  /** relative to the scan directory */
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: 1;
  engine: BackupSource["engine"];
  createdAt: string;
  /** the database file inside the backup directory */
  database: string;
  tables: Record<string, TableChecksum>;
  /** files of the contract-scan directory, copied to `files/contract-scans/` */
  files: BackedUpFile[];
}

export interface BackupPaths {
  /** where the signed contract scans are kept (lib/contracts/scan.ts: scanDirectory()) */
  scanDir: string;
}

const MANIFEST = "manifest.json";
const FILES = path.join("files", "contract-scans");
const pgliteExtensions = { unaccent, pg_trgm, btree_gist };

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new BackupError(`${command} could not be started (${error.message}); install the PostgreSQL client`)),
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

const pgDump = () => process.env.PG_DUMP?.trim() || "pg_dump";
const pgRestore = () => process.env.PG_RESTORE?.trim() || "pg_restore";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    else if (entry.isFile()) out.push(relative);
  }
  return out.sort();
}

async function copyFiles(from: string, to: string, names: readonly string[]): Promise<BackedUpFile[]> {
  const copied: BackedUpFile[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(from, name));
    await mkdir(path.dirname(path.join(to, name)), { recursive: true });
    await copyFile(path.join(from, name), path.join(to, name));
    copied.push({ path: name, bytes: bytes.length, sha256: sha256(bytes) });
  }
  return copied;
}

async function emptyDirectory(dir: string, what: string) {
  if ((await filesUnder(dir)).length) throw new BackupError(`${what} ${dir} is not empty`);
  await mkdir(dir, { recursive: true });
}

async function openPgliteClient(dataDir: string, loadDataDir?: Blob) {
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir, extensions: pgliteExtensions, ...(loadDataDir && { loadDataDir }) });
    // The dump is the whole data directory, lock file included: it names the backup's process, not this one.
    if (loadDataDir) writeFileSync(lockFilePath(dataDir), String(process.pid));
    return { client, db: drizzle(client) as unknown as Db, close: () => client.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

/** Writes a backup of the database and the scan files into `out` (created; must be empty). */
export async function createBackup(source: BackupSource, paths: BackupPaths, out: string, now = new Date()): Promise<BackupManifest> {
  if (source.engine === "pglite" && !existsSync(path.join(source.dataDir, "PG_VERSION"))) {
    throw new BackupError(`No embedded database in ${source.dataDir}`);
  }
  await emptyDirectory(out, "The backup directory");
  let tables: Record<string, TableChecksum>;
  let database: string;
  if (source.engine === "pglite") {
    const opened = await openPgliteClient(source.dataDir);
    try {
      tables = await tableChecksums(opened.db);
      database = "database.tar.gz";
      const dump = await opened.client.dumpDataDir("gzip");
      await writeFile(path.join(out, database), new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await opened.close();
    }
  } else {
    database = "database.dump";
    const client = postgres(source.url, { max: 1, onnotice: () => {} });
    try {
      // The checksums and pg_dump see the same snapshot, so writes going on meanwhile do not matter.
      tables = await drizzlePostgres(client).transaction(
        async (tx) => {
          const [{ snapshot }] = await tx.execute<{ snapshot: string }>(sql`select pg_export_snapshot() as snapshot`);
          const sums = await tableChecksums(tx as unknown as Db);
          await run(pgDump(), [
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            `--snapshot=${snapshot}`,
            `--file=${path.join(out, database)}`,
            `--dbname=${source.url}`,
          ]);
          return sums;
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
    } finally {
      await client.end({ timeout: 5 });
    }
  }
  const files = await copyFiles(paths.scanDir, path.join(out, FILES), await filesUnder(paths.scanDir));
  const manifest: BackupManifest = { format: 1, engine: source.engine, createdAt: now.toISOString(), database, tables, files };
  await writeFile(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function readManifest(from: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(from, MANIFEST), "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new BackupError(`Unknown backup format in ${from}`);
  return manifest;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  files: number;
}

/**
 * Restores a backup into an empty database (an empty DATA_DIR, or a server database without
 * tables) and an empty scan directory, then checks every table's row count and checksum and every
 * file's hash against the manifest; a difference is an error.
 */
export async function restoreBackup(target: BackupSource, paths: BackupPaths, from: string): Promise<RestoreSummary> {
  const manifest = await readManifest(from);
  if (manifest.engine !== target.engine) {
    throw new BackupError(`The backup is of ${manifest.engine}; the target is ${target.engine} (set or unset DATABASE_URL accordingly)`);
  }
  if (manifest.files.length) await emptyDirectory(paths.scanDir, "The scan directory");
  let restored: Record<string, TableChecksum>;
  if (target.engine === "pglite") {
    if (existsSync(path.join(target.dataDir, "PG_VERSION")))
      throw new BackupError(`${target.dataDir} already holds a database; restore into an empty DATA_DIR`);
    await mkdir(target.dataDir, { recursive: true });
    const dump = new Blob([new Uint8Array(await readFile(path.join(from, manifest.database)))]);
    const opened = await openPgliteClient(target.dataDir, dump);
    try {
      restored = await tableChecksums(opened.db);
    } finally {
      await opened.close();
    }
  } else {
    const client = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      const db = drizzlePostgres(client) as unknown as Db;
      const existing = await listTables(db);
      if (existing.length)
        throw new BackupError(`The target database already has ${existing.length} tables; restore into an empty database`);
      await run(pgRestore(), [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${target.url}`,
        path.join(from, manifest.database),
      ]);
      restored = await tableChecksums(db);
    } finally {
      await client.end({ timeout: 5 });
    }
  }
  const differences = checksumDifferences(manifest.tables, restored);
  if (differences.length) throw new BackupError(`The restored database differs from the backup:\n${differences.join("\n")}`);
  const files = await copyFiles(
    path.join(from, FILES),
    paths.scanDir,
    manifest.files.map((f) => f.path),
  );
  const wrong = files.filter((file, i) => file.sha256 !== manifest.files[i].sha256);
  if (wrong.length) throw new BackupError(`Restored files differ from the backup: ${wrong.map((f) => f.path).join(", ")}`);
  return {
    tables: Object.keys(restored).length,
    rows: Object.values(restored).reduce((sum, t) => sum + t.rows, 0),
    files: files.length,
  };
}

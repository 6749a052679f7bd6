import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres, type OpenDatabase } from "@/lib/db/open";
import { seedReferenceData } from "@/lib/db/reference";
import { seedDemo } from "@/lib/demo";
import { createBackup, restoreBackup, type BackupSource } from "./backup";
import { tableChecksums } from "./checksums";

/*
 * The round trip of `npm run backup` / `npm run restore` on the demo: PGlite by default, the
 * PostgreSQL server of TEST_DATABASE_URL when set (tests/with-postgres.sh, as CI runs the suite).
 */
const serverUrl = process.env.TEST_DATABASE_URL?.trim();
let work: string;
let admin: postgres.Sql | null = null;
const databases: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "wspolnie-backup-"));
  if (serverUrl) admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  if (admin) {
    for (const name of databases) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
  await rm(work, { recursive: true, force: true });
});

/** A new, empty database: a directory for PGlite, or a database on the test server. */
async function emptyDatabase(label: string): Promise<BackupSource> {
  if (!admin || !serverUrl) return { engine: "pglite", dataDir: path.join(work, label) };
  const name = `wspolnie_backup_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  databases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { engine: "postgresql", url: url.toString() };
}

function open(source: BackupSource): Promise<OpenDatabase> {
  return source.engine === "pglite" ? openPglite(source.dataDir) : Promise.resolve(openPostgres(source.url, 2));
}

async function checksumsOf(source: BackupSource) {
  const opened = await open(source);
  try {
    return await tableChecksums(opened.db);
  } finally {
    await opened.close();
  }
}

describe(`backup and restore (${serverUrl ? "PostgreSQL" : "PGlite"})`, () => {
  it(
    "restores the demo and its scan files into an empty database: every table's rows and checksum as backed up",
    { timeout: 600_000 },
    async () => {
      const source = await emptyDatabase("source");
      const opened = await open(source);
      try {
        await opened.migrate();
        await seedReferenceData(opened.db);
        expect(await seedDemo(opened.db, { now: new Date() })).toBe(true);
      } finally {
        await opened.close();
      }
      const scanDir = path.join(work, "scans");
      await mkdir(path.join(scanDir, "2026"), { recursive: true });
      await writeFile(path.join(scanDir, "umowa-podpisana.pdf"), "%PDF-1.7 skan umowy");
      await writeFile(path.join(scanDir, "2026", "aneks.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
      const before = await checksumsOf(source);

      const out = path.join(work, "backup");
      const manifest = await createBackup(source, { scanDir }, out);
      expect(manifest.tables).toEqual(before);
      expect(manifest.files.map((f) => f.path)).toEqual([path.join("2026", "aneks.png"), "umowa-podpisana.pdf"]);
      expect(before["public.organizations"].rows).toBeGreaterThan(50);
      expect(before["public.audit_log"].rows).toBeGreaterThan(0);
      expect(before["drizzle.__drizzle_migrations"].rows).toBeGreaterThan(20);

      const target = await emptyDatabase("target");
      const restoredScans = path.join(work, "restored-scans");
      const summary = await restoreBackup(target, { scanDir: restoredScans }, out);
      expect(summary).toEqual({
        tables: Object.keys(before).length,
        rows: Object.values(before).reduce((sum, t) => sum + t.rows, 0),
        files: 2,
      });
      expect(await checksumsOf(target)).toEqual(before);
      expect(await readFile(path.join(restoredScans, "umowa-podpisana.pdf"), "utf8")).toBe("%PDF-1.7 skan umowy");

      // A restore never overwrites: the database and the scan directory must be empty.
      await expect(restoreBackup(target, { scanDir: path.join(work, "other-scans") }, out)).rejects.toThrow(
        /already (holds a database|has \d+ tables)/,
      );
      await expect(restoreBackup(await emptyDatabase("third"), { scanDir: restoredScans }, out)).rejects.toThrow(/not empty/);
      const otherEngine: BackupSource =
        source.engine === "pglite"
          ? { engine: "postgresql", url: "postgres://nowhere/x" }
          : { engine: "pglite", dataDir: path.join(work, "x") };
      await expect(restoreBackup(otherEngine, { scanDir: path.join(work, "y") }, out)).rejects.toThrow(/The backup is of/);
    },
  );
});

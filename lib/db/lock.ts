import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own and two processes opening one data directory corrupt it,
 * so the directory carries a pid file. A stale file (its process is gone) is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already open by process ${pid} (probably another "npm start"). ` +
        `Stop that process first, or set DATA_DIR to another directory, or DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirInUseError";
  }
}

export function lockFilePath(dataDir: string) {
  return path.join(dataDir, "wspolnie.pid");
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid holding the directory, or null when it is free (a stale file counts as free). */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockFilePath(dataDir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  const holder = lockHolder(dataDir);
  if (holder) throw new DataDirInUseError(dataDir, holder);
  fs.writeFileSync(lockFilePath(dataDir), String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFilePath(dataDir), "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFilePath(dataDir));
    } catch {
      /* already gone */
    }
  };
}

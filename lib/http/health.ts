import "server-only";
import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { scanDirectory } from "@/lib/contracts/scan-directory";
import { database } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";

export type Check = "ok" | "unavailable";
export interface Health {
  status: "ok" | "unavailable";
  database?: string;
  checks: { database: Check; redis?: Check; storage: Check };
}

function within<T>(ms: number, work: Promise<T>) {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function check(work: () => Promise<unknown>): Promise<Check> {
  try {
    await within(3000, work());
    return "ok";
  } catch {
    return "unavailable";
  }
}

/**
 * What a load balancer needs to know: the database answers, Redis answers (when REDIS_URL is set:
 * the shared cache), and the storage of uploaded files can be written (signed contract scans in
 * CONTRACT_SCAN_DIR). Any of them unavailable makes the instance unavailable.
 */
export async function health(): Promise<Health> {
  let engine: string | undefined;
  const shared = redis();
  const [db, cache, storage] = await Promise.all([
    check(async () => {
      const opened = await database();
      engine = opened.engine;
      await opened.ping();
    }),
    shared
      ? check(async () => {
          await shared.ready;
          await shared.client.ping();
        })
      : Promise.resolve(undefined),
    check(async () => {
      const dir = scanDirectory();
      await mkdir(dir, { recursive: true });
      await access(dir, constants.W_OK);
    }),
  ]);
  const checks = { database: db, ...(cache && { redis: cache }), storage };
  const ok = Object.values(checks).every((c) => c === "ok");
  return { status: ok ? "ok" : "unavailable", ...(engine && { database: engine }), checks };
}

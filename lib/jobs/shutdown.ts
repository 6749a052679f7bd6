import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { scheduledJobs } from "@/lib/db/schema";
import { runningJobs } from "./runner";
import { stopScheduler } from "./scheduler";

/**
 * The jobs' part of a graceful stop (SIGTERM): no new runs start here, and the lease of every run in
 * progress is cut to `graceMs` at once. A run that finishes in time records its outcome and frees
 * its lease as always; if the process ends first (`next start` exits as soon as its requests are
 * done), the lease runs out `graceMs` later instead of after 10 minutes, and another instance takes
 * the job at its next slot — never while this one could still be running it. Waits at most
 * `graceMs` for the runs; returns the names of the jobs whose leases were cut.
 */
export async function stopJobs(db: Db, graceMs = 10_000): Promise<string[]> {
  stopScheduler();
  const running = runningJobs();
  const owners = [...running.keys()];
  if (owners.length === 0) return [];
  const cut = await db
    .update(scheduledJobs)
    .set({ leaseUntil: new Date(Date.now() + graceMs) })
    .where(inArray(scheduledJobs.leaseOwner, owners))
    .returning({ name: scheduledJobs.name });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([...running.values()].map((r) => r.done)),
    new Promise((resolve) => {
      timer = setTimeout(resolve, graceMs);
    }),
  ]).finally(() => clearTimeout(timer));
  return cut.map((row) => row.name);
}

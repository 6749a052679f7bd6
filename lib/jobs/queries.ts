import "server-only";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { scheduledJobs } from "@/lib/db/schema";
import { effectiveSchedules } from "./scheduler";
import { nextRunOf } from "./schedule";
import { summaryKeys, type JobSummary } from "./types";

/** The administrator's list of jobs: each with its schedule, next run and what its last run did. */
export async function listJobs(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "jobs.view");
  const rows = new Map((await db.select().from(scheduledJobs)).map((r) => [r.name, r]));
  return effectiveSchedules().map(({ name, schedule }) => {
    const row = rows.get(name);
    const summary = (row?.lastSummary ?? null) as JobSummary | null;
    return {
      name,
      schedule,
      nextRun: nextRunOf(schedule, now),
      running: !!row?.leaseUntil && row.leaseUntil > now,
      lastStartedAt: row?.lastStartedAt ?? null,
      lastFinishedAt: row?.lastFinishedAt ?? null,
      lastTrigger: row?.lastTrigger ?? null,
      lastOutcome: row?.lastOutcome ?? null,
      /** the counts of the last run, in a fixed order; zeros left out */
      lastSummary: summary ? summaryKeys.filter((k) => (summary[k] ?? 0) > 0).map((k) => ({ key: k, value: summary[k]! })) : [],
      skipped: summary?.skipped ?? null,
      lastError: row?.lastError?.split("\n")[0] ?? null,
      runs: row?.runs ?? 0,
      failures: row?.failures ?? 0,
    };
  });
}
export type JobListing = Awaited<ReturnType<typeof listJobs>>[number];

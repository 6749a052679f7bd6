import "server-only";
import { Cron } from "croner";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { scheduledJobs } from "@/lib/db/schema";
import { jobRegistry } from "./registry";
import { runJob } from "./runner";
import { missedSlot, parseScheduleOverrides, scheduleTimezone, slotOf } from "./schedule";

const key = Symbol.for("wspolnie.scheduler");
type Holder = { [key]?: Cron[] };
const holder = globalThis as Holder;

/** The schedule each job runs on in this process: the registry's, or JOBS_SCHEDULE's override. */
export function effectiveSchedules(env: NodeJS.ProcessEnv = process.env) {
  const overrides = parseScheduleOverrides(
    env.JOBS_SCHEDULE,
    jobRegistry.map((e) => e.job.name),
  );
  return jobRegistry.map((e) => ({ name: e.job.name, schedule: overrides.get(e.job.name) ?? e.schedule }));
}

async function runScheduled(name: string, slot: Date) {
  try {
    const result = await runJob(await getDb(), name, { trigger: "schedule", slot });
    if (result.outcome === "failed") console.error(`[wspolnie] job ${name} failed: ${result.error}`);
  } catch (error) {
    // The database may be briefly unreachable: the next slot tries again.
    console.error(`[wspolnie] job ${name} could not run:`, error);
  }
}

/**
 * Starts the jobs in this server process (instrumentation.ts, after the database is ready; never
 * during `next build`). Every instance runs the scheduler; each slot runs once across them all
 * (runJob). A slot missed while no instance was up runs once at start. `JOBS=off` turns it off
 * for this process (e.g. an instance that should only serve pages).
 */
export async function startScheduler() {
  if (holder[key]) return;
  if (process.env.JOBS?.trim() === "off") {
    console.log("[wspolnie] background jobs are off in this process (JOBS=off)");
    holder[key] = [];
    return;
  }
  const schedules = effectiveSchedules();
  holder[key] = schedules.map(
    ({ name, schedule }) =>
      new Cron(schedule, { name: `wspolnie:${name}`, timezone: scheduleTimezone, protect: true }, () =>
        runScheduled(name, slotOf(schedule, new Date())),
      ),
  );
  const db = await getDb();
  for (const { name, schedule } of schedules) {
    const [row] = await db.select({ lastSlot: scheduledJobs.lastSlot }).from(scheduledJobs).where(eq(scheduledJobs.name, name));
    const missed = missedSlot(schedule, row?.lastSlot ?? null, new Date());
    if (missed) void runScheduled(name, missed);
  }
  console.log(`[wspolnie] background jobs scheduled: ${schedules.map((s) => `${s.name} (${s.schedule})`).join(", ")}`);
}

export function stopScheduler() {
  for (const cron of holder[key] ?? []) cron.stop();
  delete holder[key];
}

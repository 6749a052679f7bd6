import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { recordAudit, systemActor, type AuditActor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/open";
import { scheduledJobs } from "@/lib/db/schema";
import { findJob } from "./registry";
import type { JobResult, JobSummary } from "./types";

export type Trigger = "schedule" | "manual" | "http";

export type RunOutcome =
  | ({ outcome: "ok" } & JobResult)
  | { outcome: "failed"; error: string }
  /** another runner holds the job now */
  | { outcome: "busy" }
  /** this scheduled slot has run already (on another instance) */
  | { outcome: "done" };

export interface RunOptions {
  trigger: Trigger;
  /** the run's clock (tests inject one); default: now */
  now?: Date;
  /** a scheduled run: the scheduled time, which runs once whatever the number of instances */
  slot?: Date;
  /** who asked, for a manual run (the audit records them) */
  actor?: AuditActor | null;
  /** how long the claim holds before another runner may take over (a runner that died) */
  leaseMs?: number;
}

const defaultLeaseMs = 10 * 60_000;

/*
 * The runs this process holds now (on globalThis: Next evaluates modules in several bundles), so a
 * graceful stop can wait for them and free the leases of any still running (lib/jobs/shutdown.ts).
 */
const runningKey = Symbol.for("wspolnie.runningJobs");
const runningHolder = globalThis as { [runningKey]?: Map<string, { name: string; done: Promise<unknown> }> };
export function runningJobs() {
  return (runningHolder[runningKey] ??= new Map());
}

/**
 * Runs one job once: claims its row in `scheduled_jobs` with one conditional UPDATE (the lease is
 * free, and for a scheduled run its slot has not run yet), so concurrent runners, in one process or
 * several instances, never run it twice at once nor one slot twice; runs it; records the outcome
 * (last run, summary or error, counts). A run asked for by a person, and any failed run, is audited.
 */
export async function runJob(db: Db, name: string, options: RunOptions): Promise<RunOutcome> {
  const entry = findJob(name);
  if (!entry) throw new Error(`unknown job ${name}`);
  const started = Date.now();
  const origin = options.now ?? new Date();
  const clock = () => new Date(origin.getTime() + (Date.now() - started));
  const owner = randomUUID();
  const now = clock();

  await db.insert(scheduledJobs).values({ name }).onConflictDoNothing();
  const free = or(isNull(scheduledJobs.leaseUntil), lt(scheduledJobs.leaseUntil, now));
  const slotFree = options.slot ? or(isNull(scheduledJobs.lastSlot), lt(scheduledJobs.lastSlot, options.slot)) : undefined;
  const [claimed] = await db
    .update(scheduledJobs)
    .set({
      leaseUntil: new Date(now.getTime() + (options.leaseMs ?? defaultLeaseMs)),
      leaseOwner: owner,
      lastStartedAt: now,
      lastTrigger: options.trigger,
      ...(options.slot && { lastSlot: options.slot }),
    })
    .where(and(eq(scheduledJobs.name, name), free, slotFree))
    .returning({ name: scheduledJobs.name });
  if (!claimed) {
    if (!options.slot) return { outcome: "busy" };
    const [row] = await db.select({ lastSlot: scheduledJobs.lastSlot }).from(scheduledJobs).where(eq(scheduledJobs.name, name));
    return row?.lastSlot && row.lastSlot.getTime() >= options.slot.getTime() ? { outcome: "done" } : { outcome: "busy" };
  }

  let result: JobResult | null = null;
  let error: string | null = null;
  const running = entry.job.run({ db, now, actor: systemActor(name) });
  runningJobs().set(owner, { name, done: running.catch(() => {}) });
  try {
    result = await running;
  } catch (e) {
    error = (e instanceof Error ? (e.stack ?? e.message) : String(e)).slice(0, 2000);
  } finally {
    runningJobs().delete(owner);
  }
  const summary: JobSummary | null = result?.summary ?? null;
  await db.transaction(async (tx) => {
    await tx
      .update(scheduledJobs)
      .set({
        leaseUntil: null,
        leaseOwner: null,
        lastFinishedAt: clock(),
        lastOutcome: error ? "failed" : "ok",
        lastSummary: summary,
        lastError: error,
        runs: sql`${scheduledJobs.runs} + 1`,
        failures: error ? sql`${scheduledJobs.failures} + 1` : scheduledJobs.failures,
      })
      .where(and(eq(scheduledJobs.name, name), eq(scheduledJobs.leaseOwner, owner)));
    if (options.actor || error)
      await recordAudit(tx, {
        actor: options.actor ?? systemActor(name),
        action: "job.run",
        entityType: "job",
        entityId: name,
        after: { trigger: options.trigger, outcome: error ? "failed" : "ok", summary, error: error?.split("\n")[0] ?? null },
      });
  });
  return error ? { outcome: "failed", error } : { outcome: "ok", ...result! };
}

import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per background job (lib/jobs/registry.ts): who runs it now and what its last run did.
 * A runner claims the row with a conditional UPDATE (lease free, slot not yet taken), so with
 * several instances each scheduled run happens once; the lease expires if the runner dies.
 */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: text("name").primaryKey(),
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
  leaseOwner: text("lease_owner"),
  /** the scheduled time of the last scheduled run claimed (a slot runs once) */
  lastSlot: timestamp("last_slot", { withTimezone: true }),
  lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
  lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
  lastTrigger: text("last_trigger", { enum: ["schedule", "manual", "http"] }),
  lastOutcome: text("last_outcome", { enum: ["ok", "failed"] }),
  lastSummary: jsonb("last_summary"),
  lastError: text("last_error"),
  runs: integer("runs").notNull().default(0),
  failures: integer("failures").notNull().default(0),
});

import type { SystemActor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/open";

/** What a run did, in counts the jobs page translates (`jobs.summary.<key>`). */
export const summaryKeys = [
  "sent",
  "retried",
  "failed",
  "started",
  "opened",
  "closed",
  "offersClosed",
  "planned",
  "reminders",
  "mails",
  "digests",
  "deleted",
  "flagged",
] as const;
export type SummaryKey = (typeof summaryKeys)[number];
export type JobSummary = Partial<Record<SummaryKey, number>> & { skipped?: "noSmtp" };

export interface JobContext {
  db: Db;
  /** the run's clock: the scheduler's time, or one a test injects */
  now: Date;
  /** who the audit records as acting: the system, named after the job */
  actor: SystemActor;
}

export interface JobResult {
  summary: JobSummary;
  /**
   * Refreshes the public pages the run changed (cache tags). Only a run inside a request can do it
   * (a manual run); after a scheduled run those pages catch up within their revalidate interval.
   */
  revalidate?: () => void;
  /** details for the HTTP trigger's answer */
  data?: Record<string, unknown>;
}

/** A job: idempotent (running it twice changes nothing the second time) and safe with several runners. */
export interface Job {
  name: string;
  run(ctx: JobContext): Promise<JobResult>;
}

export function defineJob(name: string, run: Job["run"]): Job {
  return { name, run };
}

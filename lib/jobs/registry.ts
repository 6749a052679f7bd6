import "server-only";
import { closeDueCompetitionsJob } from "@/lib/competitions/jobs";
import { recheckCommissionsJob } from "@/lib/scoring/jobs";
import { consultationStatusJob } from "@/lib/consultations/jobs";
import { startDueContractsJob } from "@/lib/contracts/jobs";
import { deliverOutboxJob } from "@/lib/mail/jobs";
import { dailyDigestsJob } from "@/lib/notifications/jobs";
import { privacyRetentionJob } from "@/lib/privacy/jobs";
import { planReportsJob, reportRemindersJob } from "@/lib/reports/jobs";
import { todoRemindersJob } from "@/lib/todo/jobs";
import { bookingRemindersJob } from "@/lib/bookings/jobs";
import { adviceRemindersJob } from "@/lib/advice/jobs";
import { newsMailingJob } from "@/lib/news/jobs";
import { patronageReportsJob } from "@/lib/patronages/jobs";
import { volunteeringRemindersJob } from "@/lib/volunteering/jobs";
import type { Job } from "./types";

export interface ScheduledJob {
  /** cron pattern (minute hour day month weekday; a sixth leading field for seconds), Europe/Warsaw time */
  schedule: string;
  job: Job;
}

/**
 * Every background job and when it runs: the scheduler in the server process (lib/jobs/scheduler.ts)
 * runs each on its schedule, once across all instances. A module adds its job with one line here.
 * `JOBS_SCHEDULE` may override a schedule (tests, or an operator's choice).
 */
export const jobRegistry: readonly ScheduledJob[] = [
  { schedule: "* * * * *", job: deliverOutboxJob },
  { schedule: "* * * * *", job: closeDueCompetitionsJob },
  { schedule: "* * * * *", job: recheckCommissionsJob },
  { schedule: "* * * * *", job: consultationStatusJob },
  { schedule: "*/5 * * * *", job: startDueContractsJob },
  { schedule: "17 * * * *", job: planReportsJob },
  { schedule: "0 7 * * *", job: dailyDigestsJob },
  { schedule: "0 8 * * *", job: reportRemindersJob },
  { schedule: "30 7 * * *", job: todoRemindersJob },
  { schedule: "30 3 * * *", job: privacyRetentionJob },
  { schedule: "0 9 * * *", job: bookingRemindersJob },
  { schedule: "5 * * * *", job: adviceRemindersJob },
  { schedule: "*/5 * * * *", job: newsMailingJob },
  { schedule: "15 8 * * *", job: patronageReportsJob },
  { schedule: "15 8 * * *", job: volunteeringRemindersJob },
];

export function findJob(name: string): ScheduledJob | null {
  return jobRegistry.find((entry) => entry.job.name === name) ?? null;
}

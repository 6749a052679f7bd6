import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { ensureAllRunning, sendReportReminders } from "./commands";

/**
 * `reports.plan` (hourly): every running contract has the report rows it owes. Signing and
 * amendments create them already; this catches contracts that reached those states otherwise.
 */
export const planReportsJob = defineJob("reports.plan", async ({ db }) => ({ summary: { planned: await ensureAllRunning(db) } }));

/** `reports.remind` (daily, 8:00 Warsaw): reminders before and after the due dates, each once (owed reports planned first). */
export const reportRemindersJob = defineJob("reports.remind", async ({ db, now }) => {
  const result = await sendReportReminders(db, now);
  return { summary: { reminders: result.reminders, mails: result.mails }, data: result };
});

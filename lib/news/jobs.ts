import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { runDailyMailing } from "./mailing";

/**
 * `news.mailing` (every 5 minutes): on a working day, once the set hour (Warsaw time, a setting)
 * has come, composes the day's mailing once and queues its mails in batches; a run that stopped
 * half-way is resumed by the next. Before the hour, on weekends and public holidays it does nothing.
 */
export const newsMailingJob = defineJob("news.mailing", async ({ db, now }) => {
  const result = await runDailyMailing(db, now);
  return { summary: { mails: result.mails }, data: result };
});

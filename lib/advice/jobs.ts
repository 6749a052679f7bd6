import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { sendAdviceReminders } from "./commands";

/** `advice.remind` (hourly): the day-before reminder of each appointment, once (see sendAdviceReminders). */
export const adviceRemindersJob = defineJob("advice.remind", async ({ db, now, actor }) => {
  const reminders = await sendAdviceReminders(db, now, actor);
  return { summary: { reminders, mails: reminders } };
});

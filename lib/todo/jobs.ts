import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { sendTodoReminders, TODO_REMINDER_JOB } from "./reminders";

/** `todo.remind` (daily, 7:30 Warsaw): one mail per person with what is overdue or due soon on the "to do" page. */
export const todoRemindersJob = defineJob(TODO_REMINDER_JOB, async ({ db, now }) => {
  const result = await sendTodoReminders(db, now);
  return { summary: { reminders: result.sent }, data: result };
});

import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { revalidatePatronages } from "./cache";
import { remindPatronageReports } from "./commands";

/** `patronages.remind` (daily): the report reminder after the event, and the overdue mark after its last day, each once. */
export const patronageReportsJob = defineJob("patronages.remind", async ({ db, now, actor }) => {
  const { reminders, flagged } = await remindPatronageReports(db, now, actor);
  return { summary: { reminders, flagged, mails: reminders + flagged }, revalidate: revalidatePatronages };
});

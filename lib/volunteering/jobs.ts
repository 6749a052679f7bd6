import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { sendAgreementReminders } from "./commands";

/** `volunteering.agreementReminders` (daily): agreements ending within 7 days, once each (see sendAgreementReminders). */
export const volunteeringRemindersJob = defineJob("volunteering.agreementReminders", async ({ db, now, actor }) => {
  const reminders = await sendAgreementReminders(db, now, actor);
  return { summary: { reminders, mails: reminders * 2 } };
});

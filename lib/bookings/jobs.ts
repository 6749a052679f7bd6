import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { sendBookingReminders } from "./mail";

/** The day before a confirmed room booking, its reminder (idempotent: each booking is reminded once). */
export const bookingRemindersJob = defineJob("bookings.remind", async ({ db, now }) => {
  const sent = await sendBookingReminders(db, now);
  return { summary: { reminders: sent } };
});

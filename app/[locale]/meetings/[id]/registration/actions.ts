"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateMeeting } from "@/lib/meetings/cache";
import { cancelRegistration, registerForMeeting } from "@/lib/meetings/commands";

export const registerAction = formAction(withClock(registerForMeeting), {
  revalidate: (_, input) => revalidateMeeting(String(input.meetingId)),
  notice: (registration) => registration.status,
});

export const cancelAction = formAction(cancelRegistration, {
  revalidate: (_, input) => revalidateMeeting(String(input.meetingId)),
  notice: "cancelled",
});

"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateMeeting } from "@/lib/meetings/cache";
import { createMeeting, publishMinutes } from "@/lib/meetings/commands";

export const createMeetingAction = formAction(createMeeting, {
  revalidate: () => revalidateMeeting(),
  redirect: (meeting) => `/admin/meetings/${meeting.id}`,
});

export const minutesAction = formAction(withClock(publishMinutes), {
  revalidate: (_, input) => revalidateMeeting(String(input.meetingId)),
  notice: "minutesSaved",
});

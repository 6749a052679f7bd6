"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateMeeting } from "@/lib/meetings/cache";
import { createMeeting, markAttendance, publishMinutes } from "@/lib/meetings/commands";

export const createMeetingAction = formAction(createMeeting, {
  revalidate: () => revalidateMeeting(),
  redirect: (meeting) => `/admin/meetings/${meeting.id}`,
});

export const minutesAction = formAction(withClock(publishMinutes), {
  revalidate: (_, input) => revalidateMeeting(String(input.meetingId)),
  notice: "minutesSaved",
});

export const attendanceAction = formAction(
  withClock((db, principal, input: Record<string, unknown>, now) => markAttendance(db, principal, input, now)),
  {
    revalidate: () => revalidateMeeting(),
    notice: (marked) => marked.attendance,
  },
);

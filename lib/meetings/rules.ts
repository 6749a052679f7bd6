/** Pure rules of meetings: kinds, capacity and the waiting list. */
export const meetingKinds = ["open_meeting", "citizens_breakfast", "citizens_cafe", "citizens_jury", "workshop"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const registrationStatuses = ["registered", "waiting", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** A new registration takes a seat while seats are left, else goes to the waiting list. */
export function statusForNewRegistration(capacity: number, registered: number): "registered" | "waiting" {
  return registered < capacity ? "registered" : "waiting";
}

/** How many people from the head of the waiting list get a seat. */
export function seatsToPromote(capacity: number, registered: number, waiting: number) {
  return Math.max(0, Math.min(capacity - registered, waiting));
}

export function meetingHasEnded(endsAt: Date, now: Date) {
  return endsAt.getTime() <= now.getTime();
}

/** Registration closes when the meeting starts. */
export function registrationOpen(startsAt: Date, now: Date) {
  return now.getTime() < startsAt.getTime();
}

/** For pages: has the meeting (ISO end time) ended by the clock of this request? */
export function endedNow(endsAtIso: string) {
  return meetingHasEnded(new Date(endsAtIso), new Date());
}

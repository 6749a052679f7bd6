/** Pure rules of meetings: kinds, capacity and the waiting list. */
/** The kinds of a consultation's meetings. */
export const consultationMeetingKinds = ["open_meeting", "citizens_breakfast", "citizens_cafe", "citizens_jury", "workshop"] as const;
/** The Centre's trainings and sector events (issue 17): the same module, a type of meeting. */
export const centreEventTypes = ["training", "ngo_forum", "christmas_meeting", "volunteer_day", "conference"] as const;
export const meetingKinds = [...consultationMeetingKinds, ...centreEventTypes] as const;
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

/** Registration closes when the meeting starts, or earlier at its registration deadline. */
export function registrationOpen(startsAt: Date, now: Date, deadline?: Date | null) {
  return now.getTime() < startsAt.getTime() && (!deadline || now.getTime() < deadline.getTime());
}

export const attendanceValues = ["present", "absent"] as const;
export type Attendance = (typeof attendanceValues)[number];

/** Staff mark attendance from the start of the event on (not before anyone could come). */
export function attendanceOpen(startsAt: Date, now: Date) {
  return now.getTime() >= startsAt.getTime();
}

/** A certificate of participation: a seat (not the waiting list), marked present. */
export function earnsCertificate(registration: { status: RegistrationStatus; attendance: Attendance | null }) {
  return registration.status === "registered" && registration.attendance === "present";
}

/**
 * The certificate's verification code: 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), grouped in threes for reading aloud ("K7P-3QX-9MD-F2A"); `random` gives the bytes.
 */
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export function certificateCode(random: (n: number) => Uint8Array): string {
  const bytes = random(12);
  const chars = Array.from(bytes, (b) => codeAlphabet[b % codeAlphabet.length]);
  return [0, 3, 6, 9].map((i) => chars.slice(i, i + 3).join("")).join("-");
}

/** A code as someone typed it (any case, spaces instead of dashes), or null when it cannot be one. */
export function normalizeCertificateCode(value: string): string | null {
  const plain = value.toUpperCase().replace(/[\s-]/g, "");
  if (plain.length !== 12 || [...plain].some((c) => !codeAlphabet.includes(c))) return null;
  return [0, 3, 6, 9].map((i) => plain.slice(i, i + 3)).join("-");
}

/** For pages: has the meeting (ISO end time) ended by the clock of this request? */
export function endedNow(endsAtIso: string) {
  return meetingHasEnded(new Date(endsAtIso), new Date());
}

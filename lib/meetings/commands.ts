import { randomBytes } from "node:crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { actorOf, recordAudit, type AuditActor } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { appLink } from "@/lib/mail/links";
import { localeOf, participationText } from "@/lib/notifications/text";
import { queueMail } from "@/lib/mail/outbox";
import { draftNewsFor } from "@/lib/news/commands";
import { attendanceOpen, certificateCode, meetingHasEnded, registrationOpen, seatsToPromote, statusForNewRegistration } from "./rules";
import { attendanceSchema, meetingIdSchema, meetingInputSchema, minutesSchema, registrationSchema } from "./schemas";

export async function createMeeting(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "meeting.manage");
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ ...parsed.data, createdBy: principal.userId })
      .returning();
    await recordAudit(tx, { actor: actorOf(principal), action: "meeting.create", entityType: "meeting", entityId: row.id, after: row });
    await draftNewsFor(tx, {
      kind: "meeting",
      id: row.id,
      title: row.title,
      lead: row.description,
      type: row.kind === "training" ? "training" : "events",
      path: `/meetings/${row.id}`,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Minutes are written after the meeting has ended; publishing them again replaces the text. */
export async function publishMinutes(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "meeting.manage");
  const parsed = minutesSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetings).where(eq(meetings.id, parsed.data.meetingId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (!meetingHasEnded(before.endsAt, now)) return { ok: false, formError: "meetingNotEnded" } as const;
    await tx
      .update(meetings)
      .set({ minutes: parsed.data.minutes, minutesPublishedAt: now, updatedAt: now })
      .where(eq(meetings.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "meeting.publishMinutes",
      entityType: "meeting",
      entityId: before.id,
      before: { minutes: before.minutes },
      after: { minutes: parsed.data.minutes },
    });
    return { ok: true, value: null } as const;
  });
}

async function countSeats(tx: Tx, meetingId: string) {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(meetingRegistrations)
    .where(and(eq(meetingRegistrations.meetingId, meetingId), eq(meetingRegistrations.status, "registered")));
  return n;
}

/**
 * A seat while there are seats, else the waiting list. The meeting row is locked `for update`,
 * so concurrent registrations are counted one after another and the capacity holds. A
 * representative may register on behalf of one of their organizations (counted in the statistics);
 * registration closes at the deadline, else when the event starts.
 */
export async function registerForMeeting(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ status: "registered" | "waiting" }>> {
  authorize(principal, "meeting.register");
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { meetingId, organizationId } = parsed.data;
  if (organizationId) authorize(principal, "meeting.register.onBehalf", { organizationId });
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
    if (!meeting) return { ok: false, formError: "notFound" } as const;
    if (!registrationOpen(meeting.startsAt, now, meeting.registrationDeadline))
      return { ok: false, formError: "registrationClosed" } as const;
    const [existing] = await tx
      .select({ id: meetingRegistrations.id })
      .from(meetingRegistrations)
      .where(
        and(
          eq(meetingRegistrations.meetingId, meetingId),
          eq(meetingRegistrations.userId, principal.userId),
          ne(meetingRegistrations.status, "cancelled"),
        ),
      );
    if (existing) return { ok: false, formError: "alreadyRegistered" } as const;
    const status = statusForNewRegistration(meeting.capacity, await countSeats(tx, meetingId));
    const [row] = await tx
      .insert(meetingRegistrations)
      .values({ meetingId, userId: principal.userId, organizationId, status, createdAt: now })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: status === "registered" ? "meeting.register" : "meeting.wait",
      entityType: "meeting_registration",
      entityId: row.id,
      after: { meetingId, status, organizationId },
    });
    return { ok: true, value: { status } } as const;
  });
}

/** The person cancels their own seat or place in the queue; freed seats go to the head of the waiting list, with a mail. */
export async function cancelRegistration(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  options: { now?: Date } = {},
): Promise<CommandResult<{ promoted: string[] }>> {
  authorize(principal, "meeting.register");
  const parsed = meetingIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { meetingId } = parsed.data;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
    if (!meeting) return { ok: false, formError: "notFound" } as const;
    const [mine] = await tx
      .select()
      .from(meetingRegistrations)
      .where(
        and(
          eq(meetingRegistrations.meetingId, meetingId),
          eq(meetingRegistrations.userId, principal.userId),
          ne(meetingRegistrations.status, "cancelled"),
        ),
      );
    if (!mine) return { ok: false, formError: "notRegistered" } as const;
    await tx.update(meetingRegistrations).set({ status: "cancelled", cancelledAt: now }).where(eq(meetingRegistrations.id, mine.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "meeting.cancel",
      entityType: "meeting_registration",
      entityId: mine.id,
      before: { status: mine.status },
      after: { status: "cancelled" },
    });
    const promoted = registrationOpen(meeting.startsAt, now, meeting.registrationDeadline)
      ? await promoteWaiting(tx, meeting, now, actorOf(principal))
      : [];
    return { ok: true, value: { promoted } } as const;
  });
}

/** Seats freed by `cause` (the person who cancelled) go to the head of the queue. */
async function promoteWaiting(tx: Tx, meeting: typeof meetings.$inferSelect, now: Date, cause: AuditActor) {
  const waiting = await tx
    .select({
      id: meetingRegistrations.id,
      userId: meetingRegistrations.userId,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(meetingRegistrations)
    .innerJoin(users, eq(users.id, meetingRegistrations.userId))
    .where(and(eq(meetingRegistrations.meetingId, meeting.id), eq(meetingRegistrations.status, "waiting")))
    .orderBy(asc(meetingRegistrations.seq));
  const seats = seatsToPromote(meeting.capacity, await countSeats(tx, meeting.id), waiting.length);
  const promoted = waiting.slice(0, seats);
  for (const person of promoted) {
    await tx.update(meetingRegistrations).set({ status: "registered", promotedAt: now }).where(eq(meetingRegistrations.id, person.id));
    await recordAudit(tx, {
      actor: cause,
      action: "meeting.promote",
      entityType: "meeting_registration",
      entityId: person.id,
      before: { status: "waiting" },
      after: { status: "registered" },
    });
    const locale = localeOf(person.locale);
    const t = participationText(locale);
    const url = appLink(locale, `/meetings/${meeting.id}`);
    await queueMail(tx, {
      to: person.email,
      kind: "meeting_promoted",
      locale,
      subject: t("participationMail.promoted.subject", { title: meeting.title }),
      text: t("participationMail.promoted.body", {
        name: person.name,
        title: meeting.title,
        when: formatDateTime(meeting.startsAt, locale),
        place: meeting.place,
        url,
      }),
    });
  }
  return promoted.map((p) => p.userId);
}

/**
 * Staff mark a participant present or absent on the attendance list (from the event's start on;
 * marking again corrects it). Present gives the certificate of participation its verification code,
 * kept when the mark is corrected back and forth, so a printed certificate stays checkable only while present.
 */
export async function markAttendance(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  options: { random?: (n: number) => Uint8Array } = {},
): Promise<CommandResult<{ attendance: "present" | "absent" }>> {
  authorize(principal, "meeting.manage");
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { registrationId, attendance } = parsed.data;
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ registration: meetingRegistrations, startsAt: meetings.startsAt })
      .from(meetingRegistrations)
      .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
      .where(eq(meetingRegistrations.id, registrationId))
      .for("update", { of: meetingRegistrations });
    if (!found) return { ok: false, formError: "notFound" } as const;
    const before = found.registration;
    if (before.status !== "registered") return { ok: false, formError: "notSeated" } as const;
    if (!attendanceOpen(found.startsAt, now)) return { ok: false, formError: "attendanceNotOpen" } as const;
    const code =
      attendance === "present" ? (before.certificateCode ?? certificateCode(options.random ?? randomBytes)) : before.certificateCode;
    await tx
      .update(meetingRegistrations)
      .set({ attendance, attendanceMarkedAt: now, certificateCode: code })
      .where(eq(meetingRegistrations.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "meeting.attendance",
      entityType: "meeting_registration",
      entityId: before.id,
      before: { attendance: before.attendance },
      after: { attendance },
    });
    return { ok: true, value: { attendance } } as const;
  });
}

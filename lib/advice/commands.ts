import { and, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { adviceBookings, adviceSlots, advisers } from "@/lib/db/schema/advice";
import { actorOf, recordAudit, type AuditActor, type SystemActor } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { adviceMail } from "./mail";
import { centrePlace, personMayCancel, reminderDue, seriesProblem, seriesSlots, slotBookable } from "./rules";
import {
  adviserActiveSchema,
  adviserSchema,
  attendanceSchema,
  bookingIdSchema,
  bookSlotSchema,
  notesSchema,
  publishSlotsSchema,
  staffCancelSchema,
  withdrawSlotsSchema,
} from "./schemas";

/**
 * Staff invite an adviser: a name, topics and, optionally, an e-mail. When the e-mail belongs to
 * an account, the adviser is linked to it (they then see their slots and write their own notes);
 * otherwise the adviser works without an account and staff keep the notes.
 */
export async function createAdviser(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "advice.manage");
  const parsed = adviserSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const { email } = parsed.data;
    const [account] = email ? await tx.select({ id: users.id }).from(users).where(eq(users.email, email)) : [];
    if (account) {
      const [taken] = await tx.select({ id: advisers.id }).from(advisers).where(eq(advisers.userId, account.id));
      if (taken) return { ok: false, fieldErrors: { email: ["adviserExists"] } } as const;
    }
    const [row] = await tx
      .insert(advisers)
      .values({ ...parsed.data, userId: account?.id ?? null })
      .returning();
    await recordAudit(tx, { actor: actorOf(principal), action: "advice.addAdviser", entityType: "adviser", entityId: row.id, after: row });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Publishes a series of slots for one adviser; a slot that would overlap one of theirs is skipped and counted. */
export async function publishSlots(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ created: number; skipped: number }>> {
  authorize(principal, "advice.manage");
  const parsed = publishSlotsSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const series = parsed.data;
  const problem = seriesProblem(series);
  if (problem === "outsideHours") return { ok: false, fieldErrors: { start: ["outsideHours"] } };
  if (problem === "tooShort") return { ok: false, fieldErrors: { end: ["seriesTooShort"] } };
  if (problem === "tooLong") return { ok: false, fieldErrors: { to: ["seriesTooLong"] } };
  const slots = seriesSlots(series);
  if (slots.length === 0) return { ok: false, formError: "noSlotsInSeries" };
  return db.transaction(async (tx) => {
    // the adviser's row serializes publishing for one adviser, so two series cannot overlap each other
    const [adviser] = await tx.select().from(advisers).where(eq(advisers.id, series.adviserId)).for("update");
    if (!adviser || !adviser.active) return { ok: false, formError: "notFound" } as const;
    const existing = await tx
      .select({ startsAt: adviceSlots.startsAt, endsAt: adviceSlots.endsAt })
      .from(adviceSlots)
      .where(
        and(
          eq(adviceSlots.adviserId, adviser.id),
          isNull(adviceSlots.withdrawnAt),
          lt(adviceSlots.startsAt, slots[slots.length - 1].endsAt),
          gt(adviceSlots.endsAt, slots[0].startsAt),
        ),
      );
    const overlaps = (s: { startsAt: Date; endsAt: Date }) =>
      existing.some((e) => e.startsAt.getTime() < s.endsAt.getTime() && s.startsAt.getTime() < e.endsAt.getTime());
    const fresh = slots.filter((s) => !overlaps(s));
    if (fresh.length > 0) {
      await tx.insert(adviceSlots).values(
        fresh.map((s) => ({
          adviserId: adviser.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          place: series.place || centrePlace,
          createdBy: principal.userId,
        })),
      );
    }
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "advice.publishSlots",
      entityType: "adviser",
      entityId: adviser.id,
      after: {
        from: series.from,
        to: series.to,
        weekdays: series.weekdays,
        start: series.start,
        end: series.end,
        minutes: series.minutes,
        created: fresh.length,
      },
    });
    return { ok: true, value: { created: fresh.length, skipped: slots.length - fresh.length } } as const;
  });
}

async function bookingWithSlot(tx: Tx, bookingId: string) {
  const [row] = await tx
    .select({ booking: adviceBookings, slot: adviceSlots, adviser: advisers, email: users.email, name: users.name, locale: users.locale })
    .from(adviceBookings)
    .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
    .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
    .innerJoin(users, eq(users.id, adviceBookings.userId))
    .where(eq(adviceBookings.id, bookingId))
    .for("update", { of: adviceBookings });
  return row ?? null;
}

/**
 * A resident books a free slot (for themselves, or for an organization they represent). The
 * partial unique index on the slot's active booking decides between two people booking at once:
 * the second insert finds the conflict and inserts nothing, so exactly one of them has the slot.
 */
export async function bookSlot(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "advice.book");
  const parsed = bookSlotSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { slotId, topic, description, organizationId } = parsed.data;
  if (organizationId && !principal.organizations.has(organizationId)) return { ok: false, fieldErrors: { organizationId: ["invalid"] } };
  return db.transaction(async (tx) => {
    const [slot] = await tx
      .select({ slot: adviceSlots, adviser: advisers })
      .from(adviceSlots)
      .innerJoin(advisers, eq(advisers.id, adviceSlots.adviserId))
      .where(eq(adviceSlots.id, slotId));
    if (!slot) return { ok: false, formError: "notFound" } as const;
    if (!slotBookable(slot.slot, now)) return { ok: false, formError: "slotNotBookable" } as const;
    const [row] = await tx
      .insert(adviceBookings)
      .values({ slotId, userId: principal.userId, organizationId, topic, description, createdAt: now })
      .onConflictDoNothing({ target: adviceBookings.slotId, where: sql`status <> 'cancelled'` })
      .returning();
    if (!row) return { ok: false, formError: "slotTaken" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "advice.book",
      entityType: "advice_booking",
      entityId: row.id,
      after: { slotId, topic, organizationId },
    });
    const [person] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, principal.userId));
    await queueMail(
      tx,
      adviceMail("booked", { ...person, adviser: slot.adviser.name, startsAt: slot.slot.startsAt, place: slot.slot.place, topic }),
    );
    return { ok: true, value: { id: row.id } } as const;
  });
}

async function cancel(
  tx: Tx,
  row: NonNullable<Awaited<ReturnType<typeof bookingWithSlot>>>,
  actor: AuditActor,
  by: "person" | "staff",
  reason: string | null,
  now: Date,
) {
  await tx
    .update(adviceBookings)
    .set({ status: "cancelled", cancelledAt: now, cancelledBy: by, cancelReason: reason })
    .where(eq(adviceBookings.id, row.booking.id));
  await recordAudit(tx, {
    actor,
    action: "advice.cancel",
    entityType: "advice_booking",
    entityId: row.booking.id,
    before: { status: row.booking.status },
    after: { status: "cancelled", by, reason },
  });
}

/** The person cancels their own booking until the appointment starts; the slot is free again. */
export async function cancelBooking(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "advice.book");
  const parsed = bookingIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await bookingWithSlot(tx, parsed.data.bookingId);
    // someone else's booking is "not found", never a hint that it exists
    if (!row || row.booking.userId !== principal.userId) return { ok: false, formError: "notFound" } as const;
    if (!personMayCancel(row.slot.startsAt, row.booking.status, now)) return { ok: false, formError: "cannotCancel" } as const;
    await cancel(tx, row, actorOf(principal), "person", null, now);
    return { ok: true, value: null } as const;
  });
}

/** Staff cancel a booking with a reason (the adviser is ill, the Centre is closed); the person is told by mail. */
export async function cancelBookingByStaff(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "advice.manage");
  const parsed = staffCancelSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await bookingWithSlot(tx, parsed.data.bookingId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (row.booking.status !== "booked") return { ok: false, formError: "cannotCancel" } as const;
    await cancel(tx, row, actorOf(principal), "staff", parsed.data.reason, now);
    await queueMail(
      tx,
      adviceMail("cancelledByStaff", {
        email: row.email,
        name: row.name,
        locale: row.locale,
        adviser: row.adviser.name,
        startsAt: row.slot.startsAt,
        place: row.slot.place,
        topic: row.booking.topic,
        reason: parsed.data.reason,
      }),
    );
    return { ok: true, value: null } as const;
  });
}

/** The adviser's private notes on an appointment: staff and the adviser (through their account) only. */
export async function saveNotes(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  if (!principal) authorize(principal, "advice.notes");
  const parsed = notesSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await bookingWithSlot(tx, parsed.data.bookingId);
    if (!row) {
      authorize(principal, "advice.notes");
      return { ok: false, formError: "notFound" } as const;
    }
    authorize(principal, "advice.notes", { userId: row.adviser.userId ?? undefined });
    await tx.update(adviceBookings).set({ notes: parsed.data.notes }).where(eq(adviceBookings.id, row.booking.id));
    // the audit keeps that the notes changed, not what they say (they are the adviser's own)
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "advice.saveNotes",
      entityType: "advice_booking",
      entityId: row.booking.id,
      after: { length: parsed.data.notes.length },
    });
    return { ok: true, value: null } as const;
  });
}

/** After the appointment: did the person come (for the statistics). */
export async function recordAttendance(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  if (!principal) authorize(principal, "advice.notes");
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await bookingWithSlot(tx, parsed.data.bookingId);
    if (!row) {
      authorize(principal, "advice.notes");
      return { ok: false, formError: "notFound" } as const;
    }
    authorize(principal, "advice.notes", { userId: row.adviser.userId ?? undefined });
    if (row.booking.status === "cancelled") return { ok: false, formError: "cannotCancel" } as const;
    await tx.update(adviceBookings).set({ status: parsed.data.status }).where(eq(adviceBookings.id, row.booking.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "advice.recordAttendance",
      entityType: "advice_booking",
      entityId: row.booking.id,
      before: { status: row.booking.status },
      after: { status: parsed.data.status },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * The day-before reminders (job `advice.remind`): each active booking starting within 36 hours
 * gets one mail. The row is locked and marked in the same transaction as the mail is queued, so
 * a second run, or a second instance, sends nothing again.
 */
export async function sendAdviceReminders(db: Db, now: Date, actor: SystemActor): Promise<number> {
  const horizon = new Date(now.getTime() + 36 * 3600 * 1000);
  const due = await db
    .select({ id: adviceBookings.id })
    .from(adviceBookings)
    .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
    .where(
      and(
        eq(adviceBookings.status, "booked"),
        isNull(adviceBookings.reminderSentAt),
        gt(adviceSlots.startsAt, now),
        lt(adviceSlots.startsAt, horizon),
      ),
    );
  let sent = 0;
  for (const { id } of due) {
    const done = await db.transaction(async (tx) => {
      const row = await bookingWithSlot(tx, id);
      if (!row || row.booking.status !== "booked" || row.booking.reminderSentAt || !reminderDue(row.slot.startsAt, now)) return false;
      await tx.update(adviceBookings).set({ reminderSentAt: now }).where(eq(adviceBookings.id, id));
      await queueMail(
        tx,
        adviceMail("reminder", {
          email: row.email,
          name: row.name,
          locale: row.locale,
          adviser: row.adviser.name,
          startsAt: row.slot.startsAt,
          place: row.slot.place,
          topic: row.booking.topic,
        }),
      );
      await recordAudit(tx, { actor, action: "advice.remind", entityType: "advice_booking", entityId: id });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

/** Withdraws free slots (staff): booked ones must be cancelled first, with a reason for the person. */
export async function withdrawSlots(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ withdrawn: number }>> {
  authorize(principal, "advice.manage");
  const parsed = withdrawSlotsSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const ids = parsed.data.slotIds;
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ slotId: adviceBookings.slotId })
      .from(adviceBookings)
      .where(and(inArray(adviceBookings.slotId, ids), ne(adviceBookings.status, "cancelled")));
    const free = ids.filter((id) => !taken.some((t) => t.slotId === id));
    if (free.length === 0) return { ok: false, formError: "slotTaken" } as const;
    const rows = await tx
      .update(adviceSlots)
      .set({ withdrawnAt: now })
      .where(and(inArray(adviceSlots.id, free), isNull(adviceSlots.withdrawnAt)))
      .returning({ id: adviceSlots.id, adviserId: adviceSlots.adviserId });
    for (const row of rows)
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "advice.withdrawSlot",
        entityType: "advice_slot",
        entityId: row.id,
        after: { withdrawnAt: now },
      });
    return { ok: true, value: { withdrawn: rows.length } } as const;
  });
}

/**
 * Staff take an adviser off the list (their free slots leave the public list, no new ones can be
 * published) or back on it. Refused while the adviser has booked appointments ahead: those are
 * cancelled first, each with a reason for the person.
 */
export async function setAdviserActive(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ active: boolean }>> {
  authorize(principal, "advice.manage");
  const parsed = adviserActiveSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { adviserId, active } = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ active: advisers.active }).from(advisers).where(eq(advisers.id, adviserId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (!active) {
      const [booked] = await tx
        .select({ id: adviceBookings.id })
        .from(adviceBookings)
        .innerJoin(adviceSlots, eq(adviceSlots.id, adviceBookings.slotId))
        .where(and(eq(adviceSlots.adviserId, adviserId), gt(adviceSlots.startsAt, now), ne(adviceBookings.status, "cancelled")))
        .limit(1);
      if (booked) return { ok: false, formError: "adviserHasBookings" } as const;
    }
    await tx.update(advisers).set({ active }).where(eq(advisers.id, adviserId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "advice.setAdviserActive",
      entityType: "adviser",
      entityId: adviserId,
      before,
      after: { active },
    });
    return { ok: true, value: { active } } as const;
  });
}

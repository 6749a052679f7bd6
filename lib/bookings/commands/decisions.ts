import { and, eq, gt, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { roomBookings, type BookingStatus } from "@/lib/db/schema/centre";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult, type ErrorKey } from "@/lib/forms/result";
import { bookingDecidedMail } from "../mail";
import { cancellationOutcome } from "../rules";
import { bookingIdSchema, declineSchema, seriesIdSchema } from "../schemas";
import { bookingSettings } from "../settings";
import { active, type BookOptions } from "./book";

async function lockedBooking(tx: Tx, bookingId: string) {
  const [row] = await tx.select().from(roomBookings).where(eq(roomBookings.id, bookingId)).for("update");
  return row ?? null;
}

/** The organization's representative (or the resident who booked for a group) cancels; late means a no-show. */
export async function cancelBooking(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  options: BookOptions = {},
): Promise<CommandResult<{ id: string; status: BookingStatus }>> {
  authorize(principal, "booking.listMine");
  const settings = options.settings ?? bookingSettings();
  const parsed = bookingIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const before = await lockedBooking(tx, parsed.data.bookingId);
    if (!before) return { ok: false, formError: "notFound" } as const;
    authorize(
      principal,
      "booking.cancel",
      before.organizationId ? { organizationId: before.organizationId } : { userId: before.bookedBy ?? undefined },
    );
    if (!active.includes(before.status)) return { ok: false, formError: "notActive" } as const;
    const status = cancellationOutcome(before.startsAt, now, settings);
    await tx.update(roomBookings).set({ status, cancelledAt: now, updatedAt: now }).where(eq(roomBookings.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "booking.cancel",
      entityType: "room_booking",
      entityId: before.id,
      before: { status: before.status },
      after: { status },
    });
    return { ok: true, value: { id: before.id, status } } as const;
  });
}

/**
 * Cancels every occurrence of a repeated booking that has not begun yet; each counts like a single
 * cancellation (one within the notice counts as a no-show). Occurrences already held stay as they were.
 */
export async function cancelSeries(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  options: BookOptions = {},
): Promise<CommandResult<{ cancelled: number }>> {
  authorize(principal, "booking.listMine");
  const settings = options.settings ?? bookingSettings();
  const parsed = seriesIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const occurrences = await tx
      .select()
      .from(roomBookings)
      .where(and(eq(roomBookings.seriesId, parsed.data.seriesId), inArray(roomBookings.status, active), gt(roomBookings.startsAt, now)))
      .orderBy(roomBookings.id)
      .for("update");
    if (occurrences.length === 0) return { ok: false, formError: "notActive" } as const;
    const [first] = occurrences;
    authorize(
      principal,
      "booking.cancel",
      first.organizationId ? { organizationId: first.organizationId } : { userId: first.bookedBy ?? undefined },
    );
    for (const before of occurrences) {
      const status = cancellationOutcome(before.startsAt, now, settings);
      await tx.update(roomBookings).set({ status, cancelledAt: now, updatedAt: now }).where(eq(roomBookings.id, before.id));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "booking.cancel",
        entityType: "room_booking",
        entityId: before.id,
        before: { status: before.status },
        after: { status, seriesId: before.seriesId },
      });
    }
    return { ok: true, value: { cancelled: occurrences.length } } as const;
  });
}

async function decide(
  db: Db,
  principal: Principal | null,
  bookingId: string,
  from: readonly BookingStatus[],
  to: BookingStatus,
  now: Date,
  extra: { declineReason?: string; refusal?: ErrorKey; started?: boolean } = {},
): Promise<CommandResult<{ id: string; status: BookingStatus }>> {
  return db.transaction(async (tx) => {
    const before = await lockedBooking(tx, bookingId);
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (!from.includes(before.status)) return { ok: false, formError: extra.refusal ?? "notPending" } as const;
    if (extra.started && before.startsAt.getTime() > now.getTime()) return { ok: false, formError: "notStarted" } as const;
    await tx
      .update(roomBookings)
      .set({ status: to, declineReason: extra.declineReason ?? null, decidedBy: principal!.userId, decidedAt: now, updatedAt: now })
      .where(eq(roomBookings.id, before.id));
    const action = to === "confirmed" ? "booking.confirm" : to === "declined" ? "booking.decline" : "booking.recordNoShow";
    await recordAudit(tx, {
      actor: actorOf(principal!),
      action,
      entityType: "room_booking",
      entityId: before.id,
      before: { status: before.status },
      after: { status: to, ...(extra.declineReason && { declineReason: extra.declineReason }) },
    });
    if (to === "confirmed" || to === "declined") await bookingDecidedMail(tx, before.id);
    return { ok: true, value: { id: before.id, status: to } } as const;
  });
}

export async function confirmBooking(db: Db, principal: Principal | null, input: Record<string, unknown>, now = new Date()) {
  authorize(principal, "booking.manage");
  const parsed = bookingIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return decide(db, principal, parsed.data.bookingId, ["pending"], "confirmed", now);
}

export async function declineBooking(db: Db, principal: Principal | null, input: Record<string, unknown>, now = new Date()) {
  authorize(principal, "booking.manage");
  const parsed = declineSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return decide(db, principal, parsed.data.bookingId, ["pending", "confirmed"], "declined", now, { declineReason: parsed.data.reason });
}

export async function recordNoShow(db: Db, principal: Principal | null, input: Record<string, unknown>, now = new Date()) {
  authorize(principal, "booking.manage");
  const parsed = bookingIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return decide(db, principal, parsed.data.bookingId, ["confirmed"], "no_show", now, { refusal: "notActive", started: true });
}

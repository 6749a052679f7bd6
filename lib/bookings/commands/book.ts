import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { centreEquipment, centreRooms, roomBlocks, roomBookingEquipment, roomBookings, type BookingStatus } from "@/lib/db/schema/centre";
import { organizations } from "@/lib/db/schema/organizations";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult, type ErrorKey, type FieldErrors, type Refusal } from "@/lib/forms/result";
import { instantToWarsaw } from "@/lib/dates/warsaw";
import {
  hoursOf,
  monthBounds,
  monthOf,
  nearestFreeSlots,
  occurrenceDates,
  onDate,
  openingHoursProblem,
  windowProblem,
  type Range,
  type TimeProblem,
} from "../rules";
import { bookingInputOf, readTimes, type TimeFields } from "../schemas";
import { bookingSettings, type BookingSettings } from "../settings";

export const active: BookingStatus[] = ["pending", "confirmed"];

export interface BookOptions {
  settings?: BookingSettings;
}

export interface BookedOccurrence {
  id: string;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
}

export interface ConflictingOccurrence {
  startsAt: string;
  endsAt: string;
  reason: ErrorKey;
}

export interface BookingOutcome {
  /** the first booked occurrence (the booking the API answers with) */
  id: string;
  roomId: string;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  booked: BookedOccurrence[];
  conflicts: ConflictingOccurrence[];
}

/** A refused booking because the room is taken: the nearest free slots of that room come with it. */
export type ConflictRefusal = Refusal & { suggestions?: { startsAt: string; endsAt: string }[]; conflicts?: ConflictingOccurrence[] };

function fieldOf(problem: TimeProblem, fields: TimeFields): string {
  if (problem === "closedDay" || problem === "inThePast" || problem === "beyondWindow") return fields.date;
  if (problem === "endsBeforeStart") return fields.end;
  return fields.start;
}

function isExclusionViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === "23P01") return true;
  return false;
}

/** The busy ranges (active bookings and staff blocks) of a room between two instants. */
export async function busyRanges(db: Db | Tx, roomId: string, from: Date, to: Date): Promise<Range[]> {
  const bookings = await db
    .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        inArray(roomBookings.status, active),
        lt(roomBookings.startsAt, to),
        gt(roomBookings.endsAt, from),
      ),
    );
  const blocks = await db
    .select({ startsAt: roomBlocks.startsAt, endsAt: roomBlocks.endsAt })
    .from(roomBlocks)
    .where(and(eq(roomBlocks.roomId, roomId), lt(roomBlocks.startsAt, to), gt(roomBlocks.endsAt, from)));
  return [...bookings, ...blocks];
}

async function usedHours(tx: Tx, who: { organizationId: string | null; userId: string }, month: string): Promise<number> {
  const bounds = monthBounds(month);
  const owner = who.organizationId
    ? eq(roomBookings.organizationId, who.organizationId)
    : and(sql`${roomBookings.organizationId} is null`, eq(roomBookings.bookedBy, who.userId));
  const rows = await tx
    .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
    .from(roomBookings)
    .where(
      and(
        owner,
        inArray(roomBookings.status, active),
        lt(roomBookings.startsAt, bounds.endsAt),
        gt(roomBookings.startsAt, new Date(bounds.startsAt.getTime() - 1)),
      ),
    );
  return rows.reduce((sum, r) => sum + hoursOf(r), 0);
}

/** Equipment items (locked) with what is already lent out over the range: the first short one, or null. */
async function equipmentShort(tx: Tx, wanted: Record<string, number>, range: Range): Promise<string | null> {
  for (const [equipmentId, quantity] of Object.entries(wanted)) {
    const [item] = await tx.select({ quantity: centreEquipment.quantity }).from(centreEquipment).where(eq(centreEquipment.id, equipmentId));
    const [{ taken }] = await tx
      .select({ taken: sql<number>`coalesce(sum(${roomBookingEquipment.quantity}), 0)::int` })
      .from(roomBookingEquipment)
      .innerJoin(roomBookings, eq(roomBookings.id, roomBookingEquipment.bookingId))
      .where(
        and(
          eq(roomBookingEquipment.equipmentId, equipmentId),
          inArray(roomBookings.status, active),
          lt(roomBookings.startsAt, range.endsAt),
          gt(roomBookings.endsAt, range.startsAt),
        ),
      );
    if (Number(taken) + quantity > item.quantity) return equipmentId;
  }
  return null;
}

/**
 * Books a room: a representative of a verified organization (or a resident for an informal group,
 * where the room allows it), within opening hours, the window, the capacity and the monthly hours.
 * A repetition books each occurrence that fits and reports the others. The database refuses an
 * overlapping booking (exclusion constraint); equipment is counted with its rows locked.
 */
export async function bookRoom(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  options: BookOptions = {},
): Promise<CommandResult<BookingOutcome> | ConflictRefusal> {
  authorize(principal, "booking.create");
  const settings = options.settings ?? bookingSettings();
  const parsed = bookingInputOf(input);
  const times = readTimes(input);
  if (!parsed.success || !times.startsAt || !times.endsAt) {
    const fieldErrors: FieldErrors = parsed.success ? {} : (refusalOf(parsed.error).fieldErrors ?? {});
    if (!parsed.success && refusalOf(parsed.error).formError === "notFound") return { ok: false, formError: "notFound" };
    if (!times.startsAt) fieldErrors[times.fields.start] = ["invalid"];
    if (!times.endsAt) fieldErrors[times.fields.end] = ["invalid"];
    return { ok: false, fieldErrors };
  }
  const data = parsed.data;
  const wanted: Range = { startsAt: times.startsAt, endsAt: times.endsAt };
  const fields = times.fields;
  if (data.organizationId) authorize(principal, "booking.create.organization", { organizationId: data.organizationId });
  const equipment = Object.fromEntries(Object.entries(data.equipment).filter(([, n]) => n > 0));

  return db.transaction(async (tx) => {
    const [room] = await tx.select().from(centreRooms).where(eq(centreRooms.id, data.roomId)).for("share");
    if (!room) return { ok: false, formError: "notFound" } as const;
    if (!room.active) return { ok: false, formError: "roomInactive" } as const;
    if (data.organizationId) {
      const [org] = await tx
        .select({ status: organizations.verificationStatus })
        .from(organizations)
        .where(eq(organizations.id, data.organizationId))
        .for("no key update");
      if (!org) return { ok: false, formError: "notFound" } as const;
      if (org.status !== "verified") return { ok: false, formError: "organizationNotVerified" } as const;
    } else {
      if (!room.allowsInformalGroups) return { ok: false, fieldErrors: { organizationId: ["groupsNotAllowed"] } } as const;
      await tx.select({ id: users.id }).from(users).where(eq(users.id, principal.userId)).for("no key update");
    }

    const fieldErrors: FieldErrors = {};
    if (data.attendees > room.capacity) fieldErrors.attendees = ["overCapacity"];
    const timeProblem = openingHoursProblem(wanted, settings) ?? windowProblem(wanted, now, settings);
    if (timeProblem) fieldErrors[fieldOf(timeProblem, fields)] = [timeProblem];
    const equipmentIds = Object.keys(equipment).sort();
    if (equipmentIds.length > 0) {
      // lock the wanted items in a fixed order: concurrent bookings count them one after another
      const items = await tx
        .select({ id: centreEquipment.id, active: centreEquipment.active })
        .from(centreEquipment)
        .where(inArray(centreEquipment.id, equipmentIds))
        .orderBy(asc(centreEquipment.id))
        .for("update");
      if (items.length !== equipmentIds.length || items.some((i) => !i.active)) return { ok: false, formError: "notFound" } as const;
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors } as const;

    const dates = occurrenceDates(instantToWarsaw(wanted.startsAt).date, data.repeat, data.repeatUntil, settings);
    const seriesId = dates.length > 1 ? randomUUID() : null;
    const who = { organizationId: data.organizationId, userId: principal.userId };
    const status: BookingStatus = room.autoConfirm ? "confirmed" : "pending";
    const booked: BookedOccurrence[] = [];
    const conflicts: ConflictingOccurrence[] = [];
    const hoursByMonth = new Map<string, number>();

    for (const date of dates) {
      const range = dates.length > 1 ? onDate(wanted, date) : wanted;
      const problem = openingHoursProblem(range, settings) ?? windowProblem(range, now, settings);
      const at = { startsAt: range.startsAt.toISOString(), endsAt: range.endsAt.toISOString() };
      if (problem) {
        conflicts.push({ ...at, reason: problem === "beyondWindow" ? "beyondWindow" : "closedDay" });
        continue;
      }
      const blocked = await tx
        .select({ id: roomBlocks.id })
        .from(roomBlocks)
        .where(and(eq(roomBlocks.roomId, room.id), lt(roomBlocks.startsAt, range.endsAt), gt(roomBlocks.endsAt, range.startsAt)));
      if (blocked.length > 0) {
        conflicts.push({ ...at, reason: "roomBlocked" });
        continue;
      }
      const month = monthOf(range.startsAt);
      if (!hoursByMonth.has(month)) hoursByMonth.set(month, await usedHours(tx, who, month));
      const used = hoursByMonth.get(month)!;
      if (used + hoursOf(range) > settings.hoursPerMonth + 1e-9) {
        if (dates.length === 1) return { ok: false, fieldErrors: { [fields.end]: ["monthlyLimit"] } } as const;
        conflicts.push({ ...at, reason: "monthlyLimit" });
        continue;
      }
      const short = await equipmentShort(tx, equipment, range);
      if (short) {
        if (dates.length === 1) return { ok: false, fieldErrors: { [`equipment.${short}`]: ["equipmentUnavailable"] } } as const;
        conflicts.push({ ...at, reason: "equipmentUnavailable" });
        continue;
      }
      let row: typeof roomBookings.$inferSelect;
      try {
        row = await tx.transaction(async (savepoint) => {
          const [inserted] = await savepoint
            .insert(roomBookings)
            .values({
              roomId: room.id,
              organizationId: data.organizationId,
              groupName: data.organizationId ? null : data.groupName,
              bookedBy: principal.userId,
              startsAt: range.startsAt,
              endsAt: range.endsAt,
              purpose: data.purpose,
              attendees: data.attendees,
              status,
              seriesId,
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          return inserted;
        });
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        conflicts.push({ ...at, reason: "roomTaken" });
        continue;
      }
      if (equipmentIds.length > 0) {
        await tx
          .insert(roomBookingEquipment)
          .values(Object.entries(equipment).map(([equipmentId, quantity]) => ({ bookingId: row.id, equipmentId, quantity })));
      }
      hoursByMonth.set(month, used + hoursOf(range));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "booking.create",
        entityType: "room_booking",
        entityId: row.id,
        after: { ...row, equipment },
      });
      booked.push({ id: row.id, ...at, status });
    }

    if (booked.length === 0) {
      const reason = conflicts[0]?.reason ?? "roomTaken";
      if (dates.length === 1 && reason === "roomTaken") {
        const busy = await busyRanges(tx, room.id, wanted.startsAt, new Date(wanted.startsAt.getTime() + 9 * 86_400_000));
        const suggestions = nearestFreeSlots(wanted, busy, settings, now).map((s) => ({
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
        }));
        return { ok: false, formError: "roomTaken", suggestions } as const;
      }
      if (dates.length === 1 && reason === "roomBlocked") return { ok: false, formError: "roomBlocked" } as const;
      return { ok: false, formError: reason, conflicts } as const;
    }
    const first = booked[0];
    return {
      ok: true,
      value: { id: first.id, roomId: room.id, status, startsAt: first.startsAt, endsAt: first.endsAt, seriesId, booked, conflicts },
    } as const;
  });
}

import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import {
  centreEquipment,
  centreRoomPhotos,
  centreRooms,
  roomBlocks,
  roomBookingEquipment,
  roomBookings,
  type BookingStatus,
} from "@/lib/db/schema/centre";
import { organizations } from "@/lib/db/schema/organizations";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { addDays, warsawToInstant } from "@/lib/dates/warsaw";

/* Reads of room booking. Public reads carry no personal data: busy ranges, never who booked. */

export type Room = typeof centreRooms.$inferSelect;

export interface PublicRoom {
  id: string;
  name: string;
  capacity: number;
  description: string;
  fixedEquipment: string;
  stepFree: boolean;
  inductionLoop: boolean;
  rules: string;
  autoConfirm: boolean;
  allowsInformalGroups: boolean;
  /** the photo's version (GET /api/v1/rooms/{id}/photo?v=…), null without a photo */
  photoHash: string | null;
}

const publicRoomColumns = {
  id: centreRooms.id,
  name: centreRooms.name,
  capacity: centreRooms.capacity,
  description: centreRooms.description,
  fixedEquipment: centreRooms.fixedEquipment,
  stepFree: centreRooms.stepFree,
  inductionLoop: centreRooms.inductionLoop,
  rules: centreRooms.rules,
  autoConfirm: centreRooms.autoConfirm,
  allowsInformalGroups: centreRooms.allowsInformalGroups,
  photoHash: centreRooms.photoHash,
};

export async function listPublicRooms(db: Db, page = 1, pageSize = 50): Promise<{ total: number; items: PublicRoom[] }> {
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(centreRooms)
    .where(eq(centreRooms.active, true));
  const items = await db
    .select(publicRoomColumns)
    .from(centreRooms)
    .where(eq(centreRooms.active, true))
    .orderBy(asc(centreRooms.sortOrder), asc(centreRooms.name))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: Number(total), items };
}

export async function roomPhoto(db: Db, id: string) {
  const [row] = await db.select().from(centreRoomPhotos).where(eq(centreRoomPhotos.roomId, id));
  return row ?? null;
}

export async function getPublicRoom(db: Db, id: string): Promise<PublicRoom | null> {
  const [row] = await db
    .select(publicRoomColumns)
    .from(centreRooms)
    .where(and(eq(centreRooms.id, id), eq(centreRooms.active, true)));
  return row ?? null;
}

export interface PublicEquipment {
  id: string;
  name: string;
  quantity: number;
  description: string;
}

export async function listPublicEquipment(db: Db): Promise<PublicEquipment[]> {
  return db
    .select({
      id: centreEquipment.id,
      name: centreEquipment.name,
      quantity: centreEquipment.quantity,
      description: centreEquipment.description,
    })
    .from(centreEquipment)
    .where(eq(centreEquipment.active, true))
    .orderBy(asc(centreEquipment.sortOrder), asc(centreEquipment.name));
}

export interface BusyRange {
  startsAt: string;
  endsAt: string;
  kind: "booking" | "block";
  /** who (staff only): the organization or group; the block's reason */
  label?: string;
  status?: BookingStatus;
}

/** Busy ranges of a room between two instants; `withNames` (staff) adds who booked and why blocked. */
export async function roomBusy(db: Db, roomId: string, from: Date, to: Date, withNames = false): Promise<BusyRange[]> {
  const bookings = await db
    .select({
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      status: roomBookings.status,
      organization: organizations.name,
      groupName: roomBookings.groupName,
    })
    .from(roomBookings)
    .leftJoin(organizations, eq(organizations.id, roomBookings.organizationId))
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        inArray(roomBookings.status, ["pending", "confirmed"]),
        lt(roomBookings.startsAt, to),
        gt(roomBookings.endsAt, from),
      ),
    )
    .orderBy(asc(roomBookings.startsAt));
  const blocks = await db
    .select({ startsAt: roomBlocks.startsAt, endsAt: roomBlocks.endsAt, reason: roomBlocks.reason })
    .from(roomBlocks)
    .where(and(eq(roomBlocks.roomId, roomId), lt(roomBlocks.startsAt, to), gt(roomBlocks.endsAt, from)))
    .orderBy(asc(roomBlocks.startsAt));
  return [
    ...bookings.map((b) => ({
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      kind: "booking" as const,
      ...(withNames && { label: b.organization ?? b.groupName ?? "", status: b.status }),
    })),
    ...blocks.map((b) => ({
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      kind: "block" as const,
      ...(withNames && { label: b.reason }),
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The busy ranges of a Warsaw week (Monday to Friday and the weekend), from its Monday. */
export function weekBounds(monday: string) {
  return { from: warsawToInstant(monday), to: warsawToInstant(addDays(monday, 7)) };
}

/** The verified organizations the person may book for. */
export async function bookingOrganizations(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), eq(organizations.verificationStatus, "verified")))
    .orderBy(asc(organizations.name));
}

export interface BookingRow {
  id: string;
  roomId: string;
  room: string;
  organizationId: string | null;
  who: string;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  attendees: number;
  status: BookingStatus;
  declineReason: string | null;
  equipment: string;
  bookedByEmail: string | null;
  /** shared by the occurrences of a repeated booking */
  seriesId: string | null;
  /** started by the time of the read (staff may record a no-show) */
  started: boolean;
}

async function bookingRows(db: Db, where: ReturnType<typeof and>, order: "asc" | "desc" = "asc", limit = 200): Promise<BookingRow[]> {
  const rows = await db
    .select({
      id: roomBookings.id,
      roomId: roomBookings.roomId,
      room: centreRooms.name,
      organizationId: roomBookings.organizationId,
      organization: organizations.name,
      groupName: roomBookings.groupName,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      purpose: roomBookings.purpose,
      attendees: roomBookings.attendees,
      status: roomBookings.status,
      declineReason: roomBookings.declineReason,
      bookedByEmail: users.email,
      seriesId: roomBookings.seriesId,
      equipment: sql<string>`coalesce((select string_agg(e.name || ' × ' || l.quantity, ', ' order by e.name) from ${roomBookingEquipment} l join ${centreEquipment} e on e.id = l.equipment_id where l.booking_id = ${roomBookings.id}), '')`,
    })
    .from(roomBookings)
    .innerJoin(centreRooms, eq(centreRooms.id, roomBookings.roomId))
    .leftJoin(organizations, eq(organizations.id, roomBookings.organizationId))
    .leftJoin(users, eq(users.id, roomBookings.bookedBy))
    .where(where)
    .orderBy(order === "asc" ? asc(roomBookings.startsAt) : desc(roomBookings.startsAt))
    .limit(limit);
  const now = Date.now();
  return rows.map(({ organization, groupName, ...r }) => ({
    ...r,
    who: organization ?? groupName ?? "",
    started: r.startsAt.getTime() <= now,
  }));
}

/** "My bookings": of the person's organizations, and the groups the person booked for; upcoming first. */
export async function myBookings(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "booking.listMine");
  const ids = [...principal.organizations.keys()];
  const mine = or(
    ids.length > 0 ? inArray(roomBookings.organizationId, ids) : sql`false`,
    and(isNull(roomBookings.organizationId), eq(roomBookings.bookedBy, principal.userId)),
  );
  const upcoming = await bookingRows(db, and(mine, gt(roomBookings.endsAt, now)), "asc");
  const past = await bookingRows(db, and(mine, lt(roomBookings.endsAt, now)), "desc", 30);
  return { upcoming, past };
}

/** Staff: what waits for a decision, the day sheet, blocks and recent no-shows. */
export async function staffDesk(db: Db, principal: Principal | null, day: string, now = new Date()) {
  authorize(principal, "booking.manage");
  const pending = await bookingRows(db, and(eq(roomBookings.status, "pending"), gt(roomBookings.endsAt, now)), "asc");
  const daySheet = await bookingRows(
    db,
    and(
      inArray(roomBookings.status, ["confirmed", "pending", "no_show"]),
      lt(roomBookings.startsAt, warsawToInstant(addDays(day, 1))),
      gt(roomBookings.endsAt, warsawToInstant(day)),
    ),
    "asc",
  );
  const blocks = await db
    .select({
      id: roomBlocks.id,
      roomId: roomBlocks.roomId,
      room: centreRooms.name,
      startsAt: roomBlocks.startsAt,
      endsAt: roomBlocks.endsAt,
      reason: roomBlocks.reason,
    })
    .from(roomBlocks)
    .innerJoin(centreRooms, eq(centreRooms.id, roomBlocks.roomId))
    .where(gt(roomBlocks.endsAt, now))
    .orderBy(asc(roomBlocks.startsAt))
    .limit(100);
  const noShows = await bookingRows(db, eq(roomBookings.status, "no_show"), "desc", 30);
  const rooms = await db.select().from(centreRooms).orderBy(asc(centreRooms.sortOrder), asc(centreRooms.name));
  const equipment = await db.select().from(centreEquipment).orderBy(asc(centreEquipment.sortOrder), asc(centreEquipment.name));
  return { pending, daySheet, blocks, noShows, rooms, equipment };
}

/** The count of bookings waiting for staff (the to-do list). */
export async function pendingBookingCount(db: Db, now = new Date()): Promise<{ count: number; earliest: Date | null }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, earliest: sql<Date | null>`min(${roomBookings.startsAt})` })
    .from(roomBookings)
    .where(and(eq(roomBookings.status, "pending"), gt(roomBookings.startsAt, now)));
  return { count: Number(row.count), earliest: row.earliest ? new Date(row.earliest) : null };
}

/** An organization's active bookings for its private calendar feed. */
export async function organizationBookingsForFeed(db: Db, organizationId: string, from: Date) {
  return bookingRows(
    db,
    and(
      eq(roomBookings.organizationId, organizationId),
      inArray(roomBookings.status, ["pending", "confirmed"]),
      gt(roomBookings.endsAt, from),
    ),
    "asc",
    500,
  );
}

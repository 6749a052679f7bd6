import { and, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { centreEquipment, centreRoomPhotos, centreRooms, roomBlocks, roomBookings } from "@/lib/db/schema/centre";
import { parseId } from "@/lib/core/ids";
import { safePhoto, type PhotoFile } from "@/lib/core/photo";
import { actorOf, recordAudit, type AuditEntry } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import { overlaps } from "../rules";
import { blockSchema, bookingIdSchema, equipmentSchema, readTimes, roomSchema } from "../schemas";
import { active } from "./book";

/** Staff block a room's time; never over an active booking (the room row is locked against new bookings meanwhile). */
export async function blockRoom(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "booking.manage");
  const parsed = blockSchema.safeParse(input);
  const times = readTimes(input);
  if (!parsed.success || !times.startsAt || !times.endsAt || times.endsAt <= times.startsAt) {
    const refusal = parsed.success ? { ok: false as const, fieldErrors: {} as FieldErrors } : refusalOf(parsed.error);
    if (refusal.formError === "notFound") return refusal;
    const fieldErrors = { ...refusal.fieldErrors };
    if (!times.startsAt) fieldErrors[times.fields.start] = ["invalid"];
    if (!times.endsAt) fieldErrors[times.fields.end] = ["invalid"];
    else if (times.startsAt && times.endsAt <= times.startsAt) fieldErrors[times.fields.end] = ["endsBeforeStart"];
    return { ok: false, fieldErrors };
  }
  const range = { startsAt: times.startsAt, endsAt: times.endsAt };
  return db.transaction(async (tx) => {
    const [room] = await tx.select({ id: centreRooms.id }).from(centreRooms).where(eq(centreRooms.id, parsed.data.roomId)).for("update");
    if (!room) return { ok: false, formError: "notFound" } as const;
    const clashing = await tx
      .select({ id: roomBookings.id, startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
      .from(roomBookings)
      .where(
        and(
          eq(roomBookings.roomId, room.id),
          inArray(roomBookings.status, active),
          lt(roomBookings.startsAt, range.endsAt),
          gt(roomBookings.endsAt, range.startsAt),
        ),
      );
    if (clashing.some((b) => overlaps(b, range)))
      return { ok: false, fieldErrors: { [times.fields.start]: ["blockOverlapsBooking"] } } as const;
    const [row] = await tx
      .insert(roomBlocks)
      .values({ roomId: room.id, ...range, reason: parsed.data.reason, createdBy: principal.userId, createdAt: now })
      .returning();
    await recordAudit(tx, { actor: actorOf(principal), action: "booking.block", entityType: "room_block", entityId: row.id, after: row });
    return { ok: true, value: { id: row.id } } as const;
  });
}

export async function removeBlock(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "booking.manage");
  const id = bookingIdSchema.safeParse({ bookingId: input.blockId });
  if (!id.success) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(roomBlocks).where(eq(roomBlocks.id, id.data.bookingId)).returning();
    if (!row) return { ok: false, formError: "notFound" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "booking.unblock",
      entityType: "room_block",
      entityId: row.id,
      before: row,
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * Creates a row or updates the given one (locked while read), with the audit entry either way:
 * rooms and equipment are edited the same way.
 */
async function saveAudited<Row extends { id: string }>(
  db: Db,
  principal: Principal,
  audit: { action: AuditEntry["action"]; entityType: AuditEntry["entityType"] },
  id: string | null | undefined,
  store: {
    load: (tx: Tx, id: string) => Promise<Row | undefined>;
    update: (tx: Tx, id: string) => Promise<Row>;
    insert: (tx: Tx) => Promise<Row>;
  },
): Promise<CommandResult<{ id: string }>> {
  return db.transaction(async (tx) => {
    const before = id ? await store.load(tx, id) : undefined;
    if (id && !before) return { ok: false, formError: "notFound" } as const;
    const row = id ? await store.update(tx, id) : await store.insert(tx);
    await recordAudit(tx, { actor: actorOf(principal), ...audit, entityId: row.id, before, after: row });
    return { ok: true, value: { id: row.id } } as const;
  });
}

export async function saveRoom(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "room.manage");
  const parsed = roomSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { roomId, ...values } = parsed.data;
  return saveAudited(db, principal, { action: "room.save", entityType: "centre_room" }, roomId, {
    load: async (tx, id) => (await tx.select().from(centreRooms).where(eq(centreRooms.id, id)).for("update"))[0],
    update: async (tx, id) =>
      (
        await tx
          .update(centreRooms)
          .set({ ...values, updatedAt: now })
          .where(eq(centreRooms.id, id))
          .returning()
      )[0],
    insert: async (tx) =>
      (
        await tx
          .insert(centreRooms)
          .values({ ...values, createdAt: now, updatedAt: now })
          .returning()
      )[0],
  });
}

export async function saveEquipment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "room.manage");
  const parsed = equipmentSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { equipmentId, ...values } = parsed.data;
  return saveAudited(db, principal, { action: "equipment.save", entityType: "centre_equipment" }, equipmentId, {
    load: async (tx, id) => (await tx.select().from(centreEquipment).where(eq(centreEquipment.id, id)).for("update"))[0],
    update: async (tx, id) =>
      (
        await tx
          .update(centreEquipment)
          .set({ ...values, updatedAt: now })
          .where(eq(centreEquipment.id, id))
          .returning()
      )[0],
    insert: async (tx) =>
      (
        await tx
          .insert(centreEquipment)
          .values({ ...values, createdAt: now, updatedAt: now })
          .returning()
      )[0],
  });
}

/** A room's photo, through the same safe path as logos (lib/core/photo.ts); replaces the previous one. */
export async function uploadRoomPhoto(
  db: Db,
  principal: Principal | null,
  input: { roomId: unknown; file: PhotoFile | null },
  now = new Date(),
): Promise<CommandResult<{ hash: string }>> {
  authorize(principal, "room.manage");
  const roomId = parseId(input.roomId);
  if (!roomId) return { ok: false, formError: "notFound" };
  const photo = await safePhoto(input.file);
  if (!photo.ok) return { ok: false, fieldErrors: { photo: [photo.problem] } };
  const { bytes, hash } = photo;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ photoHash: centreRooms.photoHash })
      .from(centreRooms)
      .where(eq(centreRooms.id, roomId))
      .for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    await tx
      .insert(centreRoomPhotos)
      .values({ roomId, contentType: "image/png", bytes, hash, updatedAt: now })
      .onConflictDoUpdate({ target: centreRoomPhotos.roomId, set: { bytes, hash, updatedAt: now } });
    await tx.update(centreRooms).set({ photoHash: hash, updatedAt: now }).where(eq(centreRooms.id, roomId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "room.uploadPhoto",
      entityType: "centre_room",
      entityId: roomId,
      before,
      after: { photoHash: hash, size: bytes.length },
    });
    return { ok: true, value: { hash } } as const;
  });
}

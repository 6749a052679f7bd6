import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { roomBlocks, roomBookingEquipment, roomBookings } from "@/lib/db/schema";
import { principalOf, representative } from "@/lib/small-grants/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo } from "@/tests/factories";
import sharp from "sharp";
import { centreRooms } from "@/lib/db/schema";
import { roomPhoto } from "./queries";
import {
  blockRoom,
  bookRoom,
  cancelBooking,
  cancelSeries,
  confirmBooking,
  declineBooking,
  recordNoShow,
  uploadRoomPhoto,
} from "./commands";
import { sendBookingReminders } from "./mail";
import { bookingForm, createEquipment, createRoom, staffPrincipal, testSettings } from "./testing";

let t: TestDatabase;
let staff: ReturnType<typeof staffPrincipal>;
let resident: ReturnType<typeof principalOf>;
const now = warsawToInstant("2026-12-07", "09:00");
const options = { settings: testSettings };

beforeAll(async () => {
  t = await createTestDatabase();
  staff = staffPrincipal(await createUser(t.db));
  resident = principalOf(await createUser(t.db));
});
afterAll(() => t?.close());

const activeCount = async (roomId: string) =>
  (
    await t.db
      .select({ n: count() })
      .from(roomBookings)
      .where(and(eq(roomBookings.roomId, roomId), eq(roomBookings.status, "pending")))
  )[0].n;

describe("booking a room", () => {
  it("a representative of a verified organization books a room with a projector: pending, audited", async () => {
    const rep = await representative(t.db, "Fundacja Sala");
    const room = await createRoom(t.db);
    const projector = await createEquipment(t.db, "Rzutnik", 2);
    const result = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { [`equipment.${projector.id}`]: "1" }),
      now,
      options,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ status: "pending", startsAt: "2026-12-15T09:00:00.000Z", endsAt: "2026-12-15T11:00:00.000Z" });
    const lines = await t.db.select().from(roomBookingEquipment).where(eq(roomBookingEquipment.bookingId, result.value.id));
    expect(lines).toEqual([{ bookingId: result.value.id, equipmentId: projector.id, quantity: 1 }]);
    expect((await auditOf(t.db, result.value.id))[0].action).toBe("booking.create");
  });

  it("a room set to auto-confirm confirms at once", async () => {
    const rep = await representative(t.db, "Fundacja Auto");
    const room = await createRoom(t.db, { autoConfirm: true });
    const result = await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId), now, options);
    expect(result.ok && result.value.status).toBe("confirmed");
  });

  it("refuses outside hours, on a holiday, over capacity, beyond the window — at the fields, nothing booked", async () => {
    const rep = await representative(t.db, "Fundacja Pola");
    const room = await createRoom(t.db, { capacity: 8 });
    const form = (o: Record<string, unknown>) => bookingForm(room.id, rep.organizationId, o);
    expect(await bookRoom(t.db, rep.principal, form({ startTime: "15:00", endTime: "17:00" }), now, options)).toEqual({
      ok: false,
      fieldErrors: { startTime: ["outsideHours"] },
    });
    expect(await bookRoom(t.db, rep.principal, form({ date: "2026-12-24" }), now, options)).toEqual({
      ok: false,
      fieldErrors: { date: ["closedDay"] },
    });
    expect(await bookRoom(t.db, rep.principal, form({ attendees: "9" }), now, options)).toEqual({
      ok: false,
      fieldErrors: { attendees: ["overCapacity"] },
    });
    expect(await bookRoom(t.db, rep.principal, form({ date: "2027-02-15" }), now, options)).toEqual({
      ok: false,
      fieldErrors: { date: ["beyondWindow"] },
    });
    expect(await activeCount(room.id)).toBe(0);
  });

  it("refuses an unverified organization and one the person does not represent", async () => {
    const rep = await representative(t.db, "Fundacja Nowa", false);
    const other = await representative(t.db, "Fundacja Obca");
    const room = await createRoom(t.db);
    expect(await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId), now, options)).toEqual({
      ok: false,
      formError: "organizationNotVerified",
    });
    await expect(bookRoom(t.db, rep.principal, bookingForm(room.id, other.organizationId), now, options)).rejects.toThrow(ForbiddenError);
    await expect(bookRoom(t.db, null, bookingForm(room.id, other.organizationId), now, options)).rejects.toThrow(ForbiddenError);
    expect(await activeCount(room.id)).toBe(0);
  });

  it("an informal group of residents books only a room that allows it", async () => {
    const closed = await createRoom(t.db);
    const open = await createRoom(t.db, { allowsInformalGroups: true });
    const form = (roomId: string) => bookingForm(roomId, "", { groupName: "Sąsiedzi z Bojar" });
    expect(await bookRoom(t.db, resident, form(closed.id), now, options)).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["groupsNotAllowed"] },
    });
    const result = await bookRoom(t.db, resident, form(open.id), now, options);
    expect(result.ok).toBe(true);
  });

  it("the hours per month are counted per organization in the Warsaw month", async () => {
    const rep = await representative(t.db, "Fundacja Limit");
    const room = await createRoom(t.db);
    const settings = { ...testSettings, hoursPerMonth: 4 };
    const first = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { date: "2026-12-15", startTime: "08:00", endTime: "11:00" }),
      now,
      { settings },
    );
    expect(first.ok).toBe(true);
    expect(
      await bookRoom(
        t.db,
        rep.principal,
        bookingForm(room.id, rep.organizationId, { date: "2026-12-16", startTime: "08:00", endTime: "10:00" }),
        now,
        { settings },
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { endTime: ["monthlyLimit"] },
    });
    const january = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { date: "2027-01-04", startTime: "08:00", endTime: "10:00" }),
      now,
      { settings },
    );
    expect(january.ok).toBe(true);
  });
});

describe("no double booking", () => {
  it("a taken slot is refused with the nearest free slots of that room", async () => {
    const a = await representative(t.db, "Fundacja Pierwsza");
    const b = await representative(t.db, "Fundacja Druga");
    const room = await createRoom(t.db);
    expect((await bookRoom(t.db, a.principal, bookingForm(room.id, a.organizationId), now, options)).ok).toBe(true);
    const refused = await bookRoom(
      t.db,
      b.principal,
      bookingForm(room.id, b.organizationId, { startTime: "11:00", endTime: "12:00" }),
      now,
      options,
    );
    expect(refused).toMatchObject({ ok: false, formError: "roomTaken" });
    expect(!refused.ok && "suggestions" in refused && refused.suggestions).toEqual([
      { startsAt: warsawToInstant("2026-12-15", "12:00").toISOString(), endsAt: warsawToInstant("2026-12-15", "13:00").toISOString() },
      { startsAt: warsawToInstant("2026-12-15", "12:30").toISOString(), endsAt: warsawToInstant("2026-12-15", "13:30").toISOString() },
      { startsAt: warsawToInstant("2026-12-15", "09:00").toISOString(), endsAt: warsawToInstant("2026-12-15", "10:00").toISOString() },
    ]);
  });

  it("the database refuses an overlapping active booking inserted directly (exclusion constraint), but not a cancelled one", async () => {
    const rep = await representative(t.db, "Fundacja Wprost");
    const room = await createRoom(t.db);
    const row = (status: "pending" | "cancelled", from: string, to: string) => ({
      roomId: room.id,
      organizationId: rep.organizationId,
      startsAt: warsawToInstant("2026-12-16", from),
      endsAt: warsawToInstant("2026-12-16", to),
      purpose: "x",
      attendees: 1,
      status,
    });
    await t.db.insert(roomBookings).values(row("pending", "10:00", "12:00"));
    await expect(t.db.insert(roomBookings).values(row("pending", "11:30", "13:00"))).rejects.toThrow();
    await t.db.insert(roomBookings).values(row("cancelled", "11:30", "13:00"));
    await t.db.insert(roomBookings).values(row("pending", "12:00", "13:00")); // touching ends do not overlap
  });

  it("several concurrent bookings of one slot: exactly one succeeds, the rest are told the room is taken", async () => {
    const room = await createRoom(t.db);
    const reps = await Promise.all([1, 2, 3, 4, 5].map((i) => representative(t.db, `Fundacja Wyścig ${i}`)));
    const results = await Promise.all(
      reps.map((rep, i) =>
        bookRoom(
          t.db,
          rep.principal,
          bookingForm(room.id, rep.organizationId, { startTime: `${10 + (i % 2)}:00`, endTime: "12:00" }),
          now,
          options,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.formError === "roomTaken")).toBe(true);
    expect(await activeCount(room.id)).toBe(1);
  });

  it("equipment is never lent beyond its quantity, across rooms and concurrent bookings", async () => {
    const camera = await createEquipment(t.db, "Kamera", 1);
    const rooms = await Promise.all([1, 2, 3].map(() => createRoom(t.db)));
    const reps = await Promise.all([1, 2, 3].map((i) => representative(t.db, `Fundacja Kamera ${i}`)));
    const results = await Promise.all(
      reps.map((rep, i) =>
        bookRoom(t.db, rep.principal, bookingForm(rooms[i].id, rep.organizationId, { [`equipment.${camera.id}`]: "1" }), now, options),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok))
      expect(r).toEqual({ ok: false, fieldErrors: { [`equipment.${camera.id}`]: ["equipmentUnavailable"] } });
    const [{ n }] = await t.db.select({ n: count() }).from(roomBookingEquipment).where(eq(roomBookingEquipment.equipmentId, camera.id));
    expect(n).toBe(1);
  });
});

describe("repetition", () => {
  it("weekly: each occurrence booked or reported as conflicting (a holiday, a taken week)", async () => {
    const a = await representative(t.db, "Fundacja Seria");
    const b = await representative(t.db, "Fundacja Przeszkoda");
    const room = await createRoom(t.db);
    // 24 Dec 2026 is a holiday (Thursday); 31 Dec is taken by another organization
    expect((await bookRoom(t.db, b.principal, bookingForm(room.id, b.organizationId, { date: "2026-12-31" }), now, options)).ok).toBe(true);
    const result = await bookRoom(
      t.db,
      a.principal,
      bookingForm(room.id, a.organizationId, { date: "2026-12-17", repeat: "weekly", repeatUntil: "2027-01-14" }),
      now,
      options,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.booked.map((o) => o.startsAt)).toEqual([
      "2026-12-17T09:00:00.000Z",
      "2027-01-07T09:00:00.000Z",
      "2027-01-14T09:00:00.000Z",
    ]);
    expect(result.value.conflicts.map((c) => [c.startsAt, c.reason])).toEqual([
      ["2026-12-24T09:00:00.000Z", "closedDay"],
      ["2026-12-31T09:00:00.000Z", "roomTaken"],
    ]);
    const series = await t.db.select().from(roomBookings).where(eq(roomBookings.seriesId, result.value.seriesId!));
    expect(series).toHaveLength(3);
  });

  it("cancels the occurrences of a series not begun yet, only for its own organization", async () => {
    const a = await representative(t.db, "Fundacja Cykliczna");
    const other = await representative(t.db, "Fundacja Postronna");
    const room = await createRoom(t.db);
    const result = await bookRoom(
      t.db,
      a.principal,
      bookingForm(room.id, a.organizationId, {
        date: "2026-12-08",
        startTime: "08:00",
        endTime: "09:00",
        repeat: "weekly",
        repeatUntil: "2026-12-22",
      }),
      now,
      options,
    );
    if (!result.ok) throw new Error("booking failed");
    const seriesId = result.value.seriesId!;
    const statuses = async () =>
      (await t.db.select().from(roomBookings).where(eq(roomBookings.seriesId, seriesId)).orderBy(roomBookings.startsAt)).map(
        (b) => b.status,
      );
    await expect(cancelSeries(t.db, other.principal, { seriesId }, now, options)).rejects.toThrow(ForbiddenError);
    await expect(cancelSeries(t.db, resident, { seriesId }, now, options)).rejects.toThrow(ForbiddenError);
    expect(await statuses()).toEqual(["pending", "pending", "pending"]);
    expect(await cancelSeries(t.db, a.principal, { seriesId: "nope" }, now, options)).toMatchObject({ ok: false });
    // 8 Dec 08:00 is within the 24-hour notice: that one counts as a no-show, the later two are cancelled
    expect(await cancelSeries(t.db, a.principal, { seriesId }, now, options)).toEqual({ ok: true, value: { cancelled: 3 } });
    expect(await statuses()).toEqual(["no_show", "cancelled", "cancelled"]);
    expect(await cancelSeries(t.db, a.principal, { seriesId }, now, options)).toEqual({ ok: false, formError: "notActive" });
  });
});

describe("cancelling, deciding, blocking", () => {
  it("the own organization cancels in time (slot freed) or late (a no-show); another organization is refused with nothing changed", async () => {
    const rep = await representative(t.db, "Fundacja Anuluje");
    const other = await representative(t.db, "Fundacja Cudza");
    const room = await createRoom(t.db);
    const early = await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId, { date: "2026-12-15" }), now, options);
    const late = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { date: "2026-12-08", startTime: "08:00", endTime: "09:00" }),
      now,
      options,
    );
    if (!early.ok || !late.ok) throw new Error("booking failed");
    await expect(cancelBooking(t.db, other.principal, { bookingId: early.value.id }, now, options)).rejects.toThrow(ForbiddenError);
    await expect(cancelBooking(t.db, resident, { bookingId: early.value.id }, now, options)).rejects.toThrow(ForbiddenError);
    const [unchanged] = await t.db.select().from(roomBookings).where(eq(roomBookings.id, early.value.id));
    expect(unchanged.status).toBe("pending");
    expect(await cancelBooking(t.db, rep.principal, { bookingId: early.value.id }, now, options)).toEqual({
      ok: true,
      value: { id: early.value.id, status: "cancelled" },
    });
    expect(await cancelBooking(t.db, rep.principal, { bookingId: late.value.id }, now, options)).toEqual({
      ok: true,
      value: { id: late.value.id, status: "no_show" },
    });
    expect(await cancelBooking(t.db, rep.principal, { bookingId: late.value.id }, now, options)).toEqual({
      ok: false,
      formError: "notActive",
    });
  });

  it("staff confirm (mail) and decline with a reason (mail); a resident or representative cannot", async () => {
    const rep = await representative(t.db, "Fundacja Decyzja");
    const room = await createRoom(t.db);
    const one = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { startTime: "08:00", endTime: "09:00" }),
      now,
      options,
    );
    const two = await bookRoom(
      t.db,
      rep.principal,
      bookingForm(room.id, rep.organizationId, { startTime: "13:00", endTime: "14:00" }),
      now,
      options,
    );
    if (!one.ok || !two.ok) throw new Error("booking failed");
    await expect(confirmBooking(t.db, resident, { bookingId: one.value.id }, now)).rejects.toThrow(ForbiddenError);
    await expect(confirmBooking(t.db, rep.principal, { bookingId: one.value.id }, now)).rejects.toThrow(ForbiddenError);
    expect(await confirmBooking(t.db, staff, { bookingId: one.value.id }, now)).toEqual({
      ok: true,
      value: { id: one.value.id, status: "confirmed" },
    });
    expect(await declineBooking(t.db, staff, { bookingId: two.value.id, reason: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect(await declineBooking(t.db, staff, { bookingId: two.value.id, reason: "Remont sali" }, now)).toEqual({
      ok: true,
      value: { id: two.value.id, status: "declined" },
    });
    const mails = await mailsTo(t.db, rep.user.email);
    expect(mails.map((m) => m.kind).sort()).toEqual(["booking_confirmed", "booking_declined"]);
    expect(mails.find((m) => m.kind === "booking_declined")?.text).toContain("Remont sali");
    expect(await recordNoShow(t.db, staff, { bookingId: one.value.id }, now)).toEqual({ ok: false, formError: "notStarted" });
    expect(await recordNoShow(t.db, staff, { bookingId: one.value.id }, warsawToInstant("2026-12-15", "08:30"))).toMatchObject({
      ok: true,
    });
  });

  it("the reminder goes once, the day before", async () => {
    const rep = await representative(t.db, "Fundacja Pamięta");
    const room = await createRoom(t.db, { autoConfirm: true });
    const booked = await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId, { date: "2026-12-09" }), now, options);
    expect(booked.ok).toBe(true);
    const dayBefore = warsawToInstant("2026-12-08", "09:00");
    expect(await sendBookingReminders(t.db, dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await sendBookingReminders(t.db, dayBefore)).toBe(0);
    expect((await mailsTo(t.db, rep.user.email)).filter((m) => m.kind === "booking_reminder")).toHaveLength(1);
  });

  it("staff block a free time; a block over an active booking is refused, and bookings over a block are refused", async () => {
    const rep = await representative(t.db, "Fundacja Blok");
    const room = await createRoom(t.db);
    expect((await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId), now, options)).ok).toBe(true);
    const block = (from: string, to: string) => ({
      roomId: room.id,
      date: "2026-12-15",
      startTime: from,
      endTime: to,
      reason: "Konserwacja",
    });
    expect(await blockRoom(t.db, staff, block("11:00", "13:00"), now)).toEqual({
      ok: false,
      fieldErrors: { startTime: ["blockOverlapsBooking"] },
    });
    await expect(blockRoom(t.db, rep.principal, block("13:00", "15:00"), now)).rejects.toThrow(ForbiddenError);
    expect((await blockRoom(t.db, staff, block("13:00", "15:00"), now)).ok).toBe(true);
    expect(
      await bookRoom(t.db, rep.principal, bookingForm(room.id, rep.organizationId, { startTime: "14:00", endTime: "15:00" }), now, options),
    ).toEqual({
      ok: false,
      formError: "roomBlocked",
    });
    expect(await t.db.$count(roomBlocks, eq(roomBlocks.roomId, room.id))).toBe(1);
  });
});

describe("a room's photo", () => {
  const fileOf = (bytes: Uint8Array) => ({ size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

  it("is re-encoded as a PNG and versioned by its hash; not an image, none, or a resident: refused with nothing stored", async () => {
    const room = await createRoom(t.db);
    const jpeg = new Uint8Array(
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
        .jpeg()
        .toBuffer(),
    );
    expect(await uploadRoomPhoto(t.db, staff, { roomId: room.id, file: null })).toEqual({
      ok: false,
      fieldErrors: { photo: ["photoRequired"] },
    });
    expect(await uploadRoomPhoto(t.db, staff, { roomId: room.id, file: fileOf(new TextEncoder().encode("<svg><script/></svg>")) })).toEqual(
      {
        ok: false,
        fieldErrors: { photo: ["photoType"] },
      },
    );
    await expect(uploadRoomPhoto(t.db, resident, { roomId: room.id, file: fileOf(jpeg) })).rejects.toThrow(ForbiddenError);
    expect(await roomPhoto(t.db, room.id)).toBeNull();

    const result = await uploadRoomPhoto(t.db, staff, { roomId: room.id, file: fileOf(jpeg) }, now);
    if (!result.ok) throw new Error("upload refused");
    const stored = (await roomPhoto(t.db, room.id))!;
    expect(stored.contentType).toBe("image/png");
    expect([...stored.bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(stored.hash).toBe(result.value.hash);
    const [saved] = await t.db.select().from(centreRooms).where(eq(centreRooms.id, room.id));
    expect(saved.photoHash).toBe(result.value.hash);
    expect(await auditOf(t.db, room.id)).toContainEqual(expect.objectContaining({ action: "room.uploadPhoto" }));
    expect(await uploadRoomPhoto(t.db, staff, { roomId: "nope", file: fileOf(jpeg) })).toEqual({ ok: false, formError: "notFound" });
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { systemActor } from "@/lib/audit/record";
import { adviceBookings, adviceSlots } from "@/lib/db/schema/advice";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import {
  bookSlot,
  cancelBooking,
  cancelBookingByStaff,
  createAdviser,
  publishSlots,
  recordAttendance,
  saveNotes,
  sendAdviceReminders,
  setAdviserActive,
  withdrawSlots,
} from "./commands";
import { adviceStats, appointments, bookingForAdviser, listFreeSlots, myBookings } from "./queries";
import { isoWeekday, seriesProblem, seriesSlots, statsByTopic } from "./rules";

let t: TestDatabase;
let staff: Principal;
let adviserPerson: Principal;
let adviserId: string;
const now = new Date("2027-01-04T09:00:00+01:00"); // a Monday

async function person(): Promise<Principal> {
  const user = await createUser(t.db);
  return (await loadPrincipal(t.db, user.id))!;
}

async function freeSlotIds() {
  return (await listFreeSlots(t.db, now)).map((s) => s.id);
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  staff = (await loadPrincipal(t.db, (await createUser(t.db, { isCentreStaff: true })).id))!;
  adviserPerson = await person();
  const added = await createAdviser(t.db, staff, {
    name: "mec. Anna Prawna",
    email: adviserPerson.email,
    topics: ["legal", "registration"],
    bio: "",
  });
  if (!added.ok) throw new Error(JSON.stringify(added));
  adviserId = added.value.id;
  // every Tuesday in January 2027, 10:00–14:00 in one-hour slots
  const published = await publishSlots(t.db, staff, {
    adviserId,
    from: "2027-01-05",
    to: "2027-01-31",
    weekdays: ["2"],
    start: "10:00",
    end: "14:00",
    minutes: "60",
    place: "",
  });
  if (!published.ok) throw new Error(JSON.stringify(published));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("rules", () => {
  it("expands a weekly series into slots in Warsaw time, skipping public holidays and across DST", () => {
    expect(isoWeekday("2027-01-05")).toBe(2);
    const slots = seriesSlots({ from: "2027-03-23", to: "2027-04-06", weekdays: [2], start: "10:00", end: "12:00", minutes: 60 });
    // 23 and 30 March, 6 April (Tuesday after Easter Monday is a working day)
    expect(slots).toHaveLength(6);
    expect(slots[0].startsAt.toISOString()).toBe("2027-03-23T09:00:00.000Z"); // winter time
    expect(slots[2].startsAt.toISOString()).toBe("2027-03-30T08:00:00.000Z"); // summer time: still 10:00 in Warsaw
    // Monday 29 March 2027 is Easter Monday: no slots
    expect(seriesSlots({ from: "2027-03-29", to: "2027-03-29", weekdays: [1], start: "10:00", end: "12:00", minutes: 60 })).toEqual([]);
  });

  it("refuses series outside the Centre's hours, too short or too long", () => {
    expect(seriesProblem({ from: "2027-01-04", to: "2027-01-10", weekdays: [1], start: "07:30", end: "10:00", minutes: 60 })).toBe(
      "outsideHours",
    );
    expect(seriesProblem({ from: "2027-01-04", to: "2027-01-10", weekdays: [1], start: "15:00", end: "17:00", minutes: 60 })).toBe(
      "outsideHours",
    );
    expect(seriesProblem({ from: "2027-01-04", to: "2027-01-10", weekdays: [1], start: "10:00", end: "10:30", minutes: 60 })).toBe(
      "tooShort",
    );
    expect(seriesProblem({ from: "2027-01-04", to: "2027-12-31", weekdays: [1], start: "10:00", end: "11:00", minutes: 60 })).toBe(
      "tooLong",
    );
  });

  it("lists every topic in the statistics, zeros included", () => {
    expect(statsByTopic([{ topic: "legal", slots: 3, bookings: 2, attended: 1 }]).map((s) => [s.topic, s.slots])).toEqual([
      ["legal", 3],
      ["accounting", 0],
      ["fundraising", 0],
      ["registration", 0],
      ["other", 0],
    ]);
  });
});

describe("publishing", () => {
  it("published four Tuesdays × four slots, and a second identical series adds nothing", async () => {
    expect(await freeSlotIds()).toHaveLength(16);
    const again = await publishSlots(t.db, staff, {
      adviserId,
      from: "2027-01-05",
      to: "2027-01-31",
      weekdays: ["2"],
      start: "10:00",
      end: "14:00",
      minutes: "60",
    });
    expect(again).toEqual({ ok: true, value: { created: 0, skipped: 16 } });
  });

  it("refuses a resident, and a series outside opening hours, with nothing changed", async () => {
    const before = (await t.db.select().from(adviceSlots)).length;
    const resident = await person();
    await expect(
      publishSlots(t.db, resident, {
        adviserId,
        from: "2027-02-01",
        to: "2027-02-05",
        weekdays: ["1"],
        start: "10:00",
        end: "11:00",
        minutes: "60",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const late = await publishSlots(t.db, staff, {
      adviserId,
      from: "2027-02-01",
      to: "2027-02-05",
      weekdays: ["1"],
      start: "15:00",
      end: "17:00",
      minutes: "60",
    });
    expect(late).toEqual({ ok: false, fieldErrors: { start: ["outsideHours"] } });
    expect((await t.db.select().from(adviceSlots)).length).toBe(before);
  });

  it("filters free slots by topic", async () => {
    expect(await listFreeSlots(t.db, now, { topic: "accounting" })).toEqual([]);
    expect((await listFreeSlots(t.db, now, { topic: "legal" })).length).toBeGreaterThan(0);
  });
});

describe("booking", () => {
  it("books a slot with a confirmation mail; exactly one of two concurrent bookings wins", async () => {
    const [slotId] = await freeSlotIds();
    const [a, b] = [await person(), await person()];
    const results = await Promise.all([
      bookSlot(t.db, a, { slotId, topic: "legal", description: "Zmiana statutu stowarzyszenia" }, now),
      bookSlot(t.db, b, { slotId, topic: "legal", description: "Zmiana statutu fundacji rodzinnej" }, now),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: "slotTaken" }]);
    expect(await t.db.select().from(adviceBookings).where(eq(adviceBookings.slotId, slotId))).toHaveLength(1);
    const winner = results[0].ok ? a : b;
    expect((await mailsTo(t.db, winner.email)).map((m) => m.kind)).toEqual(["advice_booked"]);
    expect(await freeSlotIds()).not.toContain(slotId);
  });

  it("books on behalf of one's own organization only", async () => {
    const [slotId] = await freeSlotIds();
    const member = await person();
    const org = await createOrganization(t.db, "Stowarzyszenie Doradzane");
    await addOrganizationMember(t.db, org, member.userId, "owner");
    const stranger = await person();
    const refused = await bookSlot(
      t.db,
      stranger,
      { slotId, topic: "legal", description: "Chcemy założyć fundację", organizationId: org },
      now,
    );
    expect(refused).toEqual({ ok: false, fieldErrors: { organizationId: ["invalid"] } });
    const mine = (await loadPrincipal(t.db, member.userId))!;
    expect(
      (await bookSlot(t.db, mine, { slotId, topic: "legal", description: "Chcemy założyć fundację", organizationId: org }, now)).ok,
    ).toBe(true);
  });

  it("refuses a visitor, a short description and a past slot", async () => {
    const [slotId] = await freeSlotIds();
    await expect(bookSlot(t.db, null, { slotId, topic: "legal", description: "Opis sprawy dłuższy" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const resident = await person();
    expect(await bookSlot(t.db, resident, { slotId, topic: "legal", description: "krótko" }, now)).toEqual({
      ok: false,
      fieldErrors: { description: ["descriptionTooShort"] },
    });
    expect(
      await bookSlot(t.db, resident, { slotId, topic: "legal", description: "Opis sprawy dłuższy" }, new Date("2027-02-01T00:00:00Z")),
    ).toEqual({
      ok: false,
      formError: "slotNotBookable",
    });
    expect(await bookSlot(t.db, resident, { slotId: "nie-uuid", topic: "legal", description: "Opis sprawy dłuższy" }, now)).toEqual({
      ok: false,
      formError: "notFound",
    });
  });

  it("lets the person cancel (the slot is free again); someone else's cancel is not found", async () => {
    const [slotId] = await freeSlotIds();
    const owner = await person();
    const booked = await bookSlot(t.db, owner, { slotId, topic: "registration", description: "Rejestracja stowarzyszenia zwykłego" }, now);
    if (!booked.ok) throw new Error("not booked");
    const other = await person();
    expect(await cancelBooking(t.db, other, { bookingId: booked.value.id }, now)).toEqual({ ok: false, formError: "notFound" });
    expect((await myBookings(t.db, owner))[0].status).toBe("booked");
    expect(await cancelBooking(t.db, owner, { bookingId: booked.value.id }, now)).toEqual({ ok: true, value: null });
    expect((await myBookings(t.db, owner))[0].status).toBe("cancelled");
    expect(await freeSlotIds()).toContain(slotId);
    // the freed slot can be booked again
    expect((await bookSlot(t.db, other, { slotId, topic: "legal", description: "Inna sprawa prawna" }, now)).ok).toBe(true);
  });

  it("staff cancel with a reason, mailed to the person", async () => {
    const [slotId] = await freeSlotIds();
    const owner = await person();
    const booked = await bookSlot(t.db, owner, { slotId, topic: "legal", description: "Umowa z wolontariuszem" }, now);
    if (!booked.ok) throw new Error("not booked");
    expect(await cancelBookingByStaff(t.db, staff, { bookingId: booked.value.id, reason: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    await expect(cancelBookingByStaff(t.db, owner, { bookingId: booked.value.id, reason: "Choroba doradcy" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await cancelBookingByStaff(t.db, staff, { bookingId: booked.value.id, reason: "Choroba doradcy" }, now)).ok).toBe(true);
    const mails = await mailsTo(t.db, owner.email);
    expect(mails.map((m) => m.kind)).toEqual(["advice_booked", "advice_cancelledByStaff"]);
    expect(mails[1].text).toContain("Choroba doradcy");
    expect((await auditOf(t.db, booked.value.id)).map((a) => a.action)).toEqual(["advice.cancel", "advice.book"]);
  });
});

describe("notes, attendance, reminders and statistics", () => {
  it("keeps the notes to staff and the adviser; the booker and others are refused with nothing changed", async () => {
    const [slotId] = await freeSlotIds();
    const owner = await person();
    const booked = await bookSlot(t.db, owner, { slotId, topic: "legal", description: "Spór z wynajmującym" }, now);
    if (!booked.ok) throw new Error("not booked");
    const bookingId = booked.value.id;
    const adviser = (await loadPrincipal(t.db, adviserPerson.userId))!;
    expect(await saveNotes(t.db, adviser, { bookingId, notes: "Poradzono wypowiedzenie umowy." })).toEqual({ ok: true, value: null });
    await expect(saveNotes(t.db, owner, { bookingId, notes: "nadpisane" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bookingForAdviser(t.db, owner, bookingId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await bookingForAdviser(t.db, staff, bookingId))?.notes).toBe("Poradzono wypowiedzenie umowy.");
    expect(JSON.stringify(await myBookings(t.db, owner))).not.toContain("wypowiedzenie");
    // the adviser sees their own slots only; a resident who is no adviser sees none
    expect((await appointments(t.db, adviser, now)).length).toBeGreaterThan(0);
    expect(await appointments(t.db, owner, now)).toEqual([]);
    expect(await recordAttendance(t.db, adviser, { bookingId, status: "attended" })).toEqual({ ok: true, value: null });
  });

  it("reminds once the day before, however often the job runs", async () => {
    const dayBefore = new Date("2027-01-11T18:00:00+01:00"); // Tuesday 12 January's slots are within 36 h
    const owner = await person();
    const [slot] = (await listFreeSlots(t.db, dayBefore)).filter((s) => s.startsAt.startsWith("2027-01-12"));
    const booked = await bookSlot(t.db, owner, { slotId: slot.id, topic: "legal", description: "Pytanie o RODO w stowarzyszeniu" }, now);
    expect(booked.ok).toBe(true);
    const first = await sendAdviceReminders(t.db, dayBefore, systemActor("advice.remind"));
    const second = await sendAdviceReminders(t.db, dayBefore, systemActor("advice.remind"));
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBe(0);
    expect((await mailsTo(t.db, owner.email)).map((m) => m.kind)).toEqual(["advice_booked", "advice_reminder"]);
  });

  it("counts slots, bookings and attended appointments per topic for the year", async () => {
    const stats = await adviceStats(t.db, staff, 2027);
    const legal = stats.find((s) => s.topic === "legal")!;
    expect(legal.slots).toBe(16);
    expect(legal.attended).toBe(1);
    expect(legal.bookings).toBeGreaterThanOrEqual(5);
    expect(stats.find((s) => s.topic === "accounting")).toEqual({ topic: "accounting", slots: 0, bookings: 0, attended: 0 });
    await expect(adviceStats(t.db, adviserPerson, 2027)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("withdraws free slots only", async () => {
    const [free] = await freeSlotIds();
    const taken = (await t.db.select({ slotId: adviceBookings.slotId }).from(adviceBookings).where(eq(adviceBookings.status, "booked")))[0]
      .slotId;
    expect(await withdrawSlots(t.db, staff, { slotIds: [taken] }, now)).toEqual({ ok: false, formError: "slotTaken" });
    expect(await withdrawSlots(t.db, staff, { slotIds: [free] }, now)).toEqual({ ok: true, value: { withdrawn: 1 } });
    expect(await freeSlotIds()).not.toContain(free);
  });

  it("asks for at least one slot, and refuses the adviser and a resident with nothing withdrawn", async () => {
    expect(await withdrawSlots(t.db, staff, { slotIds: [] }, now)).toMatchObject({
      ok: false,
      fieldErrors: { slotIds: ["slotsRequired"] },
    });
    expect(await withdrawSlots(t.db, staff, { slotIds: ["not-an-id"] }, now)).toMatchObject({ ok: false });
    const [free] = await freeSlotIds();
    await expect(withdrawSlots(t.db, adviserPerson, { slotIds: [free] }, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await freeSlotIds()).toContain(free);
  });

  it("turns an adviser off only without booked appointments ahead; their free slots leave the list and come back", async () => {
    // the adviser of the suite has bookings ahead: refused, nothing changed
    expect(await setAdviserActive(t.db, staff, { adviserId, active: "false" }, now)).toEqual({
      ok: false,
      formError: "adviserHasBookings",
    });
    const other = await createAdviser(t.db, staff, { name: "Jan Księgowy", email: "", topics: ["accounting"], bio: "" });
    if (!other.ok) throw new Error("adviser refused");
    const published = await publishSlots(t.db, staff, {
      adviserId: other.value.id,
      from: "2027-01-07",
      to: "2027-01-07",
      weekdays: ["4"],
      start: "10:00",
      end: "11:00",
      minutes: "60",
      place: "",
    });
    expect(published.ok).toBe(true);
    const accountingSlots = async () => (await listFreeSlots(t.db, now, { topic: "accounting" })).length;
    expect(await accountingSlots()).toBe(1);
    await expect(setAdviserActive(t.db, adviserPerson, { adviserId: other.value.id, active: "false" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await accountingSlots()).toBe(1);
    expect(await setAdviserActive(t.db, staff, { adviserId: other.value.id, active: "false" }, now)).toEqual({
      ok: true,
      value: { active: false },
    });
    expect(await accountingSlots()).toBe(0);
    expect(await setAdviserActive(t.db, staff, { adviserId: other.value.id, active: "true" }, now)).toEqual({
      ok: true,
      value: { active: true },
    });
    expect(await accountingSlots()).toBe(1);
  });
});

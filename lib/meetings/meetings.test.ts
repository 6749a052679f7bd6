import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo } from "@/tests/factories";
import { cancelRegistration, createMeeting, publishMinutes, registerForMeeting } from "./commands";
import { getPublicMeeting, myRegistration } from "./queries";
import { seatsToPromote, statusForNewRegistration } from "./rules";
import { warsawLocalToDate } from "./schemas";

let t: TestDatabase;
let admin: Principal;
const now = new Date("2026-11-27T12:00:00+01:00");

async function person(): Promise<Principal> {
  const user = await createUser(t.db);
  return (await loadPrincipal(t.db, user.id))!;
}

async function newMeeting(capacity: number) {
  const result = await createMeeting(t.db, admin, {
    kind: "workshop",
    title: "Warsztat",
    place: "Centrum, ul. Świętojańska 22/1",
    startsAt: "2027-02-10T17:00",
    endsAt: "2027-02-10T19:00",
    capacity: String(capacity),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function statuses(meetingId: string) {
  return t.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId));
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test"); // links in mail come from APP_URL
  t = await createTestDatabase();
  const user = await createUser(t.db, { isAdmin: true });
  admin = (await loadPrincipal(t.db, user.id))!;
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("Warsaw time from the form", () => {
  it("reads datetime-local values as Warsaw wall-clock time, across DST", () => {
    expect(warsawLocalToDate("2026-12-03T17:00")?.toISOString()).toBe("2026-12-03T16:00:00.000Z");
    expect(warsawLocalToDate("2026-07-01T10:05")?.toISOString()).toBe("2026-07-01T08:05:00.000Z");
    expect(warsawLocalToDate("2027-03-28T01:30")?.toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(warsawLocalToDate("2027-03-28T03:30")?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    for (const bad of ["2026-02-30T10:00", "2026-12-03 17:00", "2026-12-03T25:00", ""]) expect(warsawLocalToDate(bad)).toBeNull();
  });
});

describe("rules", () => {
  it("seats, then the waiting list; promotion fills free seats only", () => {
    expect(statusForNewRegistration(2, 1)).toBe("registered");
    expect(statusForNewRegistration(2, 2)).toBe("waiting");
    expect(seatsToPromote(3, 2, 5)).toBe(1);
    expect(seatsToPromote(3, 3, 5)).toBe(0);
    expect(seatsToPromote(3, 0, 1)).toBe(1);
  });
});

describe("meetings", () => {
  it("stores times given in Warsaw time", async () => {
    const id = await newMeeting(5);
    const [row] = await t.db.select().from(meetings).where(eq(meetings.id, id));
    expect(row.startsAt.toISOString()).toBe("2027-02-10T16:00:00.000Z");
  });

  it("only administrators create meetings; bad input is refused with field errors", async () => {
    const resident = await person();
    await expect(createMeeting(t.db, resident, { kind: "workshop" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createMeeting(t.db, null, { kind: "workshop" })).rejects.toBeInstanceOf(ForbiddenError);
    const bad = await createMeeting(t.db, admin, {
      kind: "party",
      title: "",
      place: "x",
      startsAt: "2027-02-10T19:00",
      endsAt: "2027-02-10T17:00",
      capacity: "0",
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["capacity", "kind", "place", "title"]);
    const reversed = await createMeeting(t.db, admin, {
      kind: "workshop",
      title: "Warsztat",
      place: "Centrum",
      startsAt: "2027-02-10T19:00",
      endsAt: "2027-02-10T17:00",
      capacity: "3",
    });
    expect(!reversed.ok && reversed.fieldErrors?.endsAt).toEqual(["endsBeforeStart"]);
  });

  it("puts people beyond capacity on the waiting list and refuses a second registration", async () => {
    const id = await newMeeting(1);
    const [a, b] = [await person(), await person()];
    expect(await registerForMeeting(t.db, a, { meetingId: id }, now)).toEqual({ ok: true, value: { status: "registered" } });
    expect(await registerForMeeting(t.db, a, { meetingId: id }, now)).toEqual({ ok: false, formError: "alreadyRegistered" });
    expect(await registerForMeeting(t.db, b, { meetingId: id }, now)).toEqual({ ok: true, value: { status: "waiting" } });
    expect(await myRegistration(t.db, b, id)).toEqual({ status: "waiting", position: 1 });
    await expect(registerForMeeting(t.db, null, { meetingId: id }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("holds the capacity under concurrent registrations and promotes the first waiting on cancellation, with a mail", async () => {
    const id = await newMeeting(3);
    const people = await Promise.all(Array.from({ length: 8 }, () => person()));
    const results = await Promise.all(people.map((p) => registerForMeeting(t.db, p, { meetingId: id }, now)));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await statuses(id);
    expect(rows.filter((r) => r.status === "registered")).toHaveLength(3);
    expect(rows.filter((r) => r.status === "waiting")).toHaveLength(5);
    expect(await getPublicMeeting(t.db, id)).toMatchObject({ capacity: 3, registered: 3, waiting: 5 });

    const waitingInOrder = rows.filter((r) => r.status === "waiting").sort((x, y) => x.seq - y.seq);
    const seated = rows.filter((r) => r.status === "registered").map((r) => people.find((p) => p.userId === r.userId)!);
    const cancelled = await cancelRegistration(t.db, seated[0], { meetingId: id }, { now });
    expect(cancelled).toEqual({ ok: true, value: { promoted: [waitingInOrder[0].userId] } });
    // Leaving the waiting list frees no seat: nobody is promoted.
    const waitingPerson = people.find((p) => p.userId === waitingInOrder[3].userId)!;
    expect(await cancelRegistration(t.db, waitingPerson, { meetingId: id }, { now })).toEqual({ ok: true, value: { promoted: [] } });

    const after = await statuses(id);
    expect(after.filter((r) => r.status === "registered")).toHaveLength(3);
    expect(after.find((r) => r.userId === waitingInOrder[0].userId)?.status).toBe("registered");
    expect(after.find((r) => r.userId === waitingInOrder[1].userId)?.status).toBe("waiting");
    const promotedPerson = people.find((p) => p.userId === waitingInOrder[0].userId)!;
    const promotedMail = await mailsTo(t.db, promotedPerson.email);
    expect(promotedMail).toHaveLength(1);
    expect(promotedMail[0].kind).toBe("meeting_promoted");
    expect(promotedMail[0].text).toContain(`https://wspolnie.test/meetings/${id}`);
    expect(await mailsTo(t.db, people.find((p) => p.userId === waitingInOrder[1].userId)!.email)).toHaveLength(0);

    // The one who cancelled may register again: at the end of the queue.
    expect(await registerForMeeting(t.db, seated[0], { meetingId: id }, now)).toEqual({ ok: true, value: { status: "waiting" } });
    expect(await myRegistration(t.db, seated[0], id)).toEqual({ status: "waiting", position: 4 });
  });

  it("cancelling without a registration is refused; another person's registration is untouched", async () => {
    const id = await newMeeting(2);
    const [a, b] = [await person(), await person()];
    await registerForMeeting(t.db, a, { meetingId: id }, now);
    expect(await cancelRegistration(t.db, b, { meetingId: id }, { now })).toEqual({ ok: false, formError: "notRegistered" });
    const [row] = await t.db
      .select()
      .from(meetingRegistrations)
      .where(and(eq(meetingRegistrations.meetingId, id), eq(meetingRegistrations.userId, a.userId)));
    expect(row.status).toBe("registered");
  });

  it("closes registration when the meeting starts; minutes only after it ends, by administrators", async () => {
    const id = await newMeeting(2);
    const resident = await person();
    const during = new Date("2027-02-10T18:00:00+01:00");
    expect(await registerForMeeting(t.db, resident, { meetingId: id }, during)).toEqual({ ok: false, formError: "registrationClosed" });
    const minutes = { meetingId: id, minutes: "Uczestnicy omówili program współpracy." };
    expect(await publishMinutes(t.db, admin, minutes, during)).toEqual({ ok: false, formError: "meetingNotEnded" });
    await expect(publishMinutes(t.db, resident, minutes, new Date("2027-02-11T10:00:00+01:00"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await publishMinutes(t.db, admin, minutes, new Date("2027-02-11T10:00:00+01:00"))).toEqual({ ok: true, value: null });
    const [row] = await t.db.select().from(meetings).where(eq(meetings.id, id));
    expect(row.minutes).toBe(minutes.minutes);
  });
});

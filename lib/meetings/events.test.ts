import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { meetingRegistrations } from "@/lib/db/schema/meetings";
import { listFiltersFromKey, listKey, INVALID_LIST_KEY } from "@/lib/http/list-filters";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser } from "@/tests/factories";
import { cancelRegistration, createMeeting, markAttendance, registerForMeeting } from "./commands";
import { meetingListFilters } from "./list-filters";
import {
  eventStatistics,
  listEvents,
  listPublicMeetings,
  myCertificate,
  myRegistrationDetails,
  organizationsForRegistration,
  verifyCertificate,
} from "./queries";
import { attendanceOpen, certificateCode, earnsCertificate, normalizeCertificateCode, registrationOpen } from "./rules";

/** The Centre's trainings and events in the meetings module: types, deadline, on behalf of, attendance, certificates, statistics. */
let t: TestDatabase;
let staff: Principal;
let admin: Principal;
const before = new Date("2027-03-01T12:00:00+01:00");
const during = new Date("2027-03-10T10:30:00+01:00");
const after = new Date("2027-03-10T16:00:00+01:00");

async function principalOf(options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.db, options);
  return (await loadPrincipal(t.db, user.id))!;
}

async function newTraining(overrides: Record<string, unknown> = {}, by: Principal = staff) {
  const result = await createMeeting(t.db, by, {
    kind: "training",
    title: "Jak rozliczyć dotację",
    place: "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1",
    startsAt: "2027-03-10T10:00",
    endsAt: "2027-03-10T14:00",
    capacity: "2",
    organizer: "Anna Trenerska",
    topicArea: "finanse",
    audience: "księgowi organizacji",
    registrationDeadline: "2027-03-08T16:00",
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function registrationOf(meetingId: string, userId: string) {
  const rows = await t.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, meetingId));
  return rows.find((r) => r.userId === userId && r.status !== "cancelled")!;
}

beforeAll(async () => {
  t = await createTestDatabase();
  staff = await principalOf({ isCentreStaff: true });
  admin = await principalOf({ isAdmin: true });
}, 60_000);
afterAll(() => t?.close());

describe("rules", () => {
  it("closes registration at the deadline, else at the start", () => {
    const start = new Date("2027-03-10T09:00:00Z");
    const deadline = new Date("2027-03-08T15:00:00Z");
    expect(registrationOpen(start, new Date("2027-03-08T14:59:59Z"), deadline)).toBe(true);
    expect(registrationOpen(start, deadline, deadline)).toBe(false);
    expect(registrationOpen(start, new Date("2027-03-09T00:00:00Z"), null)).toBe(true);
    expect(registrationOpen(start, start, null)).toBe(false);
    expect(attendanceOpen(start, new Date("2027-03-10T08:59:59Z"))).toBe(false);
    expect(attendanceOpen(start, start)).toBe(true);
  });

  it("a certificate needs a seat and presence", () => {
    expect(earnsCertificate({ status: "registered", attendance: "present" })).toBe(true);
    expect(earnsCertificate({ status: "registered", attendance: "absent" })).toBe(false);
    expect(earnsCertificate({ status: "registered", attendance: null })).toBe(false);
    expect(earnsCertificate({ status: "waiting", attendance: "present" })).toBe(false);
  });

  it("makes readable codes and reads them back however typed", () => {
    const code = certificateCode(() => Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31]));
    expect(code).toBe("234-567-89A-BC2");
    expect(normalizeCertificateCode("234 567 89a bc2")).toBe(code);
    expect(normalizeCertificateCode("23456789ABC2")).toBe(code);
    for (const bad of ["", "234-567-89A-BC", "234-567-89A-BC20", "O34-567-89A-BC2", "'; drop table--"])
      expect(normalizeCertificateCode(bad)).toBeNull();
  });

  it("list filters: type and year are cached per combination, unknown values are a 404", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const key = (q: string) => listKey(meetingListFilters, new URLSearchParams(q), now);
    expect(key("")).toBe("all");
    expect(key("year=2026&type=training")).toBe("type=training&year=2026");
    expect(key("type=&year=&page=3")).toBe("all");
    for (const bad of ["type=party", "year=1999", "year=2031", "year=abc"]) expect(key(bad), bad).toBe(INVALID_LIST_KEY);
    expect(listFiltersFromKey(meetingListFilters, "type=ngo_forum", now)).toEqual({ type: "ngo_forum" });
    expect(listFiltersFromKey(meetingListFilters, "year=2026&type=training", now)).toBeNull();
  });
});

describe("trainings and events", () => {
  it("Centre staff and administrators create events with the training's fields; residents are refused", async () => {
    const id = await newTraining();
    const byAdmin = await newTraining({ kind: "ngo_forum", title: "Forum" }, admin);
    const [training] = (await listEvents(t.db, { kind: "training" })).filter((e) => e.id === id);
    expect(training).toMatchObject({
      kind: "training",
      organizer: "Anna Trenerska",
      topicArea: "finanse",
      audience: "księgowi organizacji",
      onlineUrl: null,
      registrationDeadline: "2027-03-08T15:00:00.000Z",
    });
    expect((await listEvents(t.db, { kind: "ngo_forum" })).map((e) => e.id)).toContain(byAdmin);
    const resident = await principalOf();
    await expect(createMeeting(t.db, resident, { kind: "training" })).rejects.toBeInstanceOf(ForbiddenError);
    const bad = await createMeeting(t.db, staff, {
      kind: "training",
      title: "Szkolenie",
      place: "online",
      startsAt: "2027-03-10T10:00",
      endsAt: "2027-03-10T12:00",
      capacity: "10",
      onlineUrl: "javascript:alert(1)",
      registrationDeadline: "2027-03-11T10:00",
    });
    expect(!bad.ok && Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["onlineUrl", "registrationDeadline"]);
  });

  it("filters the public list by type and year (Warsaw time)", async () => {
    const newYear = await newTraining({
      kind: "christmas_meeting",
      title: "Sylwester",
      startsAt: "2028-01-01T00:30",
      endsAt: "2028-01-01T02:00",
      registrationDeadline: "",
    });
    const list = await listPublicMeetings(t.db, before, { kind: "christmas_meeting", year: 2028 });
    expect(list.upcoming.map((m) => m.id)).toEqual([newYear]);
    expect((await listPublicMeetings(t.db, before, { kind: "christmas_meeting", year: 2027 })).upcoming).toEqual([]);
  });

  it("registers on behalf of one's own organization only; another organization is refused with nothing changed", async () => {
    const id = await newTraining();
    const rep = await principalOf();
    const [mine, theirs] = [await createOrganization(t.db, "Stowarzyszenie Moje"), await createOrganization(t.db, "Fundacja Cudza")];
    await addOrganizationMember(t.db, mine, rep.userId, "editor");
    const representative = (await loadPrincipal(t.db, rep.userId))!;
    expect((await organizationsForRegistration(t.db, representative)).map((o) => o.name)).toEqual(["Stowarzyszenie Moje"]);
    await expect(registerForMeeting(t.db, representative, { meetingId: id, organizationId: theirs }, before)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const resident = await principalOf();
    await expect(registerForMeeting(t.db, resident, { meetingId: id, organizationId: mine }, before)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await t.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, id))).toEqual([]);
    expect(await registerForMeeting(t.db, representative, { meetingId: id, organizationId: mine }, before)).toEqual({
      ok: true,
      value: { status: "registered" },
    });
    expect(await myRegistrationDetails(t.db, representative, id)).toEqual({
      organization: "Stowarzyszenie Moje",
      attendance: null,
      certificateCode: null,
    });
  });

  it("closes registration at the deadline and promotes no one after it", async () => {
    const id = await newTraining({ capacity: "1" });
    const [a, b, c] = [await principalOf(), await principalOf(), await principalOf()];
    await registerForMeeting(t.db, a, { meetingId: id }, before);
    expect(await registerForMeeting(t.db, b, { meetingId: id }, before)).toEqual({ ok: true, value: { status: "waiting" } });
    const pastDeadline = new Date("2027-03-09T09:00:00+01:00");
    expect(await registerForMeeting(t.db, c, { meetingId: id }, pastDeadline)).toEqual({ ok: false, formError: "registrationClosed" });
    expect(await cancelRegistration(t.db, a, { meetingId: id }, { now: pastDeadline })).toEqual({ ok: true, value: { promoted: [] } });
  });

  it("staff mark attendance from the start; the participant present gets a certificate anyone can verify", async () => {
    const id = await newTraining();
    const rep = await principalOf({ name: "Ewa Uczestniczka" });
    const org = await createOrganization(t.db, "Fundacja Uczestników");
    await addOrganizationMember(t.db, org, rep.userId, "owner");
    const participant = (await loadPrincipal(t.db, rep.userId))!;
    const other = await principalOf();
    const waiting = await principalOf();
    await registerForMeeting(t.db, participant, { meetingId: id, organizationId: org }, before);
    await registerForMeeting(t.db, other, { meetingId: id }, before);
    await registerForMeeting(t.db, waiting, { meetingId: id }, before);
    const seat = await registrationOf(id, participant.userId);
    const queued = await registrationOf(id, waiting.userId);

    // before the start, by a resident, for the waiting list: refused with nothing changed
    expect(await markAttendance(t.db, staff, { registrationId: seat.id, attendance: "present" }, before)).toEqual({
      ok: false,
      formError: "attendanceNotOpen",
    });
    await expect(markAttendance(t.db, participant, { registrationId: seat.id, attendance: "present" }, during)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(markAttendance(t.db, null, { registrationId: seat.id, attendance: "present" }, during)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await markAttendance(t.db, staff, { registrationId: queued.id, attendance: "present" }, during)).toEqual({
      ok: false,
      formError: "notSeated",
    });
    expect(await markAttendance(t.db, staff, { registrationId: "nope", attendance: "present" }, during)).toMatchObject({ ok: false });
    expect((await registrationOf(id, participant.userId)).attendance).toBeNull();
    expect(await myCertificate(t.db, participant, id)).toBeNull();

    expect(await markAttendance(t.db, staff, { registrationId: seat.id, attendance: "present" }, during)).toEqual({
      ok: true,
      value: { attendance: "present" },
    });
    const otherSeat = await registrationOf(id, other.userId);
    expect(await markAttendance(t.db, admin, { registrationId: otherSeat.id, attendance: "absent" }, after)).toMatchObject({ ok: true });
    const certificate = (await myCertificate(t.db, participant, id))!;
    expect(certificate).toMatchObject({
      name: "Ewa Uczestniczka",
      title: "Jak rozliczyć dotację",
      kind: "training",
      organizer: "Anna Trenerska",
    });
    expect(certificate.code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(await myCertificate(t.db, other, id)).toBeNull();
    // anyone checks the code, typed loosely; only the name and the event come back
    const checked = await verifyCertificate(t.db, certificate.code.toLowerCase().replaceAll("-", " "));
    expect(checked).toEqual(certificate);
    expect(Object.keys(checked!).sort()).toEqual(["code", "endsAt", "kind", "name", "organizer", "place", "startsAt", "title"]);
    expect(await verifyCertificate(t.db, "ABC-DEF-GHJ-KMN")).toBeNull();
    expect(await verifyCertificate(t.db, "x")).toBeNull();

    // corrected to absent: no certificate, the code no longer verifies; present again: the same code
    await markAttendance(t.db, staff, { registrationId: seat.id, attendance: "absent" }, after);
    expect(await myCertificate(t.db, participant, id)).toBeNull();
    expect(await verifyCertificate(t.db, certificate.code)).toBeNull();
    await markAttendance(t.db, staff, { registrationId: seat.id, attendance: "present" }, after);
    expect((await myCertificate(t.db, participant, id))?.code).toBe(certificate.code);
    expect((await auditOf(t.db, seat.id)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["meeting.register", "meeting.attendance", "meeting.attendance", "meeting.attendance"]),
    );
  });

  it("counts events, participants, present and distinct organizations per year and type", async () => {
    const s = await createTestDatabase();
    try {
      const staffHere = (await loadPrincipal(s.db, (await createUser(s.db, { isCentreStaff: true })).id))!;
      const make = async (kind: string, startsAt: string, endsAt: string) => {
        const r = await createMeeting(s.db, staffHere, {
          kind,
          title: `E ${kind} ${startsAt}`,
          place: "Centrum",
          startsAt,
          endsAt,
          capacity: "2",
        });
        if (!r.ok) throw new Error(JSON.stringify(r));
        return r.value.id;
      };
      const t1 = await make("training", "2026-05-10T10:00", "2026-05-10T12:00");
      const t2 = await make("training", "2026-06-10T10:00", "2026-06-10T12:00");
      const forum = await make("ngo_forum", "2026-10-10T10:00", "2026-10-10T15:00");
      await make("training", "2027-01-10T10:00", "2027-01-10T12:00");
      const orgA = await createOrganization(s.db, "A");
      const orgB = await createOrganization(s.db, "B");
      const people = await Promise.all(
        Array.from({ length: 4 }, async (_, i) => {
          const u = await createUser(s.db);
          await addOrganizationMember(s.db, i % 2 ? orgB : orgA, u.id, "editor");
          return (await loadPrincipal(s.db, u.id))!;
        }),
      );
      const early = new Date("2026-04-01T10:00:00Z");
      // t1: two seats on behalf of A and B, a third waits (not counted); t2: A again; forum: a person without an organization
      await registerForMeeting(s.db, people[0], { meetingId: t1, organizationId: orgA }, early);
      await registerForMeeting(s.db, people[1], { meetingId: t1, organizationId: orgB }, early);
      await registerForMeeting(s.db, people[2], { meetingId: t1, organizationId: orgA }, early);
      await registerForMeeting(s.db, people[2], { meetingId: t2, organizationId: orgA }, early);
      await registerForMeeting(s.db, people[3], { meetingId: forum }, early);
      const [seat] = await s.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.userId, people[0].userId));
      await markAttendance(s.db, staffHere, { registrationId: seat.id, attendance: "present" }, new Date("2026-05-10T09:00:00Z"));

      const all = await eventStatistics(s.db);
      expect(all.byType).toEqual([
        { year: 2027, kind: "training", events: 1, registered: 0, present: 0, organizations: 0 },
        { year: 2026, kind: "ngo_forum", events: 1, registered: 1, present: 0, organizations: 0 },
        { year: 2026, kind: "training", events: 2, registered: 3, present: 1, organizations: 2 },
      ]);
      expect(all.byYear).toEqual([
        { year: 2027, events: 1, registered: 0, present: 0, organizations: 0 },
        { year: 2026, events: 3, registered: 4, present: 1, organizations: 2 },
      ]);
      expect((await eventStatistics(s.db, { year: 2027 })).byYear).toEqual([
        { year: 2027, events: 1, registered: 0, present: 0, organizations: 0 },
      ]);
    } finally {
      await s.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import {
  competitions,
  contractTranches,
  correctionRequests,
  mailOutbox,
  meetingRegistrations,
  meetings,
  notifications,
  offers,
  organizationJoinRequests,
} from "@/lib/db/schema";
import { unsubscribeWithToken } from "@/lib/notifications/commands";
import { upsertReminders } from "@/lib/notifications/follows";
import { createTestContract } from "@/lib/reports/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, createCompetition, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { createRoom } from "@/lib/bookings/testing";
import { premises, premisesApplications, roomBookings } from "@/lib/db/schema";
import { todoItems, todoPage } from "./queries";
import { sendTodoReminders } from "./reminders";
import { urgencyOf } from "./rules";

process.env.AUTH_SECRET = "vitest-secret-for-unsubscribe-links";
let t: TestDatabase;
let editor: Principal;
let owner: Principal;
let stranger: Principal;
let admin: Principal;
let resident: Principal;
let orgId: string;
let contractId: string;
// 11:00 in Warsaw: the test contract (2025–2026) owes its 2025 partial report (due 31 Jan 2026, overdue)
// and its final report (due 30 Nov 2026, in 3 days); its 2026 tranche waits for the 2025 report
const now = new Date("2026-11-27T10:00:00Z");

const person = async (options: { isAdmin?: boolean; isCentreStaff?: boolean } = {}) => {
  const user = await createUser(t.db, options);
  return { user, principal: async () => (await loadPrincipal(t.db, user.id))! };
};

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  const [e, o, s, a, r] = await Promise.all([person(), person(), person(), person({ isAdmin: true }), person()]);
  orgId = await createOrganization(t.db, "Stowarzyszenie Zadaniowe");
  const otherOrg = await createOrganization(t.db, "Fundacja Obca");
  await addOrganizationMember(t.db, orgId, e.user.id, "editor");
  await addOrganizationMember(t.db, orgId, o.user.id, "owner");
  await addOrganizationMember(t.db, otherOrg, s.user.id, "owner");
  const contract = await createTestContract(t.db, orgId, { paid: false });
  contractId = contract.id;
  // the 2025 tranche was paid; the 2026 one (due 31 March 2026) waits for the 2025 partial report
  await t.db
    .update(contractTranches)
    .set({ paidOn: "2025-03-20", paidGrosze: 4_000_000 })
    .where(and(eq(contractTranches.contractId, contractId), eq(contractTranches.year, 2025)));
  await t.db.insert(organizationJoinRequests).values({ organizationId: orgId, userId: r.user.id, message: "Chcę pomagać." });
  const [meeting] = await t.db
    .insert(meetings)
    .values({
      kind: "citizens_breakfast",
      title: "Śniadanie obywatelskie na Bojarach",
      place: "Centrum Współpracy, ul. Lipowa 1",
      startsAt: new Date("2026-11-30T08:00:00Z"),
      endsAt: new Date("2026-11-30T10:00:00Z"),
      capacity: 20,
    })
    .returning();
  await t.db.insert(meetingRegistrations).values({ meetingId: meeting.id, userId: r.user.id, status: "registered" });
  [editor, owner, stranger, admin, resident] = await Promise.all([e, o, s, a, r].map((x) => x.principal()));
}, 180_000); // five accounts (argon2) and a contract: slow on a loaded machine
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("the to-do items", () => {
  it("shows the representative every owed report, overdue first, and the tranche held for the report", async () => {
    const items = await todoItems(t.db, editor, now);
    expect(items.map((i) => [i.kind, i.detail])).toEqual([
      ["reportOverdue", { reportKind: "partial", year: 2025 }],
      ["reportDue", { reportKind: "final", year: 2026 }],
      ["trancheHeld", { year: 2025, amountGrosze: 6_000_000 }],
    ]);
    expect(items[0]).toMatchObject({ role: "ngo", count: 1, deadline: { day: "2026-01-31" } });
    expect(items[0].href).toMatch(new RegExp(`^/account/contracts/${contractId}/reports/[0-9a-f-]{36}$`));
    expect(items[2].href).toBe(`/account/contracts/${contractId}`);
  });

  it("shows membership requests to the owner only", async () => {
    const kinds = async (p: Principal) => (await todoItems(t.db, p, now)).map((i) => i.kind);
    expect(await kinds(owner)).toContain("membershipRequests");
    expect(await kinds(editor)).not.toContain("membershipRequests");
    const [request] = (await todoItems(t.db, owner, now)).filter((i) => i.kind === "membershipRequests");
    expect(request).toMatchObject({ count: 1, href: `/organizations/${orgId}/manage`, subject: "Stowarzyszenie Zadaniowe" });
  });

  it("shows nothing of another organization's contract", async () => {
    expect(await todoItems(t.db, stranger, now)).toEqual([]);
  });

  it("shows the administrator the overdue reports and the organizations to verify, counted", async () => {
    const items = await todoItems(t.db, admin, now);
    expect(items.find((i) => i.kind === "reportsOverdue")).toMatchObject({
      count: 1,
      deadline: { day: "2026-01-31" },
      href: "/admin/grants",
    });
    expect(items.find((i) => i.kind === "organizationsToVerify")).toMatchObject({ count: 2, href: "/admin/organizations" });
    expect(items.every((i) => i.role === "admin")).toBe(true);
  });

  it("shows a resident the meeting she registered for, with its start", async () => {
    const items = await todoItems(t.db, resident, now);
    expect(items).toEqual([
      expect.objectContaining({ kind: "meetingRegistration", role: "resident", subject: "Śniadanie obywatelskie na Bojarach" }),
    ]);
    expect(await todoItems(t.db, resident, new Date("2026-12-01T10:00:00Z"))).toEqual([]);
  });

  it("makes a section per role of the person, and refuses a visitor", async () => {
    const page = await todoPage(t.db, owner, now);
    expect(page.sections.map((s) => s.role)).toEqual(["ngo", "resident"]);
    expect(page.total).toBe(4);
    await expect(todoPage(t.db, null, now)).rejects.toThrow(ForbiddenError);
  });
});

describe("the representative's offers", () => {
  it("lists a draft whose competition closes soon, an offer asked for corrections and a cut grant awaiting its update", async () => {
    const org = await createOrganization(t.db, "Fundacja Ofertowa");
    const rep = await createUser(t.db);
    await addOrganizationMember(t.db, org, rep.id, "editor");
    const competitionId = await createCompetition(t.db, "Konkurs na zadania sportowe");
    await t.db
      .update(competitions)
      .set({ status: "announced", offerDeadline: new Date("2026-11-30T14:00:00Z") })
      .where(eq(competitions.id, competitionId));
    const offer = (title: string, status: "draft" | "correction_requested" | "awaiting_update") =>
      t.db
        .insert(offers)
        .values({ competitionId, organizationId: org, title, status })
        .returning()
        .then(([o]) => o);
    const draft = await offer("Liga podwórkowa", "draft");
    const corrected = await offer("Turniej szkolny", "correction_requested");
    const cut = await offer("Biegi przełajowe", "awaiting_update");
    await t.db
      .insert(correctionRequests)
      .values({ offerId: corrected.id, items: ["signatures"], deadline: new Date("2026-11-26T22:59:59Z") });

    const items = await todoItems(t.db, (await loadPrincipal(t.db, rep.id))!, now);
    expect(items.map((i) => [i.kind, i.href])).toEqual([
      ["correctionRequested", `/offers/${corrected.id}/corrections`],
      ["draftDeadline", `/offers/${draft.id}/edit`],
      ["grantAwaitingUpdate", `/offers/${cut.id}/budget-update`],
    ]);
    expect(urgencyOf(items[0], now)).toBe("overdue");
    expect(urgencyOf(items[1], now)).toBe("soon");
  });
});

describe("the daily reminder", () => {
  const reminders = (email: string) =>
    t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, email), eq(mailOutbox.kind, "todo_reminder")));

  it("mails each person with something overdue or due soon once a day, listing it with links", async () => {
    const first = await sendTodoReminders(t.db, now);
    expect(first.day).toBe("2026-11-27");
    const [mail] = await reminders(editor.email);
    expect(mail.subject).toBe("Do zrobienia w platformie Wspólnie: 2 sprawy z terminem");
    expect(mail.text).toContain("Sprawozdanie częściowe za 2025 r. niezłożone w terminie — umowa TEST/");
    expect(mail.text).toContain("Termin: 31 stycznia 2026");
    expect(mail.text).toContain(`https://wspolnie.test/account/contracts/${contractId}/reports/`);
    expect(mail.text).toContain("https://wspolnie.test/account/todo");
    expect(mail.text).not.toContain("Transza"); // a held tranche has no deadline of its own: not a reason to mail
    expect(mail.listUnsubscribeUrl).toMatch(/^https:\/\/wspolnie\.test\/api\/unsubscribe\//);
    expect(await reminders(resident.email)).toHaveLength(1); // the meeting in three days
    expect(await reminders(stranger.email)).toHaveLength(0); // nothing waits

    // again the same day: nothing more
    const second = await sendTodoReminders(t.db, new Date("2026-11-27T17:00:00Z"));
    expect(second.sent).toBe(0);
    expect(await reminders(editor.email)).toHaveLength(1);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, editor.userId))).toHaveLength(1);

    // the next day, again (the report is still overdue)
    await sendTodoReminders(t.db, new Date("2026-11-28T06:30:00Z"));
    expect(await reminders(editor.email)).toHaveLength(2);
    expect(await mailsTo(t.db, owner.email)).toHaveLength(2);
  });

  it("sends nothing to a person who followed the mail's unsubscribe link, and the settings turn it back on", async () => {
    const [mail] = await reminders(owner.email);
    const token = /\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(await unsubscribeWithToken(t.db, token)).toEqual({ ok: true, scope: { kind: "reminders" } });
    await sendTodoReminders(t.db, new Date("2026-11-29T06:30:00Z"));
    expect(await reminders(owner.email)).toHaveLength(2);
    expect(await reminders(editor.email)).toHaveLength(3);
    await t.db.transaction((tx) => upsertReminders(tx, owner.userId, true));
    await sendTodoReminders(t.db, new Date("2026-11-30T06:30:00Z"));
    expect(await reminders(owner.email)).toHaveLength(3);
  });
});

describe("the Centre staff's section", () => {
  it("counts the bookings to decide (due when the earliest begins) and the premises applications", async () => {
    const staff = await person({ isCentreStaff: true });
    const principal = await staff.principal();
    expect((await todoPage(t.db, principal, now)).sections.map((s) => s.role)).toEqual(["centre", "resident"]);
    expect(await todoItems(t.db, principal, now)).toEqual([]);

    const room = await createRoom(t.db);
    const at = (iso: string) => new Date(iso);
    await t.db.insert(roomBookings).values([
      {
        roomId: room.id,
        organizationId: orgId,
        startsAt: at("2026-12-03T09:00:00Z"),
        endsAt: at("2026-12-03T10:00:00Z"),
        purpose: "A",
        attendees: 4,
        status: "pending",
      },
      {
        roomId: room.id,
        organizationId: orgId,
        startsAt: at("2026-12-01T09:00:00Z"),
        endsAt: at("2026-12-01T10:00:00Z"),
        purpose: "B",
        attendees: 4,
        status: "pending",
      },
      {
        roomId: room.id,
        organizationId: orgId,
        startsAt: at("2026-12-02T09:00:00Z"),
        endsAt: at("2026-12-02T10:00:00Z"),
        purpose: "C",
        attendees: 4,
        status: "confirmed",
      },
      {
        roomId: room.id,
        organizationId: orgId,
        startsAt: at("2026-11-20T09:00:00Z"),
        endsAt: at("2026-11-20T10:00:00Z"),
        purpose: "D",
        attendees: 4,
        status: "pending",
      },
    ]);
    const [offered] = await t.db
      .insert(premises)
      .values({ address: "ul. Lipowa 1", districtSlug: "centrum", areaM2: "40.00", condition: "good", rentPerM2: 500 })
      .returning();
    await t.db
      .insert(premisesApplications)
      .values({ premisesId: offered.id, organizationId: orgId, purpose: "Świetlica", activities: "Zajęcia", hoursOfUse: "16–20" });

    const items = await todoItems(t.db, principal, now);
    expect(items).toEqual([
      expect.objectContaining({
        kind: "bookingsToDecide",
        role: "centre",
        count: 2,
        deadline: { day: null, at: at("2026-12-01T09:00:00Z") },
        href: "/centre/manage",
      }),
      expect.objectContaining({ kind: "premisesToDecide", role: "centre", count: 1, href: "/centre/manage/premises" }),
    ]);
    // an administrator's list stays without the Centre's desk
    expect((await todoItems(t.db, admin, now)).some((i) => i.role === "centre")).toBe(false);
  });
});

/**
 * The demo told on awkward days: every state it shows must hold whatever day the seed runs, checked
 * through the modules' own queries with the same clock. Month ends (31 January, 28 February, 29
 * February of a leap year), the spring DST change (31 March 2030, a Sunday), the first and the
 * last day of the year's last month, at hours close to midnight.
 */
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { listPublicCompetitions } from "@/lib/competitions/queries";
import { acceptsOffers } from "@/lib/competitions/rules";
import { unansweredCount } from "@/lib/consultations/queries";
import { listConsultations } from "@/lib/consultations/queries";
import { contractableOffers } from "@/lib/contracts/queries";
import { daysBetween, warsawDate, warsawToInstant } from "@/lib/dates/warsaw";
import { seedReferenceData } from "@/lib/db/reference";
import {
  competitions,
  consultations,
  contracts,
  mailOutbox,
  offers,
  organizationInvitations,
  organizationJoinRequests,
} from "@/lib/db/schema";
import { publicResults } from "@/lib/decisions/queries";
import { eventStatistics, listPublicMeetings, myCertificate, verifyCertificate } from "@/lib/meetings/queries";
import { organizationDashboard, grantsDashboard } from "@/lib/reports/dashboards";
import { reviewList } from "@/lib/review/queries";
import { memberDesk } from "@/lib/scoring/queries";
import { rankingOf } from "@/lib/scoring/ranking";
import { acceptsComments } from "@/lib/small-grants/calendar";
import { listPublicSmallGrants, listSmallGrantsForAdmin } from "@/lib/small-grants/queries";
import { surveyResults } from "@/lib/surveys/queries";
import { verificationQueue } from "@/lib/organizations/verification";
import { todoItems } from "@/lib/todo/queries";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { seedDemo } from "./index";
import { listPublicProgrammes } from "@/lib/programmes/queries";
import { allPatronages, grantedPatronages } from "@/lib/patronages/queries";
import { reportStanding } from "@/lib/patronages/rules";
import { allPromotionSlots } from "@/lib/promotion/queries";
import { adviceStats, listFreeSlots } from "@/lib/advice/queries";
import { listOfferedPremises, premisesRegister } from "@/lib/premises/queries";
import { demoId } from "./ids";

const clocks: [string, Date][] = [
  ["31 January, late evening", warsawToInstant("2027-01-31", "23:30")],
  ["28 February, just after midnight", warsawToInstant("2027-02-28", "00:10")],
  ["29 February of a leap year", warsawToInstant("2028-02-29", "12:00")],
  ["31 March 2030, the day summer time starts", warsawToInstant("2030-03-31", "03:30")],
  ["1 December", warsawToInstant("2026-12-01", "00:05")],
  ["31 December, before midnight", warsawToInstant("2026-12-31", "23:50")],
];

describe.each(clocks)("the demo seeded on %s", (_, now) => {
  let t: TestDatabase;
  const today = warsawDate(now);
  const year = Number(today.slice(0, 4));
  const as = async (email: string) => (await loadPrincipal(t.db, demoId("user", email)))!;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedReferenceData(t.db);
    expect(await seedDemo(t.db, { now })).toBe(true);
  }, 300_000);
  afterAll(() => t?.close());

  it("is seeded once, leaves no mail behind and dates nothing after now", async () => {
    expect(await seedDemo(t.db, { now })).toBe(false);
    expect(await t.db.select().from(mailOutbox)).toEqual([]);
    const latest = await t.db.select({ at: offers.updatedAt }).from(offers);
    for (const o of latest) expect(o.at.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("has a competition in every stage", async () => {
    const all = await listPublicCompetitions(t.db);
    const open = all.filter((c) => acceptsOffers(c, now));
    expect(open).toHaveLength(1);
    expect(daysBetween(today, warsawDate(open[0].offerDeadline!))).toBeGreaterThanOrEqual(14);
    expect(open[0].title).toContain(`Przeciwdziałanie wykluczeniu społecznemu osób starszych`);
    const byStatus = (status: string) => all.filter((c) => c.status === status);
    // offers closed three days ago: one passed, one asked for a correction, one not reviewed yet
    const [closed] = byStatus("offers_closed");
    const review = await reviewList(t.db, await as("admin@demo.test"), closed.id);
    expect(review!.rows.map((o) => o.status).sort()).toEqual(["correction_requested", "formally_accepted", "submitted"]);
    // in scoring: the chair scored three offers, komisja@demo.test has not signed
    const [scoring] = byStatus("scoring");
    expect((await memberDesk(t.db, await as("komisja@demo.test"), scoring.id))!.signedAt).toBeNull();
    const chair = (await memberDesk(t.db, await as("admin@demo.test"), scoring.id))!;
    expect(chair.offers.filter((o) => o.state === "submitted")).toHaveLength(3);
    expect((await rankingOf(t.db, scoring.id))!.closedAt).toBeNull();
    // results published within the budget; some offers not funded
    const [published] = byStatus("results_published");
    const results = (await publicResults(t.db, published.id))!;
    expect(results.offers).toHaveLength(8);
    expect(results.grantedTotalGrosze).toBeGreaterThan(0);
    expect(results.grantedTotalGrosze).toBeLessThanOrEqual(results.competition.budgetGrosze);
    expect(results.offers.some((o) => !o.grantGrosze)).toBe(true);
    // granted offers still waiting for their contracts
    expect((await contractableOffers(t.db, await as("admin@demo.test"))).length).toBeGreaterThan(0);
  });

  it("shows on the grants dashboard a tranche due this month, a report overdue by a few days, a report to decide, money per year", async () => {
    const board = await grantsDashboard(t.db, await as("admin@demo.test"), now);
    expect(board.tranchesDue.length).toBeGreaterThan(0);
    for (const row of board.tranchesDue) expect(row.tranche.dueDate.slice(0, 7)).toBe(today.slice(0, 7));
    const overdueBy = board.overdue.map((r) => daysBetween(r.dueDate, today));
    expect(overdueBy.some((d) => d >= 1 && d <= 7)).toBe(true);
    expect(board.toDecide.length).toBeGreaterThan(0);
    expect(board.byStatus.in_progress).toBeGreaterThanOrEqual(3);
    expect(board.byStatus.settled).toBe(1);
    for (const y of [year - 1, year]) expect(board.money.find((m) => m.year === y)?.granted ?? 0).toBeGreaterThan(0);
  });

  it("has a multi-year contract from last year to next year, its next year's tranche held for this year's report", async () => {
    const [academy] = await t.db
      .select()
      .from(contracts)
      .where(eq(contracts.title, `Akademia liderów młodzieżowych ${year - 1}–${year + 1}`));
    expect(academy.status).toBe("in_progress");
    const soclab = (await organizationDashboard(t.db, await as("ngo@demo.test"), now)).flatMap((o) => o.contracts);
    const mine = soclab.find((c) => c.id === academy.id)!;
    expect(mine.startDate.slice(0, 4)).toBe(String(year - 1));
    expect(mine.endDate.slice(0, 4)).toBe(String(year + 1));
    expect(["held", "due", "overdue"]).toContain(mine.nextTranche!.state);
    const settled = await t.db.select().from(contracts).where(eq(contracts.status, "settled"));
    expect(settled).toHaveLength(1);
  });

  it("has a small grant open for comments, one overdue for publication and one with a signed contract", async () => {
    const open = await listPublicSmallGrants(t.db, now);
    expect(open.map((g) => g.title)).toContain("Sąsiedzkie warsztaty ceramiczne na Antoniuku");
    expect(
      open.every((g) => acceptsComments({ status: g.status, publishedAt: g.publishedAt, commentsCloseAt: g.commentsCloseAt }, now)),
    ).toBe(true);
    const all = await listSmallGrantsForAdmin(t.db, await as("admin@demo.test"));
    const late = all.filter((g) => g.status === "submitted" && g.publishBy! < today);
    expect(late.map((g) => g.title)).toEqual(["Spacery historyczne śladami wielokulturowego Białegostoku"]);
    const accepted = all.find((g) => g.status === "accepted")!;
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, accepted.contractId!));
    expect(contract).toMatchObject({ source: "small_grant", status: "signed" });
  });

  it("has a consultation open now with its thread and survey, one closed with its report, one planned", async () => {
    const open = await listConsultations(t.db, { open: true }, now);
    expect(open.map((c) => c.title)).toEqual([`Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year + 1}`]);
    expect(open[0].comments).toBe(25);
    expect((await surveyResults(t.db, open[0].id, { force: true }))!.responses).toBe(4);
    const all = await listConsultations(t.db, {}, now);
    // "closed": last autumn's consultation of this year's cooperation programme (lib/demo/programmes.ts)
    expect(all.map((c) => c.effectiveStatus).sort()).toEqual(["closed", "open", "planned", "report_published"]);
    const [closed] = all.filter((c) => c.effectiveStatus === "report_published");
    expect(closed.comments).toBe(3);
    expect(await unansweredCount(t.db, closed.id)).toBe(0);
    const [row] = await t.db.select().from(consultations).where(eq(consultations.id, closed.id));
    expect(row.reportPublishedAt!.getTime()).toBeLessThan(now.getTime());
  });

  it("has this year's cooperation programme in force, its tasks carried out by the year's competitions, and next year's in consultation", async () => {
    const { items } = await listPublicProgrammes(t.db, { page: 1, pageSize: 10 });
    const current = items.find((p) => p.yearFrom === year)!;
    expect(current).toMatchObject({ status: "in_force", adoptedLate: false, resolutionDate: `${year - 1}-11-26` });
    expect(current.tasks.length).toBeGreaterThanOrEqual(5);
    expect(current.totals.plannedGrosze).toBeLessThanOrEqual(current.plannedGrosze);
    expect(items.find((p) => p.yearFrom === year + 1)).toMatchObject({ status: "consultation" });
    const linked = await t.db.select({ id: competitions.id }).from(competitions).where(isNotNull(competitions.priorityTaskId));
    expect(linked.length).toBeGreaterThan(0);
    expect(current.totals.announcedGrosze).toBeGreaterThan(0);
  });

  it("has a meeting next week, a nearly full workshop and past meetings with minutes", async () => {
    const { upcoming, past } = await listPublicMeetings(t.db, now);
    const inDays = (m: { startsAt: string }) => daysBetween(today, warsawDate(new Date(m.startsAt)));
    expect(upcoming.some((m) => inDays(m) >= 1 && inDays(m) <= 7)).toBe(true);
    const workshop = upcoming.find((m) => m.title === "Warsztat: jak napisać ofertę w otwartym konkursie")!;
    expect(workshop).toMatchObject({ capacity: 3, registered: 2, waiting: 0 });
    expect(past.filter((m) => m.minutes).length).toBe(2);
  });

  it("has the Centre's trainings and the NGO forum: a past training with attendance and certificates, registrations on behalf of organizations", async () => {
    const { upcoming, past } = await listPublicMeetings(t.db, now, { kind: "training" });
    const settlement = past.find((m) => m.title.startsWith("Jak rozliczyć dotację"))!;
    expect(settlement.registered).toBe(7);
    expect(upcoming.map((m) => m.title)).toContain("Pozyskiwanie funduszy z 1,5% podatku");
    const fundraising = upcoming.find((m) => m.title === "Pozyskiwanie funduszy z 1,5% podatku")!;
    expect(Date.parse(fundraising.registrationDeadline!)).toBeGreaterThan(now.getTime());
    const forum = (await listPublicMeetings(t.db, now, { kind: "ngo_forum" })).upcoming;
    expect(forum.map((m) => m.title)).toEqual(["Białostockie Forum Organizacji Pozarządowych"]);
    const certificate = await myCertificate(t.db, await as("ngo@demo.test"), settlement.id);
    expect(certificate?.name).toBe("Marta Kowalczyk");
    expect(await verifyCertificate(t.db, certificate!.code)).toEqual(certificate);
    expect(await myCertificate(t.db, await as("karolina.wieczorek@demo.test"), settlement.id)).toBeNull();
    const year = Number(warsawDate(new Date(settlement.startsAt)).slice(0, 4));
    const training = (await eventStatistics(t.db, { year })).byType.find((r) => r.kind === "training")!;
    expect(training.present).toBeGreaterThanOrEqual(6);
    expect(training.organizations).toBeGreaterThanOrEqual(5);
  });

  it("has work waiting for people: organizations to verify, join requests, an invitation still valid", async () => {
    expect(await verificationQueue(t.db, await as("admin@demo.test"))).toHaveLength(2);
    const requests = await t.db.select().from(organizationJoinRequests).where(eq(organizationJoinRequests.status, "pending"));
    expect(requests).toHaveLength(2);
    const [invitation] = await t.db.select().from(organizationInvitations).where(eq(organizationInvitations.status, "pending"));
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it("puts an overdue report first on ngo@demo.test's to-do list, and work on every role's list", async () => {
    const ngo = await todoItems(t.db, await as("ngo@demo.test"), now);
    expect(ngo[0]).toMatchObject({ kind: "reportOverdue", role: "ngo" });
    const [summer] = await t.db.select().from(contracts).where(eq(contracts.title, "Wakacje z nauką na Bojarach"));
    expect(ngo.filter((i) => i.kind === "reportOverdue").map((i) => i.subject)).toContain(summer.number);
    expect((await todoItems(t.db, await as("admin@demo.test"), now)).map((i) => i.kind)).toEqual(
      expect.arrayContaining(["reportsOverdue", "reportsToAccept", "organizationsToVerify", "formalReview"]),
    );
    expect((await todoItems(t.db, await as("komisja@demo.test"), now)).length).toBeGreaterThan(0);
    expect((await todoItems(t.db, await as("mieszkaniec@demo.test"), now)).map((i) => i.kind)).toContain("meetingRegistration");
  });

  it("has free advice slots ahead, five premises on offer and three let", async () => {
    expect((await listFreeSlots(t.db, now)).length).toBeGreaterThan(10);
    expect(await listOfferedPremises(t.db)).toHaveLength(5);
    expect((await premisesRegister(t.db)).total).toBe(3);
    const stats = await adviceStats(t.db, await as("centrum@demo.test"), year);
    expect(stats.reduce((sum, s) => sum + s.bookings, 0)).toBeGreaterThan(0);
  });

  it("has patronage applications in every state, a report due and one overdue, and two promotion slots, one allocated", async () => {
    const staff = await as("centrum@demo.test");
    const rows = await allPatronages(t.db, staff);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["submitted", "info_requested", "granted", "refused", "reported"]));
    expect(rows.map((r) => reportStanding(r, today))).toEqual(expect.arrayContaining(["due", "overdue", "not_yet", "done"]));
    expect((await grantedPatronages(t.db)).total).toBe(4);
    expect((await todoItems(t.db, staff, now)).map((i) => i.kind)).toContain("patronagesToDecide");
    expect((await todoItems(t.db, await as("mieszkaniec@demo.test"), now)).map((i) => i.kind)).toContain("patronageInfoRequested");
    const slots = await allPromotionSlots(t.db, staff);
    expect(slots.map((s) => s.status).sort()).toEqual(["allocated", "open"]);
  });
});

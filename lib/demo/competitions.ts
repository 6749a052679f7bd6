import { asc, eq } from "drizzle-orm";
import { announceCompetition, closeDueCompetitions, saveCompetition } from "@/lib/competitions/commands";
import { defaultCriteria } from "@/lib/competitions/rules";
import { addDays } from "@/lib/dates/warsaw";
import { competitions, offers, organizationMembers, organizations } from "@/lib/db/schema";
import { decideGrant, publishResults } from "@/lib/decisions/commands";
import { decideBudgetUpdate, saveBudgetUpdate, submitBudgetUpdate } from "@/lib/budget-updates/commands";
import { cutFromLargestLine } from "@/lib/budget-updates/rules";
import { normalizeContent } from "@/lib/offers/content";
import { defaultYearOf } from "@/lib/offers/limits";
import { createOffer, saveOfferDraft, submitOffer } from "@/lib/offers/commands";
import { addOfferPartner } from "@/lib/offers/partners";
import { computeSums } from "@/lib/offers/rules";
import { largestRemainder } from "@/lib/contracts/rules";
import { groszeToInput } from "@/lib/core/money";
import { reviewOffer, startScoring } from "@/lib/review/commands";
import { checklistItems } from "@/lib/review/rules";
import { closeScoring, criteriaOf, signDeclaration, submitScores } from "@/lib/scoring/commands";
import { appointMember } from "@/lib/scoring/commission";
import { rankingOf } from "@/lib/scoring/ranking";
import { firstOfMonth } from "./clock";
import { demoProcedure, freeTime, mentalHealth, neighbourhoods, seniors, type DemoAnnouncement } from "./competitions-data";
import { demoMemberships, demoUsers } from "./demo-data";
import { demoId } from "./ids";
import { demoOfferContent } from "./offer-content";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";
import { must, type StoryContext } from "./run";

/** "w 2027 r." or "w latach 2026–2027": the years of a task, as titles of competitions say them. */
export function inYears(start: string, end: string) {
  const [a, b] = [start.slice(0, 4), end.slice(0, 4)];
  return a === b ? `w ${a} r.` : `w latach ${a}–${b}`;
}

/** A task window: from the first day of the month `startInDays` from today, `months` long. */
export function taskWindow(ctx: StoryContext, startInDays: number, months: number) {
  const start = firstOfMonth(ctx.clock.day(startInDays));
  const [y, m] = start.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
  return { start, end: addDays(next, -1) };
}

/** Who signs for an organization (its board's president), where it is not the person writing its offers. */
const legalRepresentatives: Record<string, string> = {
  [SOCLAB_NAME]: "Katarzyna Sobolewska",
  [OWOP_NAME]: "Tomasz Wiśniewski",
};

/** The owner (or first member) of a demo organization, who writes its offers, and who signs for it. */
export function representativeOf(organization: string) {
  const member =
    demoMemberships.find((m) => m.organization === organization && m.role === "owner") ??
    demoMemberships.find((m) => m.organization === organization);
  if (!member) throw new Error(`demo: nobody represents ${organization}`);
  const name = demoUsers.find((u) => u.email === member.email)!.name;
  return { email: member.email, name: legalRepresentatives[organization] ?? name };
}

export interface CompetitionSpec {
  announcement: DemoAnnouncement;
  number: string;
  title?: string;
  task: { start: string; end: string };
  publishAt: Date;
  deadline: string;
  minTotalScore?: number;
  criteria?: ReturnType<typeof defaultCriteria>;
}

/** The administrator writes the announcement and publishes it at `publishAt`. */
export async function announce(ctx: StoryContext, spec: CompetitionSpec) {
  const a = spec.announcement;
  const admin = await ctx.as("admin@demo.test");
  const year = spec.task.start.slice(0, 4);
  const { id } = must(
    `announcement ${spec.number}`,
    await saveCompetition(ctx.db, admin, {
      title: spec.title ?? `${a.title} ${inYears(spec.task.start, spec.task.end)}`,
      number: spec.number,
      areaSlug: a.areaSlug,
      fundingForm: "support",
      description: a.description,
      grantRules: `Dotacja na wsparcie realizacji zadania (wspieranie). Kwota dotacji na jedną ofertę: od ${a.minGrantZl.toLocaleString("pl-PL")} zł do ${a.maxGrantZl.toLocaleString("pl-PL")} zł. Wymagany wkład własny finansowy: co najmniej ${a.minOwnFinancialPct}% kosztów zadania.`,
      taskConditions: `Zadanie realizowane w Białymstoku w terminie od ${spec.task.start} do ${spec.task.end}, zgodnie z ofertą i umową.`,
      budget: String(a.budgetZl),
      minGrant: String(a.minGrantZl),
      maxGrant: String(a.maxGrantZl),
      minOwnFinancial: String(a.minOwnFinancialPct),
      minOwnNonFinancial: a.minOwnNonFinancialPct ? String(a.minOwnNonFinancialPct) : "",
      maxAdminCost: String(a.maxAdminPct),
      taskStartDate: spec.task.start,
      taskEndDate: spec.task.end,
      deadlineDate: spec.deadline,
      deadlineTime: "15:00",
      selectionProcedure: demoProcedure,
      selectionDate: addDays(spec.deadline, 45),
      minTotalScore: String(spec.minTotalScore ?? 25),
      criteria: JSON.stringify(spec.criteria ?? defaultCriteria()),
      previousTasks: JSON.stringify(
        a.previous.map(([title, amount], i) => ({ year: Number(year) - 2 + i, title, amount: String(amount) })),
      ),
      documents: JSON.stringify([
        { title: "Program współpracy Miasta Białystok z organizacjami pozarządowymi", url: "https://www.bialystok.pl/" },
      ]),
    }),
  );
  must(`publication of ${spec.number}`, await announceCompetition(ctx.db, admin, { id }, spec.publishAt));
  return id;
}

/** An organization's representative writes an offer (and submits it at `at`, unless it stays a draft). */
export async function bid(
  ctx: StoryContext,
  competitionId: string,
  spec: CompetitionSpec,
  offer: {
    title: string;
    grantZl: number;
    organization: string;
    at: Date;
    draft?: "complete" | "started";
    partners?: string[];
    /** "empty": a joint offer whose V.C the representative has not filled yet */
    split?: "empty";
  },
) {
  const rep = representativeOf(offer.organization);
  const principal = await ctx.as(rep.email);
  const a = spec.announcement;
  const createdAt = new Date(Math.max(spec.publishAt.getTime(), offer.at.getTime() - 3 * 86_400_000));
  const { id } = must(
    `an offer of ${offer.organization}`,
    await createOffer(ctx.db, principal, { competitionId, organizationId: demoId("organization", offer.organization) }, createdAt),
  );
  const content = demoOfferContent(
    offer.title,
    offer.grantZl,
    {
      taskStart: spec.task.start,
      taskEnd: spec.task.end,
      minOwnFinancialPct: a.minOwnFinancialPct,
      minOwnNonFinancialPct: a.minOwnNonFinancialPct,
    },
    offer.organization,
    { name: rep.name, role: "prezes zarządu" },
  );
  if (offer.draft === "started") {
    content.declarations = {
      scope: false,
      fees: false,
      taxArrears: "",
      socialInsuranceArrears: "",
      register: false,
      truth: false,
      data: false,
    };
    content.resources = { experience: "", resources: "" };
  }
  if (offer.partners?.length && offer.split !== "empty") {
    // V.C: the lead takes half of the costs and of the grant, the partners share the rest
    const partyIds = [offer.organization, ...offer.partners].map((name) => demoId("organization", name));
    const weights = partyIds.map((_, i) => (i === 0 ? offer.partners!.length : 1));
    const sums = computeSums(content, defaultYearOf({ taskStartDate: spec.task.start }));
    const costs = largestRemainder(sums.totalCost, weights);
    const grants = largestRemainder(sums.requestedGrant, weights);
    content.split.shares = partyIds.map((organizationId, i) => ({
      organizationId,
      costs: groszeToInput(costs[i]),
      grant: groszeToInput(grants[i]),
    }));
  }
  must("saving an offer", await saveOfferDraft(ctx.db, principal, { offerId: id, content }, offer.at));
  // a joint offer (art. 14 ust. 2): the partners are added by their KRS
  for (const partner of offer.partners ?? []) {
    const [row] = await ctx.db
      .select({ krs: organizations.krs })
      .from(organizations)
      .where(eq(organizations.id, demoId("organization", partner)));
    must(`adding ${partner} as a partner`, await addOfferPartner(ctx.db, principal, { offerId: id, registry: row.krs }));
  }
  if (!offer.draft) must(`submitting ${offer.title}`, await submitOffer(ctx.db, principal, { offerId: id }, offer.at));
  return id;
}

const passed = Object.fromEntries(checklistItems.map((item) => [item, "yes"]));

/** Formal review of submitted offers: passed, or a correction of the signatures asked for by `correctionBy`. */
export async function review(ctx: StoryContext, offerId: string, at: Date, correctionBy?: string) {
  const admin = await ctx.as("admin@demo.test");
  const input = correctionBy
    ? {
        offerId,
        ...passed,
        signatures: "fixable",
        note: "Brak podpisu drugiego członka zarządu na oświadczeniach.",
        deadline: correctionBy,
      }
    : { offerId, ...passed };
  must("formal review", await reviewOffer(ctx.db, admin, input, at));
}

export async function appoint(
  ctx: StoryContext,
  competitionId: string,
  members: { email: string; kind: "city_staff" | "ngo_nominee"; chair?: boolean; nominator?: string; signedAt?: Date }[],
  at: Date,
) {
  const admin = await ctx.as("admin@demo.test");
  for (const m of members)
    must(
      `appointing ${m.email}`,
      await appointMember(
        ctx.db,
        admin,
        {
          competitionId,
          email: m.email,
          kind: m.kind,
          ...(m.chair && { chair: "on" }),
          nominatingOrganizationId: m.nominator ? demoId("organization", m.nominator) : "",
        },
        at,
      ),
    );
  for (const m of members)
    if (m.signedAt) must("impartiality declaration", await signDeclaration(ctx.db, await ctx.as(m.email), { competitionId }, m.signedAt));
}

/** A member's sheet: the points given per criterion, or `level` of each maximum, with a justification. */
export async function score(ctx: StoryContext, competitionId: string, offerId: string, email: string, level: number | number[], at: Date) {
  const criteria = await criteriaOf(ctx.db, competitionId, "support");
  const input: Record<string, string> = { competitionId, offerId };
  criteria.forEach((c, i) => {
    const points = Array.isArray(level) ? level[i] : Math.max(0, Math.min(c.maxPoints, Math.round(c.maxPoints * level) - (i % 2)));
    input[`points.${c.id}`] = String(points);
    input[`justification.${c.id}`] = "Ocena zgodna z opisem w ofercie i doświadczeniem oferenta.";
  });
  must("a score sheet", await submitScores(ctx.db, await ctx.as(email), input, at));
}

/**
 * The chair closes scoring; the administrator funds offers from the top of the ranking while the
 * budget lasts, and publishes the results. A cut grant then gets its updated budget (the cut taken
 * from the largest task line), sent by the organization and accepted by the city.
 */
export async function decide(ctx: StoryContext, competitionId: string, chair: string, at: Date) {
  must("closing the scoring", await closeScoring(ctx.db, await ctx.as(chair), { competitionId }, at));
  const admin = await ctx.as("admin@demo.test");
  const ranking = (await rankingOf(ctx.db, competitionId))!;
  let left = ranking.competition.budgetGrosze;
  const decisionAt = new Date(at.getTime() + 2 * 86_400_000);
  for (const row of ranking.rows) {
    const amount = row.fundable ? Math.min(row.offer.requestedGrosze, left) : 0;
    left -= amount;
    must(
      "a grant decision",
      await decideGrant(ctx.db, admin, { competitionId, offerId: row.offerId, amount: groszeToInput(amount) }, decisionAt),
    );
  }
  const publishedAt = new Date(at.getTime() + 3 * 86_400_000);
  must("publishing the results", await publishResults(ctx.db, admin, { competitionId }, publishedAt));
  for (const row of ranking.rows) {
    const [offer] = await ctx.db.select().from(offers).where(eq(offers.id, row.offerId));
    if (offer.status !== "awaiting_update") continue;
    const [member] = await ctx.db.select().from(organizationMembers).where(eq(organizationMembers.organizationId, offer.organizationId));
    const rep = await ctx.asUser(member.userId);
    const [competition] = await ctx.db.select().from(competitions).where(eq(competitions.id, competitionId));
    const content = cutFromLargestLine(normalizeContent(offer.content), offer.grantedGrosze!, defaultYearOf(competition));
    if (!content) throw new Error(`demo: the cut grant of ${offer.title} cannot be taken from one line`);
    const updatedAt = new Date(publishedAt.getTime() + 86_400_000);
    must("saving the updated budget", await saveBudgetUpdate(ctx.db, rep, { offerId: offer.id, content }, updatedAt));
    must("submitting the updated budget", await submitBudgetUpdate(ctx.db, rep, { offerId: offer.id }, updatedAt));
    const acceptedAt = new Date(publishedAt.getTime() + 2 * 86_400_000);
    must("accepting the updated budget", await decideBudgetUpdate(ctx.db, admin, { offerId: offer.id, decision: "accept" }, acceptedAt));
  }
  return publishedAt;
}

/** The offers of a competition in the order they came. */
export async function offersOf(ctx: StoryContext, competitionId: string) {
  return ctx.db
    .select()
    .from(offers)
    .where(eq(offers.competitionId, competitionId))
    .orderBy(asc(offers.submittedAt), asc(offers.createdAt));
}

/**
 * The demo's four competitions, one in each stage, dated back from today:
 * - results published about four months ago (its task runs now; its granted offers become contracts);
 * - in scoring: the commission signed and scored some offers, komisja@demo.test has not signed yet;
 * - offers closed three days ago, in formal review (one offer asked for a correction, one not reviewed yet);
 * - open for offers until three weeks from now (one submitted offer, SocLab's draft).
 */
export async function seedCompetitions(ctx: StoryContext) {
  const { clock } = ctx;
  const yearOf = (at: Date) => ctx.clock.day(Math.round((at.getTime() - clock.now.getTime()) / 86_400_000)).slice(0, 4);

  // results published: announced ~6 months ago, its task runs from three months ago for ten months
  const resultsSpec: CompetitionSpec = {
    announcement: freeTime,
    number: "",
    task: taskWindow(ctx, -95, 10),
    publishAt: clock.at(-176, "10:00"),
    deadline: clock.day(-146),
  };
  resultsSpec.number = `DE-III.526.2.${yearOf(resultsSpec.publishAt)}`;
  const results = await announce(ctx, resultsSpec);
  for (const [i, [title, grantZl, organization]] of freeTime.offers.entries())
    await bid(ctx, results, resultsSpec, { title, grantZl, organization, at: clock.at(-160 + i, "11:00") });
  await closeDueCompetitions(ctx.db, clock.at(-145, "09:00"));
  const resultOffers = await offersOf(ctx, results);
  for (const [i, o] of resultOffers.entries()) await review(ctx, o.id, clock.at(-142 + Math.floor(i / 4), "12:00"));
  must("scoring starts", await startScoring(ctx.db, await ctx.as("admin@demo.test"), { competitionId: results }));
  await appoint(
    ctx,
    results,
    [
      { email: "admin@demo.test", kind: "city_staff", chair: true, signedAt: clock.at(-136, "09:00") },
      { email: "robert.dabrowski@demo.test", kind: "city_staff", signedAt: clock.at(-136, "09:10") },
    ],
    clock.at(-140, "10:00"),
  );
  for (const [i, o] of resultOffers.entries()) {
    await score(ctx, results, o.id, "admin@demo.test", 0.95 - i * 0.08, clock.at(-132, "12:00"));
    await score(ctx, results, o.id, "robert.dabrowski@demo.test", 0.9 - i * 0.07, clock.at(-130, "12:00"));
  }
  await decide(ctx, results, "admin@demo.test", clock.at(-124, "15:00"));

  // in scoring: announced two months ago, offers closed a month ago
  const scoringSpec: CompetitionSpec = {
    announcement: mentalHealth,
    number: "",
    task: taskWindow(ctx, 40, 9),
    publishAt: clock.at(-62, "10:00"),
    deadline: clock.day(-32),
  };
  scoringSpec.number = `DSS-I.526.3.${yearOf(scoringSpec.publishAt)}`;
  const scoring = await announce(ctx, scoringSpec);
  for (const [i, [title, grantZl, organization]] of mentalHealth.offers.entries())
    await bid(ctx, scoring, scoringSpec, { title, grantZl, organization, at: clock.at(-40 + i, "11:00") });
  await closeDueCompetitions(ctx.db, clock.at(-31, "09:00"));
  const scoringOffers = await offersOf(ctx, scoring);
  for (const o of scoringOffers) await review(ctx, o.id, clock.at(-28, "12:00"));
  must("scoring starts", await startScoring(ctx.db, await ctx.as("admin@demo.test"), { competitionId: scoring }));
  await appoint(
    ctx,
    scoring,
    [
      { email: "admin@demo.test", kind: "city_staff", chair: true, signedAt: clock.at(-20, "09:05") },
      { email: "robert.dabrowski@demo.test", kind: "city_staff", signedAt: clock.at(-20, "09:12") },
      { email: "komisja@demo.test", kind: "ngo_nominee", nominator: OWOP_NAME },
    ],
    clock.at(-27, "10:00"),
  );
  for (const [i, o] of scoringOffers.slice(0, 3).entries())
    await score(ctx, scoring, o.id, "admin@demo.test", 0.9 - i * 0.1, clock.at(-12, "14:00"));
  for (const [i, o] of scoringOffers.slice(0, 2).entries())
    await score(ctx, scoring, o.id, "robert.dabrowski@demo.test", 0.8 - i * 0.1, clock.at(-10, "10:00"));

  // formal review: offers closed three days ago
  const reviewSpec: CompetitionSpec = {
    announcement: neighbourhoods,
    number: "",
    task: taskWindow(ctx, 45, 9),
    publishAt: clock.at(-32, "10:00"),
    deadline: clock.day(-3),
  };
  reviewSpec.number = `DSS-I.526.9.${yearOf(reviewSpec.publishAt)}`;
  const inReview = await announce(ctx, reviewSpec);
  for (const [i, [title, grantZl, organization]] of neighbourhoods.offers.entries())
    await bid(ctx, inReview, reviewSpec, {
      title,
      grantZl,
      organization,
      at: clock.at(-12 + 2 * i, "11:00"),
      draft: i === neighbourhoods.offers.length - 1 ? "complete" : undefined,
    });
  await closeDueCompetitions(ctx.db, clock.at(-3, "15:01"));
  const reviewOffers = (await offersOf(ctx, inReview)).filter((o) => o.status === "submitted");
  await review(ctx, reviewOffers[0].id, clock.at(-2, "11:00"));
  await review(ctx, reviewOffers[1].id, clock.at(-2, "11:30"), clock.day(5));

  // open for offers: published five days ago, deadline in three weeks
  const openSpec: CompetitionSpec = {
    announcement: seniors,
    number: "",
    task: taskWindow(ctx, 60, 10),
    publishAt: clock.at(-5, "10:00"),
    deadline: clock.day(22),
  };
  openSpec.number = `DSS-I.526.12.${yearOf(openSpec.publishAt)}`;
  const open = await announce(ctx, openSpec);
  const [submitted, draft] = seniors.offers;
  await bid(ctx, open, openSpec, { title: submitted[0], grantZl: submitted[1], organization: submitted[2], at: clock.at(-2, "09:30") });
  await bid(ctx, open, openSpec, {
    title: draft[0],
    grantZl: draft[1],
    organization: draft[2],
    at: clock.at(-1, "18:00"),
    draft: "started",
  });

  const granted = (await offersOf(ctx, results))
    .filter((o) => o.status === "granted" || o.status === "updated")
    .map((o) => ({
      offerId: o.id,
      title: o.title,
      representative: representativeOf(freeTime.offers.find(([title]) => title === o.title)![2]),
    }));
  return {
    open: { id: open, number: openSpec.number },
    review: { id: inReview, number: reviewSpec.number },
    scoring: { id: scoring, number: scoringSpec.number },
    results: { id: results, number: resultsSpec.number, granted },
  };
}

import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import {
  commissionMembers,
  competitionCriteria,
  competitions,
  contractParties,
  contracts,
  scoringNotApplicablePolicies,
  conflictDeclarations,
  offers,
  organizations,
  scoreSubmissions,
  scores,
  users,
} from "@/lib/db/schema";
import { rankOffers, type MemberKind, type MemberTotalInput } from "./rules";
import { warsawToday } from "@/lib/dates/warsaw";
import { policyOn, sheetTotal } from "./not-applicable";

type Reader = Pick<Tx, "select">;

/** Members of a commission with role, kind and name. */
export async function commissionOf(db: Reader, competitionId: string) {
  const rows = await db
    .select({
      userId: commissionMembers.userId,
      role: commissionMembers.role,
      kind: commissionMembers.kind,
      nominatingOrganizationId: commissionMembers.nominatingOrganizationId,
      signedAt: commissionMembers.impartialitySignedAt,
      bidderConflict: commissionMembers.bidderConflict,
      bidderConflictFoundAt: commissionMembers.bidderConflictFoundAt,
      excludedAt: commissionMembers.excludedAt,
      exclusionReason: commissionMembers.exclusionReason,
      name: users.name,
      email: users.email,
    })
    .from(commissionMembers)
    .innerJoin(users, eq(users.id, commissionMembers.userId))
    .where(eq(commissionMembers.competitionId, competitionId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, kind: (r.kind ?? (r.role === "expert" ? "expert" : "city_staff")) as MemberKind }));
}

/** Offers that passed the formal review, with applicant and money. */
export async function scoredOffersOf(db: Reader, competitionId: string) {
  return db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      organizationId: offers.organizationId,
      organizationName: organizations.name,
      requestedGrosze: offers.requestedGrantGrosze,
      totalCostGrosze: offers.totalCostGrosze,
      grantGrosze: offers.grantedGrosze,
      submittedAt: offers.submittedAt,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.competitionId, competitionId), eq(offers.formalReviewOutcome, "passed")))
    .orderBy(asc(offers.submittedAt), asc(offers.id));
}

/**
 * Everything the ranking, the protocol and the decisions need: members, offers, each member's
 * total per offer (submitted sheets only), conflicts, the ranking with outliers.
 */
export async function rankingOf(db: Reader, competitionId: string) {
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  if (!competition) return null;
  const [commission, offerRows, totalRows, submissions, conflicts, criteria, periods] = await Promise.all([
    commissionOf(db, competitionId),
    scoredOffersOf(db, competitionId),
    // totals in the database: a competition of 500 offers × 5 members × 6 criteria has 15 000 scores
    db
      .select({
        offerId: scores.offerId,
        userId: scores.userId,
        total: sql<number>`sum(${scores.points})::int`,
        notApplicableMax: sql<number>`coalesce(sum(case when ${scores.notApplicable} then ${competitionCriteria.maxPoints} else 0 end), 0)::int`,
      })
      .from(scores)
      .innerJoin(competitionCriteria, eq(competitionCriteria.id, scores.criterionId))
      .where(eq(scores.competitionId, competitionId))
      .groupBy(scores.offerId, scores.userId),
    db.select().from(scoreSubmissions).where(eq(scoreSubmissions.competitionId, competitionId)),
    db.select().from(conflictDeclarations).where(eq(conflictDeclarations.competitionId, competitionId)),
    db.select().from(competitionCriteria).where(eq(competitionCriteria.competitionId, competitionId)),
    db.select().from(scoringNotApplicablePolicies),
  ]);
  // art. 15 ust. 1 pkt 4: the policy in force on the day the competition was announced
  const policy = policyOn(periods, warsawToday(competition.publishedAt ?? new Date()));
  const totalMax = criteria.filter((c) => !c.supportOnly || competition.fundingForm === "support").reduce((s, c) => s + c.maxPoints, 0);
  const firstTime = await firstTimeOrganizations(db, [...new Set(offerRows.map((o) => o.organizationId))]);
  // art. 24 § 3 KPA: an excluded member's sheets stay on record but do not count
  const members = commission.filter((m) => !m.excludedAt);
  const excluded = commission.filter((m) => !!m.excludedAt);
  const submitted = new Set(submissions.map((s) => `${s.offerId}:${s.userId}`));
  const conflicted = new Set(conflicts.map((c) => `${c.offerId}:${c.userId}`));
  const totals = new Map<string, number>();
  const notApplicable = new Set<string>();
  for (const row of totalRows) {
    const key = `${row.offerId}:${row.userId}`;
    if (Number(row.notApplicableMax) > 0) notApplicable.add(key);
    totals.set(key, sheetTotal({ points: Number(row.total), totalMax, notApplicableMax: Number(row.notApplicableMax), policy }));
  }

  const input = offerRows.map((o) => ({
    offerId: o.id,
    memberTotals: members.map((m): MemberTotalInput => ({
      memberId: m.userId,
      kind: m.kind,
      total: totals.get(`${o.id}:${m.userId}`) ?? 0,
      submitted: submitted.has(`${o.id}:${m.userId}`),
      conflict: conflicted.has(`${o.id}:${m.userId}`),
    })),
  }));
  const outlierShare = competition.outlierShareBp / 10_000;
  const ranked = rankOffers(input, { minimumPoints: competition.minTotalScore, outlierShare });
  const byId = new Map(offerRows.map((o) => [o.id, o]));
  return {
    competition,
    closedAt: competition.scoringClosedAt,
    publishedAt: competition.resultsPublishedAt,
    outlierShare,
    members,
    excluded,
    rows: ranked.map((r) => ({ ...r, offer: byId.get(r.offerId)! })),
    /** `${offerId}:${userId}` → total of a submitted sheet */
    totals: new Map([...totals].filter(([key]) => submitted.has(key))),
    submitted,
    conflicts,
    /** art. 15 ust. 1 pkt 4: how totals with "nie dotyczy" are computed, the maximum, the sheets marked, the first-time bidders */
    notApplicable: {
      policy,
      totalMax,
      sheets: notApplicable,
      firstTimeOffers: new Set(offerRows.filter((o) => firstTime.has(o.organizationId)).map((o) => o.id)),
    },
  };
}

/**
 * Organizations that have realised no public task before: no contract signed by the city in which
 * they are a party (art. 15 ust. 1 pkt 4 applies only to those that have). Contracts made before the
 * platform are unknown to it: a member who knows of one does not mark the criterion.
 */
export async function firstTimeOrganizations(db: Reader, organizationIds: string[]): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows = await db
    .select({ organizationId: contractParties.organizationId })
    .from(contractParties)
    .innerJoin(contracts, eq(contracts.id, contractParties.contractId))
    .where(and(inArray(contractParties.organizationId, organizationIds), isNotNull(contracts.citySignedOn)))
    .groupBy(contractParties.organizationId);
  const funded = new Set(rows.map((r) => r.organizationId));
  return new Set(organizationIds.filter((id) => !funded.has(id)));
}

export type Ranking = NonNullable<Awaited<ReturnType<typeof rankingOf>>>;

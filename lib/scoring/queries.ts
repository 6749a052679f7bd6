import { and, eq } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, conflictDeclarations, offers, organizations, scores, scoreSubmissions } from "@/lib/db/schema";
import { membershipOf } from "./commission";
import { criteriaOf, hasSigned, isClosed, scorableOffer } from "./commands";
import { commissionAccess } from "./standing";
import type { Ranking } from "./ranking";
import { currentRankingOf } from "./cache";
import { biddersOfDeclaration } from "./impartiality";
import { sheetTotal, type NotApplicablePolicy } from "./not-applicable";
import { nextToScore } from "./rules";

/**
 * The member's desk. Before the impartiality declaration it returns no offers at all, so nothing
 * about them can reach the page — only, once the offer deadline passed, the bidders the declaration
 * is about (organizations and offer titles). An excluded or flagged member gets no offers either.
 */
export async function memberDesk(db: Db, principal: Principal | null, competitionId: string, now = new Date()) {
  authorize(principal, "commission.declare", { competitionId });
  const [[competition], member, signedAt, closed] = await Promise.all([
    db.select().from(competitions).where(eq(competitions.id, competitionId)),
    membershipOf(db, competitionId, principal.userId),
    hasSigned(db, competitionId, principal.userId),
    isClosed(db, competitionId),
  ]);
  if (!competition || !member) return null;
  const deadlinePassed = !!competition.offerDeadline && competition.offerDeadline <= now;
  const bidders = !signedAt && deadlinePassed ? await biddersOfDeclaration(db, competitionId) : [];
  const base = { competition, member, signedAt, closed, deadlinePassed, bidders };
  if (!signedAt || member.excludedAt || member.bidderConflict) return { ...base, offers: [] as DeskOffer[] };
  const ranking = (await currentRankingOf(db, competitionId))!;
  const stateOf = memberStates(ranking, principal.userId);
  const offers = submissionOrder(ranking).map((o): DeskOffer => ({
    id: o.id,
    title: o.title,
    organizationName: o.organizationName,
    requestedGrosze: o.requestedGrosze,
    state: stateOf(o.id),
    total: ranking.totals.get(`${o.id}:${principal.userId}`) ?? null,
  }));
  return { ...base, offers };
}

/** Where a member stands with each offer of the ranking: scored, declared a conflict, or still to score. */
function memberStates(ranking: Ranking, userId: string) {
  const conflicts = new Set(ranking.conflicts.filter((c) => c.userId === userId).map((c) => c.offerId));
  return (offerId: string): DeskOffer["state"] =>
    conflicts.has(offerId) ? "conflict" : ranking.submitted.has(`${offerId}:${userId}`) ? "submitted" : "todo";
}

/** The desk lists the ranking's offers in the order they were submitted (sorted once per ranking). */
const submissionOrders = new WeakMap<Ranking, Ranking["rows"][number]["offer"][]>();
function submissionOrder(ranking: Ranking) {
  let list = submissionOrders.get(ranking);
  if (!list) submissionOrders.set(ranking, (list = ranking.rows.map((r) => r.offer).sort(bySubmission)));
  return list;
}

function bySubmission(a: { submittedAt: Date | null; id: string }, b: { submittedAt: Date | null; id: string }) {
  const at = (a.submittedAt?.getTime() ?? Infinity) - (b.submittedAt?.getTime() ?? Infinity);
  return at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface DeskOffer {
  id: string;
  title: string;
  organizationName: string;
  requestedGrosze: number;
  state: "conflict" | "submitted" | "todo";
  total: number | null;
}

/**
 * One offer for a member: the offer, the criteria, the member's own sheet, and the others' sheets
 * only after the member submitted hers for this offer or scoring closed ("commission.scores.view").
 * Before the declaration only the step she is missing ("offer.view"); null for an unknown offer.
 */
export async function offerSheet(db: Db, principal: Principal | null, competitionId: string, offerId: string) {
  authorize(principal, "commission.declare", { competitionId });
  const view = await commissionAccess(db, principal, "offer.view", { competitionId });
  if (!view.allowed) return { kind: "locked", step: view.step } as const;
  if (!(await scorableOffer(db, competitionId, offerId))) return null;
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  const [offer] = await db
    .select({
      id: offers.id,
      title: offers.title,
      content: offers.content,
      requestedGrosze: offers.requestedGrantGrosze,
      totalCostGrosze: offers.totalCostGrosze,
      organizationName: organizations.name,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(eq(offers.id, offerId));
  const criteria = await criteriaOf(db, competitionId, competition.fundingForm);
  const ranking = (await currentRankingOf(db, competitionId))!;
  // .at(0): a row that may be missing (the page tells a declared conflict from none)
  const conflict = (
    await db
      .select()
      .from(conflictDeclarations)
      .where(and(eq(conflictDeclarations.offerId, offerId), eq(conflictDeclarations.userId, principal.userId)))
  ).at(0);
  const submission = (
    await db
      .select()
      .from(scoreSubmissions)
      .where(and(eq(scoreSubmissions.offerId, offerId), eq(scoreSubmissions.userId, principal.userId)))
  ).at(0);
  const offerScores = await db.select().from(scores).where(eq(scores.offerId, offerId));
  const sheetOf = (userId: string) => offerScores.filter((s) => s.userId === userId);
  const othersShown = (await commissionAccess(db, principal, "commission.scores.view", { competitionId }, offerId)).allowed;
  const others = othersShown
    ? ranking.members
        .filter((m) => m.userId !== principal.userId)
        .map((m) => ({
          name: m.name,
          kind: m.kind,
          conflict: ranking.conflicts.some((c) => c.offerId === offerId && c.userId === m.userId),
          total: ranking.totals.get(`${offerId}:${m.userId}`) ?? null,
          scores: ranking.submitted.has(`${offerId}:${m.userId}`) ? sheetOf(m.userId) : [],
        }))
    : null;
  const { policy, totalMax, firstTimeOffers } = ranking.notApplicable;
  const mine = sheetOf(principal.userId);
  const order = submissionOrder(ranking);
  const stateOf = memberStates(ranking, principal.userId);
  const nextId = submission
    ? nextToScore(
        order.map((o) => o.id),
        (id) => stateOf(id) === "todo",
        offerId,
      )
    : null;
  return {
    kind: "sheet" as const,
    competition,
    offer,
    criteria,
    /** art. 15 ust. 1 pkt 4: the organization has no earlier contract, so the settlement criterion may be "nie dotyczy" */
    firstTime: firstTimeOffers.has(offerId),
    policy,
    totalMax,
    /** the member's total under the policy, with the raw points and the maximum of the criteria marked "nie dotyczy" */
    myTotal: sheetSummary(mine, criteria, totalMax, policy),
    closed: !!ranking.closedAt,
    conflict: conflict ?? null,
    submittedAt: submission?.submittedAt ?? null,
    /** after the member's submission: the next offer she has still to score (null: all scored) */
    next: nextId ? (order.find((o) => o.id === nextId) ?? null) : null,
    mine,
    others,
  };
}

/** A sheet's points, the maximum of its "nie dotyczy" criteria and its total under the policy. */
export function sheetSummary(
  rows: { criterionId: string; points: number; notApplicable: boolean }[],
  criteria: { id: string; maxPoints: number }[],
  totalMax: number,
  policy: NotApplicablePolicy,
) {
  const points = rows.reduce((s, r) => s + r.points, 0);
  const notApplicableMax = rows
    .filter((r) => r.notApplicable)
    .reduce((s, r) => s + (criteria.find((c) => c.id === r.criterionId)?.maxPoints ?? 0), 0);
  return { points, notApplicableMax, total: sheetTotal({ points, totalMax, notApplicableMax, policy }) };
}

/**
 * The ranking for a member: shown once she has submitted (or declared a conflict on) every offer,
 * or when scoring is closed ("commission.ranking"); before that, the step she is missing.
 * Administrators see it on the decisions and protocol pages.
 */
export async function memberRanking(db: Db, principal: Principal | null, competitionId: string) {
  authorize(principal, "commission.declare", { competitionId });
  const ranking = await currentRankingOf(db, competitionId);
  if (!ranking || !ranking.members.some((m) => m.userId === principal.userId)) return null;
  const access = await commissionAccess(db, principal, "commission.ranking", { competitionId });
  return access.allowed
    ? { competition: ranking.competition, ranking, step: null }
    : { competition: ranking.competition, ranking: null, step: access.step };
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isId } from "@/lib/core/ids";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, offerBudgetUpdates, offers, organizations } from "@/lib/db/schema";
import { normalizeContent, type OfferContent } from "@/lib/offers/content";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { computeSums } from "@/lib/offers/rules";
import { normalizeUpdateContent, withUpdate, type BudgetUpdateContent } from "./content";
import { budgetUpdateIssues, costLineChanges, isCutGrant, startingUpdate, totalChanges } from "./rules";

/** The original offer beside its update: lines, totals, schedule and results of both, and the update's check. */
function comparisonOf(
  original: OfferContent,
  content: BudgetUpdateContent,
  competition: typeof competitions.$inferSelect,
  granted: number,
) {
  const year = defaultYearOf(competition);
  const before = computeSums(original, year);
  const { sums: after, issues } = budgetUpdateIssues(original, content, limitsOf(competition), granted, year);
  return {
    lines: costLineChanges(before.lines, after.lines),
    totals: totalChanges(before, after),
    schedule: { before: original.task.schedule, after: content.task.schedule },
    results: { before: original.task.results, after: content.task.results },
    issues,
  };
}
export type BudgetUpdateComparison = ReturnType<typeof comparisonOf>;

async function offerWithCompetition(db: Db, offerId: string) {
  if (!isId(offerId)) return null;
  const [row] = await db
    .select({ offer: offers, competition: competitions, organizationName: organizations.name })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(eq(offers.id, offerId));
  return row ?? null;
}

/**
 * The organization's page of the updated budget: the offer, its update (or the first draft built
 * from the offer with the grant awarded) and what the editor needs to check it live.
 */
export async function budgetUpdateForEditor(db: Db, principal: Principal | null, offerId: string) {
  const row = await offerWithCompetition(db, offerId);
  authorize(principal, "offer.updateBudget", { organizationId: row?.offer.organizationId ?? "-" });
  if (!row) return null;
  const { offer, competition } = row;
  const [update] = await db.select().from(offerBudgetUpdates).where(eq(offerBudgetUpdates.offerId, offerId));
  const offerContent = normalizeContent(offer.content);
  const granted = offer.grantedGrosze ?? 0;
  const content = update ? normalizeUpdateContent(update.content) : startingUpdate(offerContent, granted);
  const awaiting = offer.status === "awaiting_update" && isCutGrant(offer);
  return {
    offer,
    competition,
    offerContent,
    update: update ?? null,
    content,
    limits: limitsOf(competition),
    defaultYear: defaultYearOf(competition),
    granted,
    editable: awaiting && (!update || update.status === "draft" || update.status === "returned"),
    awaiting,
    comparison: update && update.status !== "draft" ? comparisonOf(offerContent, content, competition, granted) : null,
  };
}

/**
 * The city's comparison of the original offer with its updated budget: every cost line before and
 * after, the totals of V.A and V.B, the schedule and results of both, and the update's own check.
 */
export async function budgetUpdateForReview(db: Db, principal: Principal | null, offerId: string) {
  authorize(principal, "offer.decideBudgetUpdate");
  const row = await offerWithCompetition(db, offerId);
  if (!row) return null;
  const [update] = await db.select().from(offerBudgetUpdates).where(eq(offerBudgetUpdates.offerId, offerId));
  if (!update) return null;
  const { offer, competition } = row;
  const original = normalizeContent(offer.content);
  const comparison = comparisonOf(original, normalizeUpdateContent(update.content), competition, offer.grantedGrosze ?? 0);
  return {
    offer,
    competition,
    organizationName: row.organizationName,
    update,
    comparison,
    decidable: offer.status === "awaiting_update" && update.status === "submitted",
  };
}

/** Updates submitted and waiting for the city, oldest first (the administrator's list). */
export async function budgetUpdatesToDecide(db: Db, principal: Principal | null) {
  authorize(principal, "offer.decideBudgetUpdate");
  return db
    .select({
      offerId: offers.id,
      title: offers.title,
      organizationName: organizations.name,
      competitionNumber: competitions.number,
      grantedGrosze: offers.grantedGrosze,
      requestedGrantGrosze: offers.requestedGrantGrosze,
      totalCostGrosze: offerBudgetUpdates.totalCostGrosze,
      submittedAt: offerBudgetUpdates.submittedAt,
    })
    .from(offerBudgetUpdates)
    .innerJoin(offers, eq(offers.id, offerBudgetUpdates.offerId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .where(and(eq(offerBudgetUpdates.status, "submitted"), eq(offers.status, "awaiting_update")))
    .orderBy(asc(offerBudgetUpdates.submittedAt));
}

/**
 * For drawing up a contract (lib/contracts, inside its transaction): the accepted update of an
 * offer as the offer's content would read with it, with its sums; null when there is none.
 */
export async function acceptedBudgetUpdate(tx: Tx, offer: { id: string; content: unknown }, defaultYear: number) {
  const [update] = await tx
    .select()
    .from(offerBudgetUpdates)
    .where(and(eq(offerBudgetUpdates.offerId, offer.id), eq(offerBudgetUpdates.status, "accepted")));
  if (!update) return null;
  const content = withUpdate(normalizeContent(offer.content), normalizeUpdateContent(update.content));
  return { update, content, sums: computeSums(content, defaultYear) };
}

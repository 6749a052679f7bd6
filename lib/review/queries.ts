import { and, asc, desc, eq, isNull, ne } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, correctionRequests, offers, organizations } from "@/lib/db/schema";
import { computedChecks, reviewFactsOf } from "./rules";

/** The administrator's list for the formal review: every non-draft offer with its review. */
export async function reviewList(db: Db, principal: Principal | null, competitionId: string) {
  authorize(principal, "offer.review");
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  if (!competition) return null;
  const rows = await db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      organizationName: organizations.name,
      requestedGrosze: offers.requestedGrantGrosze,
      submittedAt: offers.submittedAt,
      outcome: offers.formalReviewOutcome,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.competitionId, competitionId), ne(offers.status, "draft")))
    .orderBy(asc(offers.submittedAt), asc(offers.id));
  return { competition, rows };
}

/** One offer for the checklist form, with what the system checked itself (on time, limits, declarations). */
export async function reviewOfferDetails(db: Db, principal: Principal | null, competitionId: string, offerId: string) {
  authorize(principal, "offer.review");
  const [row] = await db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      organizationName: organizations.name,
      requestedGrosze: offers.requestedGrantGrosze,
      totalCostGrosze: offers.totalCostGrosze,
      submittedAt: offers.submittedAt,
      checksum: offers.checksum,
      content: offers.content,
      checklist: offers.formalReviewChecklist,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.id, offerId), eq(offers.competitionId, competitionId), ne(offers.status, "draft")));
  if (!row) return null;
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  const { checklist, content, ...offer } = row;
  return { offer, checklist, competition, checks: computedChecks(reviewFactsOf({ submittedAt: row.submittedAt, content }, competition)) };
}

/** The open correction request of an offer (for the notice on the offer page), without authorization: callers check. */
export async function openCorrection(db: Db, offerId: string) {
  const [row] = await db
    .select()
    .from(correctionRequests)
    .where(and(eq(correctionRequests.offerId, offerId), isNull(correctionRequests.resolvedAt)))
    .orderBy(desc(correctionRequests.createdAt))
    .limit(1);
  return row ?? null;
}

/** The representative's view: open and earlier correction requests and a formal rejection, if any. */
export async function correctionsOf(db: Db, principal: Principal | null, offerId: string) {
  const [offer] = await db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      organizationId: offers.organizationId,
      competitionNumber: competitions.number,
      formalReviewOutcome: offers.formalReviewOutcome,
      formalReviewReason: offers.formalReviewReason,
    })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .where(eq(offers.id, offerId));
  authorize(principal, "offer.viewCorrections", { organizationId: offer?.organizationId ?? "-" });
  if (!offer) return null;
  const requests = await db
    .select()
    .from(correctionRequests)
    .where(eq(correctionRequests.offerId, offerId))
    .orderBy(desc(correctionRequests.createdAt));
  const { formalReviewOutcome, formalReviewReason, ...shown } = offer;
  return {
    offer: shown,
    open: requests.find((r) => !r.resolvedAt) ?? null,
    resolved: requests.filter((r) => r.resolvedAt),
    rejection: formalReviewOutcome === "rejected" ? formalReviewReason : null,
  };
}

/** The organization of an offer (to ask the permission table about it), or null. */
export async function offerOrganization(db: Db, offerId: string) {
  const [row] = await db.select({ organizationId: offers.organizationId }).from(offers).where(eq(offers.id, offerId));
  return row?.organizationId ?? null;
}

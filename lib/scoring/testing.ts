/** Test-only helpers: a competition with criteria, offers and a commission, straight into the database. */
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, competitionCriteria, competitions, offers } from "@/lib/db/schema";
import { loadPrincipal } from "@/lib/accounts/principal";
import { emptyContent } from "@/lib/offers/content";
import { addOrganizationMember, createCompetition, createOrganization, createUser } from "@/tests/factories";

/** The fixture competition's offer deadline (a fixed past instant, so tests with their own clock stay after it). */
export const OFFER_DEADLINE = new Date("2026-01-15T16:00:00+01:00");

export const okChecklist = {
  complete: "yes",
  onTime: "yes",
  eligibleApplicant: "yes",
  withinLimits: "yes",
  declarations: "yes",
  signatures: "yes",
} as const;

/** Offer content whose section VII declarations are all made (the formal review checks them itself). */
export function declaredContent() {
  const content = emptyContent();
  content.declarations = {
    scope: true,
    fees: true,
    register: true,
    truth: true,
    data: true,
    taxArrears: "none",
    socialInsuranceArrears: "none",
  };
  return content;
}

export async function scoringFixture(db: Db, options: { status?: "formal_review" | "scoring"; budget?: number; min?: number } = {}) {
  const competitionId = await createCompetition(db);
  await db
    .update(competitions)
    .set({
      status: options.status ?? "scoring",
      budgetGrosze: options.budget ?? 100_000_00,
      minTotalScore: options.min ?? 10,
      // the offer deadline passed: the list of bidders is final, members may declare impartiality
      offerDeadline: OFFER_DEADLINE,
    })
    .where(eq(competitions.id, competitionId));
  const criteria = await db
    .insert(competitionCriteria)
    .values([
      { competitionId, position: 1, kind: "ability", name: "Możliwość realizacji", maxPoints: 10 },
      { competitionId, position: 2, kind: "costs", name: "Kalkulacja kosztów", maxPoints: 10 },
    ])
    .returning();
  const orgIds: string[] = [];
  const offerIds: string[] = [];
  const representatives: string[] = [];
  for (const [index, name] of ["A", "B", "C"].entries()) {
    const orgId = await createOrganization(db, `Fundacja ${name}`);
    const rep = await createUser(db);
    await addOrganizationMember(db, orgId, rep.id, "owner");
    const [offer] = await db
      .insert(offers)
      .values({
        competitionId,
        organizationId: orgId,
        status: "submitted",
        title: `Zadanie ${name}`,
        requestedGrantGrosze: 40_000_00,
        totalCostGrosze: 50_000_00,
        content: declaredContent(),
        // before the deadline (the formal review checks it), in the order A, B, C
        submittedAt: new Date(OFFER_DEADLINE.getTime() - (3 - index) * 3_600_000),
      })
      .returning();
    orgIds.push(orgId);
    offerIds.push(offer.id);
    representatives.push(rep.email);
  }
  const admin = await createUser(db, { isAdmin: true });
  const member = async (role: "chair" | "member" | "expert", kind: "city_staff" | "ngo_nominee" | "expert", signed = true) => {
    const user = await createUser(db);
    await db
      .insert(commissionMembers)
      .values({ competitionId, userId: user.id, role, kind, impartialitySignedAt: signed ? new Date() : null });
    return user.id;
  };
  return {
    competitionId,
    criteria,
    orgIds,
    offerIds,
    representatives,
    admin: admin.id,
    member,
    principal: async (userId: string) => (await loadPrincipal(db, userId))!,
    /** marks every offer as formally accepted */
    acceptAll: async () => {
      for (const offerId of offerIds) {
        await db
          .update(offers)
          .set({
            status: "formally_accepted",
            formalReviewChecklist: okChecklist,
            formalReviewOutcome: "passed",
            formalReviewedAt: new Date(),
          })
          .where(eq(offers.id, offerId));
      }
    },
  };
}

/** Form input of a full score sheet. */
export function sheet(competitionId: string, offerId: string, criteria: { id: string }[], points: number[]) {
  const input: Record<string, unknown> = { competitionId, offerId };
  criteria.forEach((c, i) => {
    input[`points.${c.id}`] = String(points[i]);
    input[`justification.${c.id}`] = "Uzasadnienie oceny.";
  });
  return input;
}

import { asc, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { competitions, offerPartners, offers, organizations } from "@/lib/db/schema";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { commissionAccess, CommissionStepRequired } from "@/lib/scoring/standing";
import { normalizeContent } from "./content";
import { isId } from "@/lib/core/ids";

/**
 * One offer with its competition and applicant, for a principal allowed to see it: admin, members
 * of the lead or a partner organization, members of the competition's commission. Others get
 * ForbiddenError (IDOR); unknown ids give null.
 */
export async function getOffer(db: Db, principal: Principal | null, id: string) {
  if (!isId(id)) return null;
  const [row] = await db
    .select({ offer: offers, competition: competitions, organization: organizations })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(eq(offers.id, id));
  if (!row) return null;
  const partners = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(offerPartners)
    .innerJoin(organizations, eq(organizations.id, offerPartners.organizationId))
    .where(eq(offerPartners.offerId, id))
    .orderBy(asc(organizations.name));
  const competitionId = row.offer.competitionId;
  const viewer =
    can(principal, "offer.view", { organizationId: row.offer.organizationId, competitionId }) ||
    partners.some((p) => can(principal, "offer.view", { organizationId: p.id }));
  if (!viewer) {
    // a commission member: only after her impartiality declaration (the rule reads her standing)
    const access = await commissionAccess(db, principal, "offer.view", { competitionId });
    if (!access.allowed) throw new CommissionStepRequired("offer.view", competitionId, access.step);
  }
  const canEdit = can(principal, "offer.edit", { organizationId: row.offer.organizationId });
  // section II: as submitted (frozen with the checksum); a draft shows the profile as it is now
  const organization = row.offer.applicantProfile ? { ...row.organization, ...row.offer.applicantProfile } : row.organization;
  // the parties of V.C: the lead, then the partners
  const parties = [{ id: row.organization.id, name: organization.name }, ...partners];
  return { ...row, organization, content: normalizeContent(row.offer.content), partners, parties, canEdit };
}

/** Offers of the principal's organizations (lead or partner), newest first. */
export async function myOffers(db: Db, principal: Principal | null) {
  authorize(principal, "offer.listMine");
  const orgIds = [...principal.organizations.keys()];
  const partnerOf = db.select({ id: offerPartners.offerId }).from(offerPartners).where(inArray(offerPartners.organizationId, orgIds));
  return db
    .select({
      id: offers.id,
      title: offers.title,
      status: offers.status,
      checksum: offers.checksum,
      requestedGrantGrosze: offers.requestedGrantGrosze,
      updatedAt: offers.updatedAt,
      submittedAt: offers.submittedAt,
      organizationId: offers.organizationId,
      organizationName: organizations.name,
      competitionId: competitions.id,
      competitionTitle: competitions.title,
      competitionNumber: competitions.number,
      offerDeadline: competitions.offerDeadline,
    })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(or(inArray(offers.organizationId, orgIds), inArray(offers.id, partnerOf)))
    .orderBy(desc(offers.updatedAt));
}

import { and, eq, or } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { offerPartners, offers, organizations } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { CommandResult } from "@/lib/forms/result";
import { parseId } from "@/lib/core/ids";

/**
 * Joint offers (art. 14 ust. 2): the lead organization's members add partner organizations by
 * KRS or NIP. Partner members may view the offer (lib/offers/queries.ts), not edit it.
 */
export async function addOfferPartner(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown; registry?: unknown },
): Promise<CommandResult<{ organizationId: string }>> {
  if (!principal) authorize(principal, "offer.edit");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  const registry = typeof input.registry === "string" ? input.registry.replace(/[\s-]/g, "") : "";
  const [offer] = await db
    .select({ organizationId: offers.organizationId, status: offers.status })
    .from(offers)
    .where(eq(offers.id, offerId));
  if (!offer) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.edit", { organizationId: offer.organizationId });
  if (!/^\d{10}$/.test(registry)) return { ok: false, fieldErrors: { registry: ["partnerRegistry"] } };
  if (offer.status !== "draft") return { ok: false, formError: "offerNotDraft" };
  const [partner] = await db
    .select({ id: organizations.id, verificationStatus: organizations.verificationStatus })
    .from(organizations)
    .where(or(eq(organizations.krs, registry), eq(organizations.nip, registry)));
  if (!partner || partner.verificationStatus !== "verified") return { ok: false, fieldErrors: { registry: ["partnerNotFound"] } };
  if (partner.id === offer.organizationId) return { ok: false, fieldErrors: { registry: ["partnerIsLead"] } };
  return db.transaction(async (tx) => {
    await tx.insert(offerPartners).values({ offerId, organizationId: partner.id }).onConflictDoNothing();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "offer.addPartner",
      entityType: "offer",
      entityId: offerId,
      after: { partner: partner.id },
    });
    return { ok: true, value: { organizationId: partner.id } } as const;
  });
}

export async function removeOfferPartner(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown; organizationId?: unknown },
): Promise<CommandResult<null>> {
  if (!principal) authorize(principal, "offer.edit");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return { ok: false, formError: "notFound" };
  const [offer] = await db
    .select({ organizationId: offers.organizationId, status: offers.status })
    .from(offers)
    .where(eq(offers.id, offerId));
  if (!offer) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.edit", { organizationId: offer.organizationId });
  if (offer.status !== "draft") return { ok: false, formError: "offerNotDraft" };
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(offerPartners)
      .where(and(eq(offerPartners.offerId, offerId), eq(offerPartners.organizationId, organizationId)))
      .returning();
    if (removed.length)
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "offer.removePartner",
        entityType: "offer",
        entityId: offerId,
        before: { partner: organizationId },
      });
    return { ok: true, value: null } as const;
  });
}

import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema/organizations";
import { districts, publicTaskAreas } from "@/lib/db/schema/reference";
import { volunteerOffers } from "@/lib/db/schema/volunteering";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { offerTransitionAllowed } from "../rules";
import { offerSchema, offerStatusSchema } from "../schemas";

export interface Context {
  locale?: Locale;
}
async function checkReferences(tx: Tx, areaSlug: string, districtSlug: string | null): Promise<FieldErrors | null> {
  const [area] = await tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas).where(eq(publicTaskAreas.slug, areaSlug));
  if (!area) return { areaSlug: ["invalid"] };
  if (districtSlug) {
    const [district] = await tx.select({ slug: districts.slug }).from(districts).where(eq(districts.slug, districtSlug));
    if (!district) return { districtSlug: ["invalid"] };
  }
  return null;
}

/** A representative of a verified organization writes an offer; it starts as a draft. */
export async function createOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = offerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  authorize(principal, "volunteering.offer.manage", { organizationId: data.organizationId });
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, data.organizationId));
    if (!org) return { ok: false, formError: "notFound" } as const;
    if (org.status !== "verified") return { ok: false, formError: "organizationNotVerified" } as const;
    const wrong = await checkReferences(tx, data.areaSlug, data.districtSlug);
    if (wrong) return { ok: false, fieldErrors: wrong } as const;
    const [row] = await tx
      .insert(volunteerOffers)
      .values({ ...data, createdBy: principal.userId })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.createOffer",
      entityType: "volunteer_offer",
      entityId: row.id,
      after: row,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

async function offerForUpdate(tx: Tx, offerId: string) {
  const [row] = await tx.select().from(volunteerOffers).where(eq(volunteerOffers.id, offerId)).for("update");
  return row ?? null;
}

/** Changes an offer's content (not a closed one); the organization stays the same. */
export async function updateOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const offerId = typeof input.offerId === "string" ? input.offerId : "";
  return db.transaction(async (tx) => {
    const offer = /^[0-9a-f-]{36}$/i.test(offerId) ? await offerForUpdate(tx, offerId) : null;
    if (!offer) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "volunteering.offer.manage", { organizationId: offer.organizationId });
    const parsed = offerSchema.safeParse({ ...input, organizationId: offer.organizationId });
    if (!parsed.success) return refusalOf(parsed.error);
    if (offer.status === "closed") return { ok: false, formError: "offerClosed" } as const;
    const wrong = await checkReferences(tx, parsed.data.areaSlug, parsed.data.districtSlug);
    if (wrong) return { ok: false, fieldErrors: wrong } as const;
    const [row] = await tx
      .update(volunteerOffers)
      .set({ ...parsed.data, updatedAt: new Date() })
      .where(eq(volunteerOffers.id, offer.id))
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.updateOffer",
      entityType: "volunteer_offer",
      entityId: offer.id,
      before: offer,
      after: row,
    });
    return { ok: true, value: { id: offer.id } } as const;
  });
}

/** draft → published → filled → closed (rules.offerTransitionAllowed). */
export async function setOfferStatus(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = offerStatusSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const offer = await offerForUpdate(tx, parsed.data.offerId);
    if (!offer) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "volunteering.offer.manage", { organizationId: offer.organizationId });
    if (!offerTransitionAllowed(offer.status, parsed.data.status)) return { ok: false, formError: "transitionNotAllowed" } as const;
    await tx
      .update(volunteerOffers)
      .set({
        status: parsed.data.status,
        publishedAt: offer.publishedAt ?? (parsed.data.status === "published" ? now : null),
        updatedAt: now,
      })
      .where(eq(volunteerOffers.id, offer.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.setOfferStatus",
      entityType: "volunteer_offer",
      entityId: offer.id,
      before: { status: offer.status },
      after: { status: parsed.data.status },
    });
    return { ok: true, value: { id: offer.id } } as const;
  });
}

import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, offerCostLines, offerPartners, offers, organizations } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import type { CommandResult } from "@/lib/forms/result";
import { acceptsOffers } from "@/lib/competitions/rules";
import { submissionChecksum } from "./checksum";
import { applicantProfileOf, normalizeContent, type OfferContent } from "./content";
import { defaultYearOf, limitsOf } from "./limits";
import { computeSums, submissionIssues, type OfferIssue } from "./rules";
import { parseId } from "@/lib/core/ids";

/**
 * A draft offer of a verified organization of the principal, on an announced competition before its
 * deadline. An organization writes one draft per competition: when it already has one, that draft is
 * returned (`resumed`) instead of a second one being started.
 */
export async function createOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; resumed: boolean }>> {
  authorize(principal, "offer.create");
  const organizationId = parseId(input.organizationId);
  const competitionId = parseId(input.competitionId);
  if (!organizationId) return { ok: false, fieldErrors: { organizationId: ["required"] } };
  if (!competitionId) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.edit", { organizationId });
  return db.transaction(async (tx) => {
    // locked: two "start" clicks at once find (or make) the same draft
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
    if (!org) return { ok: false, formError: "notFound" } as const;
    if (org.verificationStatus !== "verified") return { ok: false, formError: "organizationNotVerified" } as const;
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, competitionId));
    if (!c) return { ok: false, formError: "notFound" } as const;
    if (!acceptsOffers(c, now)) return { ok: false, formError: "deadlinePassed" } as const;
    const [draft] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.organizationId, organizationId), eq(offers.competitionId, competitionId), eq(offers.status, "draft")))
      .orderBy(asc(offers.createdAt))
      .limit(1);
    if (draft) return { ok: true, value: { id: draft.id, resumed: true } } as const;
    const content = normalizeContent({
      applicant: {
        contactName: principal.name,
        contactEmail: principal.email,
        contactPhone: org.phone ?? "",
        representatives: [{ name: "", role: "" }],
      },
      task: { title: "", schedule: [], results: [] },
      costs: { lines: [] },
    });
    const [row] = await tx
      .insert(offers)
      .values({ competitionId, organizationId, content, createdBy: principal.userId })
      .returning({ id: offers.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "offer.create",
      entityType: "offer",
      entityId: row.id,
      after: { competitionId, organizationId },
    });
    return { ok: true, value: { id: row.id, resumed: false } } as const;
  });
}

async function lockOffer(tx: Tx, id: string) {
  const [offer] = await tx.select().from(offers).where(eq(offers.id, id)).for("update");
  return offer;
}

async function writeDraft(tx: Tx, offerId: string, content: OfferContent, defaultYear: number, now: Date, bumpVersion: number) {
  const sums = computeSums(content, defaultYear);
  await tx.delete(offerCostLines).where(eq(offerCostLines.offerId, offerId));
  if (sums.lines.length)
    await tx.insert(offerCostLines).values(
      sums.lines.map((l, position) => ({
        offerId,
        position,
        kind: l.kind,
        year: l.year,
        name: l.name || "—",
        units: (l.unitsHundredths / 100).toFixed(2),
        unit: l.unit || "—",
        unitCostGrosze: l.unitCostGrosze,
        totalGrosze: l.totalGrosze,
      })),
    );
  await tx
    .update(offers)
    .set({
      content,
      title: content.task.title.trim(),
      totalCostGrosze: sums.totalCost,
      requestedGrantGrosze: sums.requestedGrant,
      ownFinancialGrosze: sums.ownFinancial,
      ownNonFinancialGrosze: sums.ownNonFinancial,
      participantFeesGrosze: sums.participantFees,
      version: bumpVersion,
      updatedAt: now,
    })
    .where(eq(offers.id, offerId));
  return sums;
}

/** Autosave: the whole draft as JSON sections plus normalized cost lines. Only drafts before the deadline change. */
export async function saveOfferDraft(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown; content?: unknown },
  now = new Date(),
): Promise<CommandResult<{ version: number; savedAt: Date }>> {
  if (!principal) authorize(principal, "offer.edit");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  const [peek] = await db.select({ organizationId: offers.organizationId }).from(offers).where(eq(offers.id, offerId));
  if (!peek) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.edit", { organizationId: peek.organizationId });
  const content = normalizeContent(input.content);
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, offerId);
    if (offer.status !== "draft") return { ok: false, formError: "offerNotDraft" } as const;
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
    // past the deadline the draft is read-only: it can no longer be submitted, so it stays as it was
    if (!acceptsOffers(c, now)) return { ok: false, formError: "deadlinePassed" } as const;
    await writeDraft(tx, offerId, content, defaultYearOf(c), now, offer.version + 1);
    return { ok: true, value: { version: offer.version + 1, savedAt: now } } as const;
  });
}

export type SubmitResult = CommandResult<{ checksum: string; alreadySubmitted: boolean }> & { issues?: OfferIssue[] };

/**
 * Submits a draft: before the deadline (server clock, compared as instants: the deadline was
 * stored from Warsaw wall-clock time), complete and within the limits; then frozen with a
 * checksum. Idempotent: a second submit of a submitted offer changes nothing.
 */
export async function submitOffer(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown },
  now = new Date(),
): Promise<SubmitResult> {
  if (!principal) authorize(principal, "offer.submit");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  const [peek] = await db.select({ organizationId: offers.organizationId }).from(offers).where(eq(offers.id, offerId));
  if (!peek) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.submit", { organizationId: peek.organizationId });
  return db.transaction(async (tx): Promise<SubmitResult> => {
    const offer = await lockOffer(tx, offerId);
    if (offer.status !== "draft") {
      if (offer.checksum && offer.status !== "withdrawn") return { ok: true, value: { checksum: offer.checksum, alreadySubmitted: true } };
      return { ok: false, formError: "offerNotDraft" };
    }
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
    if (!acceptsOffers(c, now)) return { ok: false, formError: "deadlinePassed" };
    const content = normalizeContent(offer.content);
    const sums = computeSums(content, defaultYearOf(c));
    const partners = await tx.select({ id: offerPartners.organizationId }).from(offerPartners).where(eq(offerPartners.offerId, offerId));
    const partyIds = [offer.organizationId, ...partners.map((p) => p.id)];
    const issues = submissionIssues(content, sums, limitsOf(c), partyIds);
    if (issues.length) return { ok: false, formError: "offerIncomplete", issues };
    const [applicant] = await tx.select().from(organizations).where(eq(organizations.id, offer.organizationId));
    const applicantProfile = applicantProfileOf(applicant);
    const checksum = submissionChecksum(offer, applicantProfile, content);
    await tx
      .update(offers)
      .set({ status: "submitted", checksum, applicantProfile, submittedAt: now, updatedAt: now })
      .where(and(eq(offers.id, offerId), eq(offers.status, "draft")));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "offer.submit",
      entityType: "offer",
      entityId: offerId,
      before: { status: "draft" },
      after: { status: "submitted", checksum },
    });
    return { ok: true, value: { checksum, alreadySubmitted: false } };
  });
}

/** Withdrawal before the deadline (of a draft or a submitted offer). */
export async function withdrawOffer(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown },
  now = new Date(),
): Promise<CommandResult<null>> {
  if (!principal) authorize(principal, "offer.withdraw");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  const [peek] = await db.select({ organizationId: offers.organizationId }).from(offers).where(eq(offers.id, offerId));
  if (!peek) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.withdraw", { organizationId: peek.organizationId });
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, offerId);
    if (offer.status === "withdrawn") return { ok: true, value: null } as const;
    if (!["draft", "submitted"].includes(offer.status)) return { ok: false, formError: "cannotWithdraw" } as const;
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
    if (!acceptsOffers(c, now)) return { ok: false, formError: "deadlinePassed" } as const;
    await tx.update(offers).set({ status: "withdrawn", withdrawnAt: now, updatedAt: now }).where(eq(offers.id, offerId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "offer.withdraw",
      entityType: "offer",
      entityId: offerId,
      before: { status: offer.status },
      after: { status: "withdrawn" },
    });
    return { ok: true, value: null } as const;
  });
}

/** Verified organizations of the principal that may write offers. */
export async function offerOrganizationsOf(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()].filter((id) => can(principal, "offer.edit", { organizationId: id }));
  if (!ids.length) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), eq(organizations.verificationStatus, "verified")));
}

import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { idSchema, parseId } from "@/lib/core/ids";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, offerBudgetUpdates, offers } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { formatMoney } from "@/lib/i18n/format";
import { appLink } from "@/lib/mail/links";
import { offerChecksum } from "@/lib/offers/checksum";
import { normalizeContent } from "@/lib/offers/content";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import type { OfferIssue } from "@/lib/offers/rules";
import { mailRepresentatives } from "@/lib/organizations/representatives";
import { normalizeUpdateContent, type BudgetUpdateContent } from "./content";
import { budgetUpdateIssues, isCutGrant } from "./rules";

type OfferRow = typeof offers.$inferSelect;
type UpdateRow = typeof offerBudgetUpdates.$inferSelect;

/** The organization of an offer, read before authorizing (an unknown offer is authorized against nobody). */
async function organizationOf(db: Db, offerId: string) {
  const [row] = await db.select({ organizationId: offers.organizationId }).from(offers).where(eq(offers.id, offerId));
  return row?.organizationId ?? null;
}

/** The offer (locked) when it waits for its updated budget: a cut grant, neither updated nor withdrawn yet. */
async function lockAwaitingOffer(tx: Tx, offerId: string): Promise<OfferRow | null> {
  const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
  return offer && offer.status === "awaiting_update" && isCutGrant(offer) ? offer : null;
}

async function lockUpdate(tx: Tx, offerId: string): Promise<UpdateRow | undefined> {
  const [row] = await tx.select().from(offerBudgetUpdates).where(eq(offerBudgetUpdates.offerId, offerId)).for("update");
  return row;
}

async function checkAgainstOffer(tx: Tx, offer: OfferRow, content: BudgetUpdateContent) {
  const [competition] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
  return budgetUpdateIssues(
    normalizeContent(offer.content),
    content,
    limitsOf(competition),
    offer.grantedGrosze!,
    defaultYearOf(competition),
  );
}

/**
 * Autosave of the updated budget and schedule (like the offer generator's): the first save creates
 * it (audited), later ones replace the content while it is a draft or was returned by the city.
 */
export async function saveBudgetUpdate(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown; content?: unknown },
  now = new Date(),
): Promise<CommandResult<{ version: number; savedAt: Date }>> {
  if (!principal) authorize(principal, "offer.updateBudget");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.updateBudget", { organizationId: (await organizationOf(db, offerId)) ?? "-" });
  const content = normalizeUpdateContent(input.content);
  return db.transaction(async (tx) => {
    const offer = await lockAwaitingOffer(tx, offerId);
    if (!offer) return { ok: false, formError: "noUpdateAwaited" } as const;
    const existing = await lockUpdate(tx, offerId);
    if (existing && existing.status !== "draft" && existing.status !== "returned")
      return { ok: false, formError: "budgetUpdateLocked" } as const;
    const { sums } = await checkAgainstOffer(tx, offer, content);
    const values = {
      content: content as unknown as Record<string, unknown>,
      totalCostGrosze: sums.totalCost,
      grantGrosze: sums.requestedGrant,
      ownFinancialGrosze: sums.ownFinancial,
      ownNonFinancialGrosze: sums.ownNonFinancial,
      participantFeesGrosze: sums.participantFees,
      updatedAt: now,
    };
    if (existing) {
      await tx
        .update(offerBudgetUpdates)
        .set({ ...values, version: existing.version + 1 })
        .where(eq(offerBudgetUpdates.id, existing.id));
      return { ok: true, value: { version: existing.version + 1, savedAt: now } } as const;
    }
    await tx.insert(offerBudgetUpdates).values({ ...values, offerId, createdBy: principal.userId, createdAt: now });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "grant.startBudgetUpdate",
      entityType: "offer",
      entityId: offerId,
      after: { grantGrosze: offer.grantedGrosze, totalCostGrosze: sums.totalCost },
    });
    return { ok: true, value: { version: 1, savedAt: now } } as const;
  });
}

export type SubmitBudgetUpdateResult = CommandResult<{ checksum: string }> & { issues?: OfferIssue[] };

/**
 * Submits the update to the city: complete, within the competition's limits, the grant in V.B the
 * amount awarded; then frozen with its own checksum (over the offer, the round and its content).
 */
export async function submitBudgetUpdate(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown },
  now = new Date(),
): Promise<SubmitBudgetUpdateResult> {
  if (!principal) authorize(principal, "offer.updateBudget");
  const offerId = parseId(input.offerId);
  if (!offerId) return { ok: false, formError: "notFound" };
  authorize(principal, "offer.updateBudget", { organizationId: (await organizationOf(db, offerId)) ?? "-" });
  return db.transaction(async (tx): Promise<SubmitBudgetUpdateResult> => {
    const offer = await lockAwaitingOffer(tx, offerId);
    if (!offer) return { ok: false, formError: "noUpdateAwaited" };
    const update = await lockUpdate(tx, offerId);
    if (!update) return { ok: false, formError: "budgetUpdateIncomplete", issues: [] };
    if (update.status === "submitted") return { ok: true, value: { checksum: update.checksum! } };
    if (update.status === "accepted") return { ok: false, formError: "budgetUpdateLocked" };
    const content = normalizeUpdateContent(update.content);
    const { issues } = await checkAgainstOffer(tx, offer, content);
    if (issues.length) return { ok: false, formError: "budgetUpdateIncomplete", issues };
    const round = update.round + 1;
    const checksum = offerChecksum({ offerId, budgetUpdateRound: round, grantGrosze: offer.grantedGrosze, content });
    await tx
      .update(offerBudgetUpdates)
      .set({ status: "submitted", checksum, round, submittedBy: principal.userId, submittedAt: now, updatedAt: now })
      .where(eq(offerBudgetUpdates.id, update.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "grant.submitBudgetUpdate",
      entityType: "offer",
      entityId: offerId,
      before: { status: update.status },
      after: { status: "submitted", checksum, round, totalCostGrosze: update.totalCostGrosze },
    });
    return { ok: true, value: { checksum } };
  });
}

const decisionSchema = z.object({
  offerId: idSchema,
  decision: z.enum(["accept", "return"], "errors.required"),
  reason: z.string().trim().max(2000, "errors.tooLong").optional(),
});

/**
 * The city decides a submitted update: accepted, the offer's grant is settled on it ("updated", the
 * contract is built from it); returned with a reason, the organization edits it again. The
 * representatives are told either way.
 */
export async function decideBudgetUpdate(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ decision: "accept" | "return" }>> {
  authorize(principal, "offer.decideBudgetUpdate");
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { offerId, decision } = parsed.data;
  const reason = parsed.data.reason ?? "";
  if (decision === "return" && !reason) return { ok: false, fieldErrors: { reason: ["required"] } };
  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!offer) return { ok: false, formError: "notFound" } as const;
    const update = await lockUpdate(tx, offerId);
    if (offer.status !== "awaiting_update" || update?.status !== "submitted")
      return { ok: false, formError: "budgetUpdateNotSubmitted" } as const;
    if (decision === "accept") {
      await tx
        .update(offerBudgetUpdates)
        .set({ status: "accepted", decidedBy: principal.userId, decidedAt: now, returnReason: null, updatedAt: now })
        .where(eq(offerBudgetUpdates.id, update.id));
      await tx
        .update(offers)
        .set({
          status: "updated",
          grantResponse: "updated",
          grantResponseTotalGrosze: update.totalCostGrosze,
          grantRespondedBy: update.submittedBy,
          grantRespondedAt: update.submittedAt,
          updatedAt: now,
        })
        .where(and(eq(offers.id, offerId), eq(offers.status, "awaiting_update")));
    } else {
      await tx
        .update(offerBudgetUpdates)
        .set({ status: "returned", decidedBy: principal.userId, decidedAt: now, returnReason: reason, updatedAt: now })
        .where(eq(offerBudgetUpdates.id, update.id));
    }
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: decision === "accept" ? "grant.acceptBudgetUpdate" : "grant.returnBudgetUpdate",
      entityType: "offer",
      entityId: offerId,
      before: { status: "submitted", offerStatus: offer.status },
      after:
        decision === "accept"
          ? { status: "accepted", offerStatus: "updated", checksum: update.checksum, totalCostGrosze: update.totalCostGrosze }
          : { status: "returned", reason },
    });
    await mailRepresentatives(tx, offer.organizationId, "budget_update_decision", (t, locale) => ({
      subject: t(`budgetUpdate.mail.${decision}.subject`, { title: offer.title }),
      text: t(`budgetUpdate.mail.${decision}.body`, {
        title: offer.title,
        grant: formatMoney(offer.grantedGrosze ?? 0, locale),
        reason,
        url: appLink(locale, `/offers/${offerId}/budget-update`),
      }),
    }));
    return { ok: true, value: { decision } } as const;
  });
}

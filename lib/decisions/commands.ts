import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, offers } from "@/lib/db/schema";
import type { CommandResult } from "@/lib/forms/result";
import { formatMoney } from "@/lib/i18n/format";
import { rankingOf } from "@/lib/scoring/ranking";
import { appLink } from "@/lib/mail/links";
import { mailRepresentatives } from "@/lib/organizations/representatives";
import { grantError, parseZloty, remainingBudget } from "./rules";
import { idSchema } from "@/lib/core/ids";
import { voidGroundNow } from "./ending";

export type DecisionResult = CommandResult<{ remaining: number }> & { remaining?: number };

/**
 * The administrator sets the grant of one offer (0 = not funded). Only after the chair closed
 * scoring and before publication; only fundable offers get money; never above the budget.
 */
export async function decideGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<DecisionResult> {
  authorize(principal, "competition.decide");
  const parsed = z.object({ competitionId: idSchema, offerId: idSchema, amount: z.string() }).safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId, offerId } = parsed.data;
  const amount = parseZloty(parsed.data.amount);
  if (amount === null) return { ok: false, fieldErrors: { amount: ["amountFormat"] } };
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (!locked) return { ok: false, formError: "notFound" } as const;
    const ranking = (await rankingOf(tx, competitionId))!;
    if (!ranking.closedAt) return { ok: false, formError: "scoringNotClosed" } as const;
    if (ranking.publishedAt) return { ok: false, formError: "alreadyPublished" } as const;
    const row = ranking.rows.find((r) => r.offerId === offerId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    const others = ranking.rows
      .filter((r) => r.offer.grantGrosze !== null)
      .map((r) => ({ offerId: r.offerId, amount: r.offer.grantGrosze! }));
    const error = grantError({
      budget: locked.budgetGrosze,
      amount,
      requested: row.offer.requestedGrosze,
      fundable: row.fundable,
      offerId,
      otherGrants: others,
    });
    const remainingBefore = remainingBudget(
      locked.budgetGrosze,
      others.filter((g) => g.offerId !== offerId),
    );
    if (error) return { ok: false, formError: error, remaining: remainingBefore } as const;

    const status = amount === 0 ? "not_granted" : amount < row.offer.requestedGrosze ? "awaiting_update" : "granted";
    await tx
      .update(offers)
      .set({ grantedGrosze: amount, grantDecidedBy: principal.userId, grantDecidedAt: now, status, updatedAt: now })
      .where(eq(offers.id, offerId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "grant.decide",
      entityType: "offer",
      entityId: offerId,
      before: { status: row.offer.status, grantGrosze: row.offer.grantGrosze },
      after: { status, grantGrosze: amount },
    });
    return { ok: true, value: { remaining: remainingBefore - amount } } as const;
  });
}

/**
 * Publishes the results (refused when art. 18a requires voiding instead): offers without a decision get 0, the competition becomes
 * results_published and every applicant's representatives get a mail.
 */
export async function publishResults(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "competition.publishResults");
  const parsed = z.object({ competitionId: idSchema }).safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId } = parsed.data;
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (competition.status === "voided" || competition.status === "cancelled") return { ok: false, formError: "competitionEnded" } as const;
    // art. 18a ust. 1: with no offer submitted or none meeting the requirements the only ending is voiding, never results
    if (await voidGroundNow(tx, competition, now)) return { ok: false, formError: "mustBeVoided" } as const;
    const ranking = (await rankingOf(tx, competitionId))!;
    if (!ranking.closedAt) return { ok: false, formError: "scoringNotClosed" } as const;
    if (ranking.publishedAt) return { ok: false, formError: "alreadyPublished" } as const;
    for (const row of ranking.rows) {
      const amount = row.offer.grantGrosze ?? 0;
      if (row.offer.grantGrosze === null) {
        await tx
          .update(offers)
          .set({ grantedGrosze: 0, grantDecidedBy: principal.userId, grantDecidedAt: now, status: "not_granted", updatedAt: now })
          .where(eq(offers.id, row.offerId));
      }
      const lower = amount > 0 && amount < row.offer.requestedGrosze;
      await mailRepresentatives(tx, row.offer.organizationId, "competition_results", (t, locale) => ({
        subject: t("scoringMail.results.subject", { number: competition.number }),
        text: t("scoringMail.results.body", {
          title: row.offer.title,
          number: competition.number,
          points: row.mean === null ? "—" : String(row.mean),
          grant: amount > 0 ? formatMoney(amount, locale) : t("scoringResults.notFunded"),
          next: lower ? t("scoringMail.results.lower", { url: appLink(locale, `/offers/${row.offerId}/grant-response`) }) : "",
          url: appLink(locale, `/competitions/${competitionId}/results`),
        }),
      }));
    }
    await tx
      .update(competitions)
      .set({ status: "results_published", resultsPublishedAt: now, resultsPublishedBy: principal.userId, updatedAt: now })
      .where(eq(competitions.id, competitionId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.publishResults",
      entityType: "competition",
      entityId: competitionId,
      before: { status: competition.status },
      after: { status: "results_published", offers: ranking.rows.length },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * When the grant is lower than requested, the organization updates its budget and schedule
 * (lib/budget-updates, accepted by the city) or withdraws (rezygnacja): this is the withdrawal. It
 * stays open until the city accepts the update.
 */
export async function respondToGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ response: string }>> {
  const parsed = z.object({ offerId: idSchema, response: z.literal("withdrawn") }).safeParse(input);
  if (!parsed.success) return { ok: false, formError: "invalid" };
  const { offerId, response } = parsed.data;
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId));
  authorize(principal, "offer.respondToGrant", { organizationId: offer?.organizationId ?? "-" });
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(offers)
      .where(and(eq(offers.id, offerId), eq(offers.status, "awaiting_update")))
      .for("update");
    if (!current) return { ok: false, formError: "noUpdateAwaited" } as const;
    const now = new Date();
    await tx
      .update(offers)
      .set({
        grantResponse: response,
        grantResponseTotalGrosze: null,
        grantRespondedBy: principal.userId,
        grantRespondedAt: now,
        status: "withdrawn",
        withdrawnAt: now,
        updatedAt: now,
      })
      .where(eq(offers.id, offerId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "grant.withdraw",
      entityType: "offer",
      entityId: offerId,
      before: { status: current.status, grantGrosze: current.grantedGrosze },
      after: { status: "withdrawn" },
    });
    return { ok: true, value: { response } } as const;
  });
}

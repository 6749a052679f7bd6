import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, correctionRequests, offers } from "@/lib/db/schema";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { effectiveStatus } from "@/lib/competitions/rules";
import { appLink } from "@/lib/mail/links";
import { isIsoDate, warsawEndOfDay } from "@/lib/dates/warsaw";
import { mailRepresentatives } from "@/lib/organizations/representatives";
import {
  askedItems,
  checklistOf,
  computedChecks,
  itemsToFix,
  outcomeOf,
  reviewFactsOf,
  type AskedItem,
  type ChecklistAnswer,
} from "./rules";
import { idSchema } from "@/lib/core/ids";

const answer = z.enum(["yes", "fixable", "no"], "errors.checklistAnswer");

const reviewSchema = z.object({
  offerId: idSchema,
  ...Object.fromEntries(askedItems.map((item) => [item, answer])),
  note: z.string().trim().max(2000, "errors.tooLong").default(""),
  deadline: z.string().trim().default(""),
  reason: z.string().trim().max(2000, "errors.tooLong").default(""),
}) as unknown as z.ZodType<{ offerId: string; note: string; deadline: string; reason: string } & Record<AskedItem, ChecklistAnswer>>;

/** Offers still waiting for (or back from) a correction can be reviewed; others are settled. */
const reviewable = ["submitted", "correction_requested", "formally_accepted", "formally_rejected"] as const;

/**
 * The administrator answers the questions only a person can judge; what the system knows (on time,
 * within the competition's limits, declarations made) it computes itself from the offer as stored,
 * whatever the form sends. All "yes" accepts it, "fixable" asks the representatives for a
 * correction by a deadline (mail), "no" rejects it with a reason (mail).
 */
export async function reviewOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ outcome: string }>> {
  authorize(principal, "offer.review");
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  const asked = Object.fromEntries(askedItems.map((i) => [i, data[i]])) as Record<AskedItem, ChecklistAnswer>;

  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(offers).where(eq(offers.id, data.offerId)).for("update");
    if (!offer) return { ok: false, formError: "notFound" } as const;
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
    // The deadline closes the offers even before the `competitions.close` job has stored it.
    if (!["offers_closed", "formal_review"].includes(effectiveStatus(competition, now)))
      return { ok: false, formError: "reviewClosed" } as const;
    if (!(reviewable as readonly string[]).includes(offer.status)) return { ok: false, formError: "notReviewable" } as const;
    const checklist = checklistOf(asked, computedChecks(reviewFactsOf(offer, competition)));
    const outcome = outcomeOf(checklist);
    const deadline = outcome === "correction" && isIsoDate(data.deadline) ? warsawEndOfDay(data.deadline) : null;
    if (outcome === "correction" && (!deadline || deadline <= now))
      return { ok: false as const, fieldErrors: { deadline: ["deadlineFuture"] } as FieldErrors };
    if (outcome === "correction" && !data.note) return { ok: false as const, fieldErrors: { note: ["required"] } as FieldErrors };
    if (outcome === "rejected" && !data.reason) return { ok: false as const, fieldErrors: { reason: ["required"] } as FieldErrors };

    const status = outcome === "passed" ? "formally_accepted" : outcome === "correction" ? "correction_requested" : "formally_rejected";
    const reason = outcome === "rejected" ? data.reason : null;
    await tx
      .update(offers)
      .set({
        status,
        updatedAt: now,
        formalReviewChecklist: checklist,
        formalReviewOutcome: outcome,
        formalReviewReason: reason,
        formalReviewedBy: principal.userId,
        formalReviewedAt: now,
      })
      .where(eq(offers.id, offer.id));
    // Any earlier open request is settled by this review.
    await tx
      .update(correctionRequests)
      .set({ resolvedAt: now })
      .where(and(eq(correctionRequests.offerId, offer.id), isNull(correctionRequests.resolvedAt)));
    const items = itemsToFix(checklist);
    if (outcome === "correction") {
      await tx
        .insert(correctionRequests)
        .values({ offerId: offer.id, items, note: data.note, deadline: deadline!, createdBy: principal.userId, createdAt: now });
    }
    if (outcome !== "passed") {
      await mailRepresentatives(tx, offer.organizationId, `offer_${outcome}`, (t, locale) =>
        outcome === "correction"
          ? {
              subject: t("scoringMail.correction.subject", { title: offer.title }),
              text: t("scoringMail.correction.body", {
                title: offer.title,
                number: competition.number,
                items: items.map((i) => `- ${t(`scoringReview.items.${i}`)}`).join("\n"),
                note: data.note,
                deadline: formatDateTime(deadline!, locale),
                url: appLink(locale, `/offers/${offer.id}/corrections`),
              }),
            }
          : {
              subject: t("scoringMail.rejected.subject", { title: offer.title }),
              text: t("scoringMail.rejected.body", { title: offer.title, number: competition.number, reason: data.reason }),
            },
      );
    }
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: outcome === "passed" ? "offer.passReview" : outcome === "rejected" ? "offer.failReview" : "offer.requestCorrection",
      entityType: "offer",
      entityId: offer.id,
      before: { status: offer.status },
      after: { status, checklist, items, note: data.note || undefined, deadline, reason },
    });
    return { ok: true, value: { outcome } } as const;
  });
}

/** Closes the formal review: no offer may still wait for a review or a correction. */
export async function startScoring(db: Db, principal: Principal | null, input: { competitionId: unknown }): Promise<CommandResult<null>> {
  authorize(principal, "offer.review");
  const id = idSchema.safeParse(input.competitionId);
  if (!id.success) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, id.data)).for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (!["offers_closed", "formal_review"].includes(effectiveStatus(competition, new Date())))
      return { ok: false, formError: "reviewClosed" } as const;
    const pending = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.competitionId, competition.id), inArray(offers.status, ["submitted", "correction_requested"])));
    if (pending.length > 0) return { ok: false, formError: "reviewPending" } as const;
    // art. 18a ust. 1 uodpp: with no offer left after the formal review there is nothing to score; the competition is voided
    const [passed] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.competitionId, competition.id), eq(offers.formalReviewOutcome, "passed"), ne(offers.status, "withdrawn")))
      .limit(1);
    if (!passed) return { ok: false, formError: "mustBeVoided" } as const;
    await tx.update(competitions).set({ status: "scoring", updatedAt: new Date() }).where(eq(competitions.id, competition.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.startScoring",
      entityType: "competition",
      entityId: competition.id,
      before: { status: competition.status },
      after: { status: "scoring" },
    });
    return { ok: true, value: null } as const;
  });
}

import { eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { effectiveStatus } from "@/lib/competitions/rules";
import { idSchema } from "@/lib/core/ids";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, offers } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { formatDate } from "@/lib/i18n/format";
import { appLink } from "@/lib/mail/links";
import { mailBidders } from "@/lib/competitions/mail";
import { rankingOf } from "@/lib/scoring/ranking";
import { voidGroundOf, type EndingFacts, type VoidGround } from "./rules";

type Reader = Pick<Tx, "select">;
type CompetitionRow = typeof competitions.$inferSelect;

/** Statuses after which the competition has ended one way or another. */
export const endedStatuses = ["results_published", "closed", "cancelled", "voided"] as const;

/** The facts art. 18a turns on, read from the competition's offers (and its ranking once scoring is closed). */
export async function endingFactsOf(db: Reader, competition: CompetitionRow, now: Date): Promise<EndingFacts> {
  const rows = await db
    .select({ status: offers.status, outcome: offers.formalReviewOutcome })
    .from(offers)
    .where(eq(offers.competitionId, competition.id));
  const submitted = rows.filter((r) => r.status !== "draft" && r.status !== "withdrawn");
  const passedReview = submitted.filter((r) => r.outcome === "passed").length;
  let fundable: number | null = null;
  if (competition.scoringClosedAt && passedReview > 0) {
    const ranking = await rankingOf(db, competition.id);
    fundable = ranking!.rows.filter((r) => r.fundable && r.offer.status !== "withdrawn").length;
  }
  return {
    deadlinePassed: !["draft", "announced"].includes(effectiveStatus(competition, now)),
    submitted: submitted.length,
    awaitingReview: submitted.filter((r) => r.status === "submitted" || r.status === "correction_requested").length,
    passedReview,
    fundable,
  };
}

/** The art. 18a ground that applies now (null: the competition must not, or not yet, be declared void). */
export async function voidGroundNow(db: Reader, competition: CompetitionRow, now: Date): Promise<VoidGround | null> {
  if ((endedStatuses as readonly string[]).includes(competition.status)) return null;
  return voidGroundOf(await endingFactsOf(db, competition, now));
}

/** For the administrator's pages: the ground on which the competition may (and must) be declared void. */
export async function voidGroundFor(db: Db, principal: Principal | null, competitionId: string, now = new Date()) {
  authorize(principal, "competition.void");
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  return competition ? voidGroundNow(db, competition, now) : null;
}

const voidSchema = z.object({
  competitionId: idSchema,
  justification: z.string().trim().max(5000, "errors.tooLong").default(""),
});

/**
 * art. 18a uodpp: declares the competition void on the ground that applies (no offer submitted, or none
 * meets the requirements), never otherwise; published on the competition's page and in the open data,
 * the bidders are told, audited.
 */
export async function voidCompetition(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ ground: VoidGround }>> {
  authorize(principal, "competition.void");
  const parsed = voidSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.some((i) => i.path[0] === "competitionId") ? { ok: false, formError: "notFound" } : refusalOf(parsed.error);
  const { competitionId, justification } = parsed.data;
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (competition.status === "draft" || (endedStatuses as readonly string[]).includes(competition.status))
      return { ok: false, formError: "cannotVoid" } as const;
    const ground = await voidGroundNow(tx, competition, now);
    if (!ground) return { ok: false, formError: "noVoidGround" } as const;
    await tx
      .update(competitions)
      .set({
        status: "voided",
        voidGround: ground,
        voidJustification: justification || null,
        voidedAt: now,
        voidedBy: principal.userId,
        updatedAt: now,
      })
      .where(eq(competitions.id, competitionId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.void",
      entityType: "competition",
      entityId: competitionId,
      before: { status: competition.status },
      after: { status: "voided", ground, justification },
    });
    await mailBidders(tx, competition.id, { includeDrafts: false }, (t, locale) => ({
      subject: t("competitionEnding.mail.voided.subject", { number: competition.number }),
      text: t("competitionEnding.mail.voided.body", {
        number: competition.number,
        title: competition.title,
        date: formatDate(now, locale),
        ground: t(`competitionEnding.grounds.${ground}`),
        justification: justification || "—",
        url: appLink(locale, `/competitions/${competitionId}`),
      }),
    }));
    return { ok: true, value: { ground } } as const;
  });
}

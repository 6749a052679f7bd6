import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import {
  commissionMembers,
  competitionCriteria,
  competitions,
  conflictDeclarations,
  offers,
  scoreSubmissions,
  scores,
} from "@/lib/db/schema";
import type { CommandResult, FieldErrors } from "@/lib/forms/result";
import { membershipOf, seatRefusal } from "./commission";
import { ensureCommissionChecked } from "./impartiality";
import { sheetEntry, sheetErrors, totalOf } from "./rules";
import { mayMarkNotApplicable } from "./not-applicable";
import { firstTimeOrganizations } from "./ranking";
import { idSchema } from "@/lib/core/ids";

const ids = z.object({ competitionId: idSchema, offerId: idSchema.optional() });

/** The criteria that apply: support-only ones (own money, art. 15 ust. 1 pkt 4) only in the support form. */
export async function criteriaOf(tx: Pick<Tx, "select">, competitionId: string, fundingForm: string) {
  const rows = await tx
    .select()
    .from(competitionCriteria)
    .where(eq(competitionCriteria.competitionId, competitionId))
    .orderBy(asc(competitionCriteria.position));
  return rows.filter((c) => !c.supportOnly || fundingForm === "support");
}

export async function isClosed(tx: Pick<Tx, "select">, competitionId: string) {
  const [row] = await tx.select({ closedAt: competitions.scoringClosedAt }).from(competitions).where(eq(competitions.id, competitionId));
  return !!row?.closedAt;
}

export async function hasSigned(tx: Pick<Tx, "select">, competitionId: string, userId: string) {
  const [row] = await tx
    .select({ signedAt: commissionMembers.impartialitySignedAt })
    .from(commissionMembers)
    .where(and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, userId)));
  return row?.signedAt ?? null;
}

/** An offer of this competition that passed the formal review, or null. */
export async function scorableOffer(tx: Pick<Tx, "select">, competitionId: string, offerId: string) {
  const [row] = await tx
    .select({ id: offers.id, title: offers.title, status: offers.status, organizationId: offers.organizationId })
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.competitionId, competitionId), eq(offers.formalReviewOutcome, "passed")));
  return row ?? null;
}

/**
 * Art. 24 KPA via art. 15 ust. 2f: the member declares impartiality towards the bidders before
 * seeing any offer, so only once the offer deadline passed and the list of bidders is final. The
 * commission is checked against that list first (art. 15 ust. 2b, lib/scoring/impartiality.ts):
 * an excluded or flagged member cannot sign.
 */
export async function signDeclaration(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  const parsed = ids.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId } = parsed.data;
  authorize(principal, "commission.declare", { competitionId });
  return db.transaction(async (tx) => {
    const [competition] = await tx
      .select({ deadline: competitions.offerDeadline })
      .from(competitions)
      .where(eq(competitions.id, competitionId));
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (!competition.deadline || competition.deadline > now) return { ok: false, formError: "declarationBeforeDeadline" } as const;
    await ensureCommissionChecked(tx, competitionId, now);
    const refusal = seatRefusal(await membershipOf(tx, competitionId, principal.userId));
    if (refusal) return { ok: false, formError: refusal } as const;
    const mine = and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, principal.userId));
    const [row] = await tx
      .update(commissionMembers)
      .set({ impartialitySignedAt: now })
      .where(and(mine, isNull(commissionMembers.impartialitySignedAt)))
      .returning({ signedAt: commissionMembers.impartialitySignedAt });
    // signed before (once is enough), or not on the commission
    if (!row)
      return (await hasSigned(tx, competitionId, principal.userId))
        ? ({ ok: true, value: null } as const)
        : ({ ok: false, formError: "forbidden" } as const);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.declareImpartiality",
      entityType: "competition",
      entityId: competitionId,
      after: { userId: principal.userId, signedAt: row.signedAt },
    });
    return { ok: true, value: null } as const;
  });
}

/** A member with a conflict on an offer is excluded from scoring it; draft points are dropped. */
export async function declareConflict(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  const parsed = ids.extend({ offerId: idSchema, reason: z.string().trim().max(1000, "errors.tooLong").default("") }).safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId, offerId, reason } = parsed.data;
  authorize(principal, "commission.declare", { competitionId });
  return db.transaction(async (tx) => {
    const refusal = seatRefusal(await membershipOf(tx, competitionId, principal.userId));
    if (refusal) return { ok: false, formError: refusal } as const;
    if (!(await hasSigned(tx, competitionId, principal.userId))) return { ok: false, formError: "declarationFirst" } as const;
    if (await isClosed(tx, competitionId)) return { ok: false, formError: "scoringClosed" } as const;
    if (!(await scorableOffer(tx, competitionId, offerId))) return { ok: false, formError: "notFound" } as const;
    const mine = and(eq(scoreSubmissions.offerId, offerId), eq(scoreSubmissions.userId, principal.userId));
    if ((await tx.select().from(scoreSubmissions).where(mine)).length > 0) return { ok: false, formError: "alreadySubmitted" } as const;
    await tx.delete(scores).where(and(eq(scores.offerId, offerId), eq(scores.userId, principal.userId)));
    await tx.insert(conflictDeclarations).values({ offerId, userId: principal.userId, competitionId, reason }).onConflictDoNothing();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.declareConflict",
      entityType: "offer",
      entityId: offerId,
      after: { userId: principal.userId, reason },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * Submits a member's sheet for one offer: whole points from 0 to each criterion's maximum and a
 * justification per criterion. Refused before the declaration, with a conflict, after closing,
 * outside the scoring stage and a second time.
 */
export async function submitScores(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ total: number }>> {
  const parsed = ids.extend({ offerId: idSchema }).safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId, offerId } = parsed.data;
  authorize(principal, "commission.score", { competitionId });
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId));
    if (!competition) return { ok: false, formError: "notFound" } as const;
    const member = await membershipOf(tx, competitionId, principal.userId);
    const refusal = seatRefusal(member);
    if (refusal || !member) return { ok: false, formError: refusal ?? "forbidden" } as const;
    if (!(await hasSigned(tx, competitionId, principal.userId))) return { ok: false, formError: "declarationFirst" } as const;
    if (await isClosed(tx, competitionId)) return { ok: false, formError: "scoringClosed" } as const;
    if (competition.status !== "scoring") return { ok: false, formError: "notScoringStage" } as const;
    const offer = await scorableOffer(tx, competitionId, offerId);
    if (!offer) return { ok: false, formError: "notFound" } as const;
    const firstTime = (await firstTimeOrganizations(tx, [offer.organizationId])).has(offer.organizationId);
    const [conflict] = await tx
      .select()
      .from(conflictDeclarations)
      .where(and(eq(conflictDeclarations.offerId, offerId), eq(conflictDeclarations.userId, principal.userId)));
    if (conflict) return { ok: false, formError: "conflictDeclared" } as const;
    const [submitted] = await tx
      .select()
      .from(scoreSubmissions)
      .where(and(eq(scoreSubmissions.offerId, offerId), eq(scoreSubmissions.userId, principal.userId)));
    if (submitted) return { ok: false, formError: "alreadySubmitted" } as const;

    const criteria = await criteriaOf(tx, competitionId, competition.fundingForm);
    // art. 15 ust. 1 pkt 4: "nie dotyczy" only for the settlement criterion of a first-time organization
    const fieldErrors: FieldErrors = sheetErrors(
      criteria.map((c) => ({ id: c.id, maxPoints: c.maxPoints, mayBeNotApplicable: mayMarkNotApplicable(c, !firstTime) })),
      input,
    );
    const rows = criteria.map((c) => {
      const entry = sheetEntry(c, input);
      const points = entry.notApplicable ? 0 : entry.points;
      return {
        offerId,
        userId: principal.userId,
        criterionId: c.id,
        competitionId,
        points,
        justification: entry.justification,
        notApplicable: entry.notApplicable,
      };
    });
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors } as const;

    await tx.delete(scores).where(and(eq(scores.offerId, offerId), eq(scores.userId, principal.userId)));
    if (rows.length > 0) await tx.insert(scores).values(rows.map((r) => ({ ...r, updatedAt: now })));
    await tx.insert(scoreSubmissions).values({ offerId, userId: principal.userId, competitionId, submittedAt: now });
    const total = totalOf(rows.map((r) => r.points));
    const notApplicable = rows.filter((r) => r.notApplicable).map((r) => r.criterionId);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.submitScores",
      entityType: "offer",
      entityId: offerId,
      after: {
        userId: principal.userId,
        kind: member.kind,
        total,
        points: Object.fromEntries(rows.map((r) => [r.criterionId, r.points])),
        ...(notApplicable.length ? { notApplicable } : {}),
      },
    });
    return { ok: true, value: { total } } as const;
  });
}

/** The chair closes scoring; afterwards every scoring command is refused. */
export async function closeScoring(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  const parsed = ids.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "notFound" };
  const { competitionId } = parsed.data;
  authorize(principal, "commission.close", { competitionId });
  return db.transaction(async (tx) => {
    const member = await membershipOf(tx, competitionId, principal.userId);
    if (member?.role !== "chair") return { ok: false, formError: "notChair" } as const;
    const refusal = seatRefusal(member);
    if (refusal) return { ok: false, formError: refusal } as const;
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (competition.status !== "scoring") return { ok: false, formError: "notScoringStage" } as const;
    if (await isClosed(tx, competitionId)) return { ok: false, formError: "scoringClosed" } as const;
    await tx
      .update(competitions)
      .set({ scoringClosedAt: now, scoringClosedBy: principal.userId })
      .where(eq(competitions.id, competitionId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.closeScoring",
      entityType: "competition",
      entityId: competitionId,
      after: { closedAt: now },
    });
    return { ok: true, value: null } as const;
  });
}

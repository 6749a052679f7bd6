import { and, eq, isNull, sql } from "drizzle-orm";
import { can, ForbiddenError, type CommissionStanding, type Operation, type Principal, type Resource } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { commissionMembers, competitions, conflictDeclarations, offers, scoreSubmissions } from "@/lib/db/schema";

/** What a commission member must do before seeing something: sign the declaration, or submit her own sheet(s). */
export type CommissionStep = "declare" | "submit";

/** The rules read the member's standing; a member still on her way gets the step she is missing. */
export type CommissionAccess = { allowed: true } | { allowed: false; step: CommissionStep };

/**
 * Refused to a commission member who has not yet done a step; the page says which (sign the
 * declaration, submit the sheet). Still a ForbiddenError for everything that only knows those.
 */
export class CommissionStepRequired extends ForbiddenError {
  constructor(
    operation: Operation,
    readonly competitionId: string,
    readonly step: CommissionStep,
  ) {
    super(operation, "forbidden");
    this.name = "CommissionStepRequired";
  }
}

/**
 * Where a member stands. `ownSheetsSubmitted` is per offer when one is given (her sheet for that
 * offer is submitted), else competition-wide: every offer that passed the formal review has her
 * submitted sheet or her declared conflict — the ranking and the protocol show every offer's totals,
 * so seeing them before finishing one's own scoring would let them steer the remaining sheets.
 */
export async function commissionStanding(db: Db, competitionId: string, userId: string, offerId?: string): Promise<CommissionStanding> {
  const [row] = await db
    .select({ signedAt: commissionMembers.impartialitySignedAt, closedAt: competitions.scoringClosedAt })
    .from(commissionMembers)
    .innerJoin(competitions, eq(competitions.id, commissionMembers.competitionId))
    .where(and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, userId)));
  if (!row) return { declared: false, ownSheetsSubmitted: false, scoringClosed: false };
  return {
    declared: !!row.signedAt,
    scoringClosed: !!row.closedAt,
    ownSheetsSubmitted: await sheetsDone(db, competitionId, userId, offerId),
  };
}

async function sheetsDone(db: Db, competitionId: string, userId: string, offerId?: string) {
  if (offerId) {
    const [sheet] = await db
      .select({ id: scoreSubmissions.offerId })
      .from(scoreSubmissions)
      .where(and(eq(scoreSubmissions.offerId, offerId), eq(scoreSubmissions.userId, userId)));
    return !!sheet;
  }
  const [{ left }] = await db
    .select({ left: sql<number>`count(*)::int` })
    .from(offers)
    .leftJoin(scoreSubmissions, and(eq(scoreSubmissions.offerId, offers.id), eq(scoreSubmissions.userId, userId)))
    .leftJoin(conflictDeclarations, and(eq(conflictDeclarations.offerId, offers.id), eq(conflictDeclarations.userId, userId)))
    .where(
      and(
        eq(offers.competitionId, competitionId),
        eq(offers.formalReviewOutcome, "passed"),
        isNull(scoreSubmissions.offerId),
        isNull(conflictDeclarations.offerId),
      ),
    );
  return left === 0;
}

/** The step a member still has to take, in order. */
export function missingStep(standing: CommissionStanding): CommissionStep {
  return standing.declared ? "submit" : "declare";
}

/**
 * Asks the permission table about one of the commission's resources. Allowed by role (the city's
 * staff) without reading anything; a member gets her standing read and, when refused, the step she
 * is missing; anybody else gets ForbiddenError. `offerId` narrows the standing to one offer's sheet.
 */
export async function commissionAccess(
  db: Db,
  principal: Principal | null,
  operation: Operation,
  resource: Resource & { competitionId: string },
  offerId?: string,
): Promise<CommissionAccess> {
  if (can(principal, operation, resource)) return { allowed: true };
  if (!principal || !principal.commissions.has(resource.competitionId))
    throw new ForbiddenError(operation, principal ? "forbidden" : "unauthenticated");
  const standing = await commissionStanding(db, resource.competitionId, principal.userId, offerId);
  if (can(principal, operation, { ...resource, commissionStanding: standing })) return { allowed: true };
  return { allowed: false, step: missingStep(standing) };
}

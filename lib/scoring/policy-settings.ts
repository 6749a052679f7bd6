import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isIsoDate } from "@/lib/dates/warsaw";
import type { Db } from "@/lib/db/open";
import { notApplicablePolicies, rankingRevisions, scoringNotApplicablePolicies } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";

const policySchema = z.object({
  effectiveFrom: z.string().refine(isIsoDate, "errors.invalidDate"),
  policy: z.enum(notApplicablePolicies, "errors.required"),
  source: z.string().trim().min(3, "errors.required").max(500, "errors.tooLong"),
});

/** The periods of the "nie dotyczy" policy (art. 15 ust. 1 pkt 4), for the administrator's settings page. */
export async function notApplicablePolicyList(db: Db, principal: Principal | null) {
  authorize(principal, "scoring.policy");
  return db.select().from(scoringNotApplicablePolicies).orderBy(asc(scoringNotApplicablePolicies.effectiveFrom));
}

/**
 * A new period of the policy, from a date (periods are never edited: a competition announced under
 * one keeps it). The rankings are recomputed (their counters bumped), since a competition announced
 * on or after the date follows the new policy.
 */
export async function addNotApplicablePolicy(
  db: Db,
  principal: Principal | null,
  input: { effectiveFrom?: unknown; policy?: unknown; source?: unknown },
): Promise<CommandResult<null>> {
  authorize(principal, "scoring.policy");
  const parsed = policySchema.safeParse({
    effectiveFrom: String(input.effectiveFrom ?? ""),
    policy: input.policy,
    source: String(input.source ?? ""),
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const { effectiveFrom, policy, source } = parsed.data;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(scoringNotApplicablePolicies)
      .where(eq(scoringNotApplicablePolicies.effectiveFrom, effectiveFrom));
    if (existing) return { ok: false, fieldErrors: { effectiveFrom: ["policyExists"] } } as const;
    await tx.insert(scoringNotApplicablePolicies).values({ effectiveFrom, policy, source, createdBy: principal.userId });
    await tx.update(rankingRevisions).set({ revision: sql`${rankingRevisions.revision} + 1` });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "scoring.addNotApplicablePolicy",
      entityType: "scoring_not_applicable_policy",
      entityId: effectiveFrom,
      after: { effectiveFrom, policy, source },
    });
    return { ok: true, value: null } as const;
  });
}

import "server-only";
import { eq } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { smallGrantLimitSets, smallGrantPools } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { limitSetSchema, poolSchema } from "./schemas";

/**
 * A new dated set of limits (e.g. after an amendment of the act). Sets are never edited: a new set
 * applies to offers submitted from its date on, and offers submitted earlier keep theirs.
 */
export async function addLimitSet(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "smallGrant.settings");
  const parsed = limitSetSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const v = parsed.data;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: smallGrantLimitSets.id })
      .from(smallGrantLimitSets)
      .where(eq(smallGrantLimitSets.effectiveFrom, v.effectiveFrom));
    if (existing) return { ok: false, fieldErrors: { effectiveFrom: ["limitSetExists"] } } as const;
    const values = {
      effectiveFrom: v.effectiveFrom,
      maxGrantGrosze: v.maxGrant,
      maxTaskDays: v.maxTaskDays,
      maxYearlyPerOrganizationGrosze: v.maxYearlyPerOrganization,
      maxPoolShareBp: v.maxPoolSharePercent,
      legalBasis: v.legalBasis,
      createdBy: principal.userId,
    };
    const [row] = await tx.insert(smallGrantLimitSets).values(values).returning({ id: smallGrantLimitSets.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.addLimitSet",
      entityType: "small_grant_limit_set",
      entityId: row.id,
      after: values,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Sets (or corrects) the city's planned NGO grant pool of a year. */
export async function setPlannedPool(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ year: number }>> {
  authorize(principal, "smallGrant.settings");
  const parsed = poolSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { year, plannedPool, source } = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(smallGrantPools).where(eq(smallGrantPools.year, year)).for("update");
    const values = { plannedPoolGrosze: plannedPool, source, updatedBy: principal.userId, updatedAt: now };
    await tx
      .insert(smallGrantPools)
      .values({ year, ...values })
      .onConflictDoUpdate({ target: smallGrantPools.year, set: values });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.setPool",
      entityType: "small_grant_pool",
      entityId: String(year),
      before: before ?? null,
      after: { year, plannedPoolGrosze: plannedPool, source },
    });
    return { ok: true, value: { year } } as const;
  });
}

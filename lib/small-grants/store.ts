import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { smallGrantLimitSets, smallGrantPools, smallGrants } from "@/lib/db/schema";
import { countingStatuses, limitSetOn, type LimitSet } from "./limits";

/** Shared reads of the write side and the pages. */

export async function lockGrant(tx: Tx, id: string) {
  const [grant] = await tx.select().from(smallGrants).where(eq(smallGrants.id, id)).for("update");
  return grant ?? null;
}

export async function limitSets(q: Db | Tx): Promise<(LimitSet & { legalBasis: string })[]> {
  return q.select().from(smallGrantLimitSets).orderBy(asc(smallGrantLimitSets.effectiveFrom));
}

export async function limitSetInForce(q: Db | Tx, date: string) {
  return limitSetOn(await limitSets(q), date);
}

export async function plannedPool(q: Db | Tx, year: number): Promise<number | null> {
  const [row] = await q.select({ grosze: smallGrantPools.plannedPoolGrosze }).from(smallGrantPools).where(eq(smallGrantPools.year, year));
  return row?.grosze ?? null;
}

/** Sums of the small grants of a year that count (submitted, published, accepted), except one. */
export async function yearSums(q: Db | Tx, year: number, organizationId: string, exceptId?: string) {
  const [row] = await q
    .select({
      all: sql<string>`coalesce(sum(${smallGrants.grantGrosze}), 0)`,
      organization: sql<string>`coalesce(sum(${smallGrants.grantGrosze}) filter (where ${smallGrants.organizationId} = ${organizationId}), 0)`,
    })
    .from(smallGrants)
    .where(
      and(
        eq(smallGrants.year, year),
        inArray(smallGrants.status, [...countingStatuses]),
        exceptId ? ne(smallGrants.id, exceptId) : undefined,
      ),
    );
  return { yearGrosze: Number(row.all), organizationYearGrosze: Number(row.organization) };
}

/**
 * Serializes submissions of one budget year inside the transaction: the pool share depends on every
 * organization's grants of the year, so a per-year lock also covers the per-organization sum.
 */
export async function lockYear(tx: Tx, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`small-grants:${year}`}))`);
}

import { asc, eq, inArray } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, organizations } from "@/lib/db/schema";
import { biddingOrganizations } from "./commission";
import { commissionOf } from "./ranking";
import { currentRankingOf } from "./cache";
import { commissionAccess } from "./standing";

/** The administrator's commission page: members with declarations, bidders, organizations to nominate from. */
export async function commissionOverview(db: Db, principal: Principal | null, competitionId: string) {
  authorize(principal, "commission.appoint");
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  if (!competition) return null;
  const [members, bidders, orgs] = await Promise.all([
    commissionOf(db, competitionId),
    biddingOrganizations(db, competitionId),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.verificationStatus, "verified"))
      .orderBy(asc(organizations.name)),
  ]);
  const nominating = members.map((m) => m.nominatingOrganizationId).filter((id): id is string => !!id);
  const names = new Map(
    nominating.length
      ? (
          await db
            .select({ id: organizations.id, name: organizations.name })
            .from(organizations)
            .where(inArray(organizations.id, nominating))
        ).map((o) => [o.id, o.name])
      : [],
  );
  return {
    competition,
    members: members.map((m) => ({
      ...m,
      nominatedBy: m.nominatingOrganizationId ? (names.get(m.nominatingOrganizationId) ?? null) : null,
    })),
    bidders: [...bidders].map(([id, name]) => ({ id, name })),
    organizations: orgs,
  };
}

/**
 * The protocol: members and kinds, declarations with dates, conflicts, exclusions (art. 24 § 3 KPA), totals per member, ranking,
 * grants. For the city's staff; for a member once she has scored every offer or scoring closed
 * ("commission.protocol"), before that only the step she is missing.
 */
export async function protocolOf(db: Db, principal: Principal | null, competitionId: string) {
  authorize(principal, "commission.view", { competitionId });
  const ranking = await currentRankingOf(db, competitionId);
  if (!ranking) return null;
  const access = await commissionAccess(db, principal, "commission.protocol", { competitionId });
  if (!access.allowed) return { kind: "locked", step: access.step, competition: ranking.competition } as const;
  const names = new Map(ranking.members.map((m) => [m.userId, m.name]));
  const titles = new Map(ranking.rows.map((r) => [r.offerId, r.offer.title]));
  return {
    kind: "protocol" as const,
    ranking,
    members: ranking.members,
    exclusions: ranking.excluded.map((m) => ({
      userId: m.userId,
      name: m.name,
      excludedAt: m.excludedAt!,
      reason: m.exclusionReason ?? "",
    })),
    conflicts: ranking.conflicts.map((c) => ({
      member: names.get(c.userId) ?? "",
      offer: titles.get(c.offerId) ?? "",
      declaredAt: c.declaredAt,
      reason: c.reason,
    })),
    granted: ranking.rows.reduce((sum, r) => sum + (r.offer.grantGrosze ?? 0), 0),
  };
}

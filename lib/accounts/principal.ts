import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, organizationMembers, users } from "@/lib/db/schema";
import type { OrgRole, Principal } from "@/lib/auth/permissions";

/** JSON from the database: postgres.js and PGlite parse it already; a string is parsed here. */
function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/**
 * Loaded on every request, so a deactivated account or a changed role takes effect at once. One
 * round trip: memberships come aggregated with the user row.
 */
export async function loadPrincipal(db: Db, userId: string): Promise<Principal | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      active: users.active,
      organizations: sql<unknown>`coalesce((select json_agg(json_build_array(${organizationMembers.organizationId}, ${organizationMembers.role})) from ${organizationMembers} where ${organizationMembers.userId} = ${users.id}), '[]')`,
      commissions: sql<unknown>`coalesce((select json_agg(${commissionMembers.competitionId}) from ${commissionMembers} where ${commissionMembers.userId} = ${users.id}), '[]')`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    organizations: new Map(fromJson<[string, OrgRole][]>(user.organizations)),
    commissions: new Set(fromJson<string[]>(user.commissions)),
  };
}

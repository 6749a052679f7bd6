import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, organizationMembers, sessions, users } from "@/lib/db/schema";
import type { OrgRole, Principal } from "@/lib/auth/permissions";

/** JSON from the database: postgres.js and PGlite parse it already; a string is parsed here. */
function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

const principalColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  isAdmin: users.isAdmin,
  isCentreStaff: users.isCentreStaff,
  active: users.active,
  organizations: sql<unknown>`coalesce((select json_agg(json_build_array(${organizationMembers.organizationId}, ${organizationMembers.role})) from ${organizationMembers} where ${organizationMembers.userId} = ${users.id}), '[]')`,
  commissions: sql<unknown>`coalesce((select json_agg(${commissionMembers.competitionId}) from ${commissionMembers} where ${commissionMembers.userId} = ${users.id}), '[]')`,
};

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  isCentreStaff: boolean;
  active: boolean;
  organizations: unknown;
  commissions: unknown;
}

function principalOf(user: PrincipalRow | undefined, sessionId?: string): Principal | null {
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    isCentreStaff: user.isCentreStaff,
    organizations: new Map(fromJson<[string, OrgRole][]>(user.organizations)),
    commissions: new Set(fromJson<string[]>(user.commissions)),
    ...(sessionId && { sessionId }),
  };
}

/**
 * A person with roles fresh from the database, so a deactivated account or a changed role takes
 * effect at once. One round trip: memberships come aggregated with the user row.
 */
export async function loadPrincipal(db: Db, userId: string): Promise<Principal | null> {
  const [user] = await db.select(principalColumns).from(users).where(eq(users.id, userId));
  return principalOf(user);
}

/**
 * The principal of a session cookie, on every request: only while its session row exists (deleted
 * users take theirs along) and is not revoked (log-out, password change or reset, an administrator),
 * and the account is active. Still one round trip: the session is joined by its primary key.
 */
export async function loadSessionPrincipal(db: Db, session: { userId: string; sessionId: string }) {
  const [row] = await db
    .select({ ...principalColumns, lastSeenAt: sessions.lastSeenAt })
    .from(users)
    .innerJoin(sessions, and(eq(sessions.id, session.sessionId), eq(sessions.userId, users.id), isNull(sessions.revokedAt)))
    .where(eq(users.id, session.userId));
  const principal = principalOf(row, session.sessionId);
  return principal && { principal, lastSeenAt: row.lastSeenAt };
}

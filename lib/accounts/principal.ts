import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, organizationMembers, users } from "@/lib/db/schema";
import type { OrgRole, Principal } from "@/lib/auth/permissions";

/** Loaded on every request, so a deactivated account or a changed role takes effect at once. */
export async function loadPrincipal(db: Db, userId: string): Promise<Principal | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !user.active) return null;
  const [orgs, commissions] = await Promise.all([
    db.select({ id: organizationMembers.organizationId, role: organizationMembers.role }).from(organizationMembers).where(eq(organizationMembers.userId, userId)),
    db.select({ id: commissionMembers.competitionId }).from(commissionMembers).where(eq(commissionMembers.userId, userId)),
  ]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    organizations: new Map(orgs.map((o) => [o.id, o.role as OrgRole])),
    commissions: new Set(commissions.map((c) => c.id)),
  };
}

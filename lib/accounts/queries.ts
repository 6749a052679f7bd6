import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { commissionMembers, competitions, organizationMembers, organizations } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";

export async function myOrganizations(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      role: organizationMembers.role,
      verificationStatus: organizations.verificationStatus,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, principal.userId))
    .orderBy(organizations.name);
}

export async function myCommissions(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  return db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      status: competitions.status,
      role: commissionMembers.role,
    })
    .from(commissionMembers)
    .innerJoin(competitions, eq(competitions.id, commissionMembers.competitionId))
    .where(eq(commissionMembers.userId, principal.userId))
    .orderBy(competitions.createdAt);
}

/**
 * Reads of the management pages: an organization's members, open join requests and invitations
 * (for its members and administrators), and one person's invitations and requests.
 */
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { organizationInvitations, organizationJoinRequests, organizationMembers, organizations, users } from "@/lib/db/schema";
import { isId } from "@/lib/core/ids";

/** The dashboard of one organization; null when it does not exist. Refuses non-members. */
export async function organizationDashboard(db: Db, principal: Principal | null, organizationId: string) {
  if (!isId(organizationId)) return null;
  authorize(principal, "organization.members.view", { organizationId });
  const [org] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      verificationStatus: organizations.verificationStatus,
      verificationNote: organizations.verificationNote,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) return null;
  const canManage = can(principal, "organization.members.manage", { organizationId });
  const canDecide = can(principal, "organization.join.decide", { organizationId });
  const [members, requests, invitations] = await Promise.all([
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: organizationMembers.role,
        since: organizationMembers.createdAt,
      })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(eq(organizationMembers.organizationId, organizationId))
      .orderBy(asc(organizationMembers.role), asc(users.name)),
    canDecide
      ? db
          .select({
            id: organizationJoinRequests.id,
            name: users.name,
            email: users.email,
            message: organizationJoinRequests.message,
            createdAt: organizationJoinRequests.createdAt,
          })
          .from(organizationJoinRequests)
          .innerJoin(users, eq(users.id, organizationJoinRequests.userId))
          .where(and(eq(organizationJoinRequests.organizationId, organizationId), eq(organizationJoinRequests.status, "pending")))
          .orderBy(asc(organizationJoinRequests.createdAt))
      : [],
    canManage
      ? db
          .select({
            id: organizationInvitations.id,
            email: organizationInvitations.email,
            role: organizationInvitations.role,
            expiresAt: organizationInvitations.expiresAt,
          })
          .from(organizationInvitations)
          .where(and(eq(organizationInvitations.organizationId, organizationId), eq(organizationInvitations.status, "pending")))
          .orderBy(asc(organizationInvitations.createdAt))
      : [],
  ]);
  return { organization: org, members, requests, invitations, canManage, canDecide };
}

/** The signed-in person's organizations, open invitations to their address and their join requests. */
export async function myMembershipOverview(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const [memberships, invitations, requests] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        role: organizationMembers.role,
        verificationStatus: organizations.verificationStatus,
      })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, principal.userId))
      .orderBy(asc(organizations.name)),
    db
      .select({
        id: organizationInvitations.id,
        organizationName: organizations.name,
        role: organizationInvitations.role,
        expiresAt: organizationInvitations.expiresAt,
      })
      .from(organizationInvitations)
      .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
      .where(
        and(
          eq(organizationInvitations.email, principal.email.toLowerCase()),
          eq(organizationInvitations.status, "pending"),
          gt(organizationInvitations.expiresAt, new Date()),
        ),
      )
      .orderBy(asc(organizationInvitations.createdAt)),
    db
      .select({
        id: organizationJoinRequests.id,
        organizationId: organizations.id,
        organizationName: organizations.name,
        status: organizationJoinRequests.status,
        reason: organizationJoinRequests.reason,
        createdAt: organizationJoinRequests.createdAt,
      })
      .from(organizationJoinRequests)
      .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
      .where(eq(organizationJoinRequests.userId, principal.userId))
      .orderBy(desc(organizationJoinRequests.createdAt))
      .limit(20),
  ]);
  return { memberships, invitations, requests };
}

/** Name and status of an organization, for the join page (any logged-in person may ask). */
export async function organizationToJoin(db: Db, organizationId: string) {
  if (!isId(organizationId)) return null;
  const [org] = await db
    .select({ id: organizations.id, name: organizations.name, status: organizations.verificationStatus })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return org && org.status !== "refused" ? org : null;
}

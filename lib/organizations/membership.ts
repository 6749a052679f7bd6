/**
 * Who belongs to an organization: join requests (a person asks, an owner or an administrator
 * decides), invitations by e-mail (an owner invites, the person accepts when logged in with that
 * address) and member changes (owners set roles and remove members; at least one owner stays).
 * Every command authorizes against the organization of the loaded row, never the form's word.
 */
import { and, eq, sql } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { organizationInvitations, organizationJoinRequests, organizationMembers, organizations } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import type { MailContext } from "@/lib/mail/links";
import { ownersOf, recipientByEmail, recipientOf, sendTemplate } from "./mail";
import { keepsAnOwner } from "./owners";
import { decideJoinRequestSchema, inviteSchema, joinRequestSchema, memberChangeSchema } from "./schemas";
import { parseId } from "@/lib/core/ids";

const INVITATION_DAYS = 14;

export async function requestToJoin(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  ctx: MailContext,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "organization.join.request");
  const parsed = joinRequestSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { organizationId, message } = parsed.data;
  if (principal.organizations.has(organizationId)) return { ok: false, formError: "alreadyMember" };
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id, name: organizations.name, status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    if (!org || org.status === "refused") return { ok: false, formError: "notFound" } as const;
    const [request] = await tx
      .insert(organizationJoinRequests)
      .values({ organizationId, userId: principal.userId, message: message ?? null })
      .onConflictDoNothing()
      .returning({ id: organizationJoinRequests.id });
    if (!request) return { ok: false, formError: "alreadyRequested" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.requestJoin",
      entityType: "organization_join_request",
      entityId: request.id,
      after: { organizationId, message },
    });
    for (const owner of await ownersOf(tx, organizationId, ctx.locale)) {
      await sendTemplate(
        tx,
        owner,
        "joinRequested",
        { name: principal.name, organization: org.name },
        `/organizations/${organizationId}/manage`,
      );
    }
    return { ok: true, value: { id: request.id } } as const;
  });
}

/** The owner of the request's organization, or an administrator, approves (the person becomes a member) or refuses. */
export async function decideJoinRequest(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  ctx: MailContext,
): Promise<CommandResult<null>> {
  const parsed = decideJoinRequestSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { requestId, decision, role, reason } = parsed.data;
  const [found] = await db
    .select({ organizationId: organizationJoinRequests.organizationId })
    .from(organizationJoinRequests)
    .where(eq(organizationJoinRequests.id, requestId));
  if (!found) {
    authorize(principal, "organization.join.decide", {});
    return { ok: false, formError: "notFound" };
  }
  authorize(principal, "organization.join.decide", { organizationId: found.organizationId });
  return db.transaction(async (tx) => {
    const [request] = await tx.select().from(organizationJoinRequests).where(eq(organizationJoinRequests.id, requestId)).for("update");
    if (request.status !== "pending") return { ok: false, formError: "alreadyDecided" } as const;
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, request.organizationId));
    const status = decision === "approve" ? "approved" : "refused";
    if (status === "approved") {
      await tx
        .insert(organizationMembers)
        .values({ organizationId: request.organizationId, userId: request.userId, role })
        .onConflictDoNothing();
    }
    await tx
      .update(organizationJoinRequests)
      .set({ status, decidedBy: principal.userId, decidedAt: sql`now()`, reason: reason ?? null })
      .where(eq(organizationJoinRequests.id, requestId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: decision === "approve" ? "organization.approveJoin" : "organization.refuseJoin",
      entityType: "organization_join_request",
      entityId: requestId,
      before: { status: request.status },
      after: { status, role: status === "approved" ? role : undefined, reason },
    });
    const person = await recipientOf(tx, request.userId, ctx.locale);
    if (person) {
      const key = status === "approved" ? "joinApproved" : "joinRefused";
      await sendTemplate(tx, person, key, { organization: org.name, reason: reason ?? "—" }, "/account/organizations");
    }
    return { ok: true, value: null } as const;
  });
}

/** Owners invite by e-mail; an unknown address is told to register first with that address. */
export async function inviteMember(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  ctx: MailContext,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return { ok: false, formError: "notFound" };
  authorize(principal, "organization.members.invite", { organizationId });
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { email, role } = parsed.data;
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
    if (!org) return { ok: false, formError: "notFound" } as const;
    const account = await recipientByEmail(tx, email, ctx.locale);
    if (account) {
      const [member] = await tx
        .select({ userId: organizationMembers.userId })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, account.id)));
      if (member) return { ok: false, fieldErrors: { email: ["alreadyMember"] } } as const;
    }
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
    const [invitation] = await tx
      .insert(organizationInvitations)
      .values({ organizationId, email, role, invitedBy: principal.userId, expiresAt, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: organizationInvitations.id });
    if (!invitation) return { ok: false, fieldErrors: { email: ["alreadyInvited"] } } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.inviteMember",
      entityType: "organization_invitation",
      entityId: invitation.id,
      after: { organizationId, email, role },
    });
    const to = { email, locale: account?.locale ?? ctx.locale };
    const values = { organization: org.name, inviter: principal.name, email };
    if (account) await sendTemplate(tx, to, "invitation", values, "/account/organizations");
    else await sendTemplate(tx, to, "invitationRegister", values, "/register");
    return { ok: true, value: { id: invitation.id } } as const;
  });
}

/** The invited person (logged in with the invited address) accepts or declines. */
export async function respondToInvitation(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ organizationId: string }>> {
  authorize(principal, "organization.invitation.respond");
  const invitationId = parseId(input.invitationId);
  const decision = input.decision === "accept" ? "accept" : input.decision === "decline" ? "decline" : null;
  if (!invitationId) return { ok: false, formError: "notFound" };
  if (!decision) return { ok: false, formError: "invalid" };
  return db.transaction(async (tx) => {
    const [invitation] = await tx.select().from(organizationInvitations).where(eq(organizationInvitations.id, invitationId)).for("update");
    // someone else's invitation looks the same as a missing one
    if (!invitation || invitation.email !== principal.email.toLowerCase()) return { ok: false, formError: "notFound" } as const;
    if (invitation.status !== "pending") return { ok: false, formError: "alreadyDecided" } as const;
    if (invitation.expiresAt.getTime() < Date.now()) return { ok: false, formError: "invitationExpired" } as const;
    const status = decision === "accept" ? "accepted" : "declined";
    if (status === "accepted") {
      await tx
        .insert(organizationMembers)
        .values({ organizationId: invitation.organizationId, userId: principal.userId, role: invitation.role })
        .onConflictDoNothing();
    }
    await tx
      .update(organizationInvitations)
      .set({ status, decidedAt: sql`now()` })
      .where(eq(organizationInvitations.id, invitationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: decision === "accept" ? "organization.acceptInvitation" : "organization.declineInvitation",
      entityType: "organization_invitation",
      entityId: invitationId,
      before: { status: "pending" },
      after: { status },
    });
    return { ok: true, value: { organizationId: invitation.organizationId } } as const;
  });
}

/** An owner withdraws a pending invitation of their organization. */
export async function revokeInvitation(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  const invitationId = parseId(input.invitationId);
  const [invitation] = invitationId
    ? await db.select().from(organizationInvitations).where(eq(organizationInvitations.id, invitationId))
    : [];
  authorize(principal, "organization.members.invite", { organizationId: invitation?.organizationId });
  if (!invitation || invitation.status !== "pending") return { ok: false, formError: "notFound" };
  await db.transaction(async (tx) => {
    await tx
      .update(organizationInvitations)
      .set({ status: "revoked", decidedAt: sql`now()` })
      .where(and(eq(organizationInvitations.id, invitation.id), eq(organizationInvitations.status, "pending")));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.revokeInvitation",
      entityType: "organization_invitation",
      entityId: invitation.id,
      before: { status: "pending" },
      after: { status: "revoked" },
    });
  });
  return { ok: true, value: null };
}

/** Owners change roles and remove members; the last owner can be neither demoted nor removed. */
export async function changeMember(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return { ok: false, formError: "notFound" };
  authorize(principal, "organization.members.manage", { organizationId });
  const parsed = memberChangeSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const change = parsed.data;
  return db.transaction(async (tx) => {
    // lock every member row of the organization: concurrent demotions are decided one after the other
    const members = await tx
      .select({ userId: organizationMembers.userId, role: organizationMembers.role })
      .from(organizationMembers)
      .where(eq(organizationMembers.organizationId, organizationId))
      .for("update");
    const before = members.find((m) => m.userId === change.userId);
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (!keepsAnOwner(members, change)) return { ok: false, formError: "lastOwner" } as const;
    const where = and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, change.userId));
    if (change.action === "remove") await tx.delete(organizationMembers).where(where);
    else
      await tx
        .update(organizationMembers)
        .set({ role: change.action === "setOwner" ? "owner" : "editor" })
        .where(where);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: change.action === "remove" ? "organization.removeMember" : "organization.setMemberRole",
      entityType: "organization",
      entityId: organizationId,
      before: { userId: change.userId, role: before.role },
      after: change.action === "remove" ? null : { userId: change.userId, role: change.action === "setOwner" ? "owner" : "editor" },
    });
    return { ok: true, value: null } as const;
  });
}

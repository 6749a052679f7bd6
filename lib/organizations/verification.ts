/**
 * An administrator verifies a newly registered organization (it appears in the public directory
 * and may later submit offers) or refuses it with a reason, which is mailed to its owners.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { organizationJoinRequests, organizations, users } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import type { MailContext } from "@/lib/mail/links";
import { ownersOf, sendTemplate } from "./mail";
import { refuseOrganizationSchema } from "./schemas";
import { parseId } from "@/lib/core/ids";

async function decide(
  db: Db,
  principal: Principal,
  organizationId: string,
  status: "verified" | "refused",
  reason: string | null,
  ctx: MailContext,
): Promise<CommandResult<null>> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: organizations.name, status: organizations.verificationStatus, note: organizations.verificationNote })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status === status) return { ok: false, formError: "alreadyDecided" } as const;
    await tx
      .update(organizations)
      .set({ verificationStatus: status, verificationNote: reason, updatedAt: sql`now()` })
      .where(eq(organizations.id, organizationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: status === "verified" ? "organization.verify" : "organization.refuse",
      entityType: "organization",
      entityId: organizationId,
      before: { verificationStatus: before.status, verificationNote: before.note },
      after: { verificationStatus: status, verificationNote: reason },
    });
    const key = status === "verified" ? "verified" : "refused";
    for (const owner of await ownersOf(tx, organizationId, ctx.locale)) {
      await sendTemplate(tx, owner, key, { organization: before.name, reason: reason ?? "" }, `/organizations/${organizationId}/manage`);
    }
    return { ok: true, value: null } as const;
  });
}

export async function verifyOrganization(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  ctx: MailContext,
): Promise<CommandResult<null>> {
  authorize(principal, "organization.verify");
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return { ok: false, formError: "notFound" };
  return decide(db, principal, organizationId, "verified", null, ctx);
}

export async function refuseOrganization(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  ctx: MailContext,
): Promise<CommandResult<null>> {
  authorize(principal, "organization.verify");
  const parsed = refuseOrganizationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return decide(db, principal, parsed.data.organizationId, "refused", parsed.data.reason, ctx);
}

/** Organizations waiting for verification, oldest first, with who registered them. */
export async function verificationQueue(db: Db, principal: Principal | null) {
  authorize(principal, "organization.verify");
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      legalForm: organizations.legalForm,
      krs: organizations.krs,
      nip: organizations.nip,
      regon: organizations.regon,
      createdAt: organizations.createdAt,
      owners: sql<string[]>`array(select u.email from organization_members m join users u on u.id = m.user_id
        where m.organization_id = ${organizations.id} and m.role = 'owner' order by u.email)`,
    })
    .from(organizations)
    .where(eq(organizations.verificationStatus, "pending"))
    .orderBy(asc(organizations.createdAt));
}

/** Every pending join request in the directory, for administrators. */
export async function allPendingJoinRequests(db: Db, principal: Principal | null) {
  authorize(principal, "organization.verify");
  return db
    .select({
      id: organizationJoinRequests.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      userName: users.name,
      userEmail: users.email,
      message: organizationJoinRequests.message,
      createdAt: organizationJoinRequests.createdAt,
    })
    .from(organizationJoinRequests)
    .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
    .innerJoin(users, eq(users.id, organizationJoinRequests.userId))
    .where(and(eq(organizationJoinRequests.status, "pending")))
    .orderBy(asc(organizationJoinRequests.createdAt));
}

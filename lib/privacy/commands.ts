import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import {
  follows,
  loginFailures,
  mailOutbox,
  meetingRegistrations,
  notifications,
  notificationSettings,
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  passwordResetRequests,
  sessions,
  userTokens,
  users,
} from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { commentedRecords, deletionConsequences } from "./queries";
import { deleteAccountSchema } from "./schemas";

/** The address a deleted account keeps: unique, not deliverable (RFC 2606 `.invalid`), not personal. */
export const deletedAccountEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

export interface DeletedAccount {
  /** the pages to refresh: they showed the person's name next to their comments */
  consultations: string[];
  smallGrants: string[];
}

/**
 * A person deletes their own account (RODO art. 17). The account row stays as a pseudonymous
 * reference (comments, scores and the audit log point at its id) but loses everything personal:
 * name, e-mail, password, roles; it can never log in again. Comments stay, shown as written by
 * "Mieszkaniec"/"Resident". What only served the person goes: memberships, join requests,
 * invitations, follows, notification settings, meeting registrations, tokens, the mail sent to
 * them, their failed log-ins and reset requests. Organisation records stay with the organisation.
 *
 * Refused: an administrator (the city's account; another administrator removes the role first),
 * a commission member of a competition still being decided (the sheet would be left open), and
 * the only owner of an organisation that has other members (ownership is handed over first, so the
 * organisation is never left with editors and no owner). The only member of an organisation may
 * go: the organisation keeps its records, and the city approves its next representative.
 */
export async function deleteOwnAccount(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<DeletedAccount>> {
  authorize(principal, "account.update", { userId: principal?.userId });
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const userId = principal.userId;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
    return { ok: false, fieldErrors: { password: ["currentPasswordWrong"] } };
  }
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ isAdmin: users.isAdmin, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!locked || locked.deletedAt) return { ok: false, formError: "notFound" } as const;
    if (locked.isAdmin) return { ok: false, formError: "adminCannotDelete" } as const;
    const consequences = await deletionConsequences(tx, userId);
    if (consequences.openCommissions.length) return { ok: false, formError: "commissionInProgress" } as const;
    if (consequences.handOverFirst.length) return { ok: false, formError: "handOverOwnership" } as const;
    const email = user.email.toLowerCase();
    const refresh = await commentedRecords(tx, userId);

    const removed = {
      memberships: await tx.delete(organizationMembers).where(eq(organizationMembers.userId, userId)).returning(),
      joinRequests: await tx.delete(organizationJoinRequests).where(eq(organizationJoinRequests.userId, userId)).returning(),
      invitations: await tx
        .delete(organizationInvitations)
        .where(and(sql`lower(${organizationInvitations.email}) = ${email}`, eq(organizationInvitations.status, "pending")))
        .returning(),
      follows: await tx.delete(follows).where(eq(follows.userId, userId)).returning(),
      notificationSettings: await tx.delete(notificationSettings).where(eq(notificationSettings.userId, userId)).returning(),
      notifications: await tx.delete(notifications).where(eq(notifications.userId, userId)).returning(),
      meetingRegistrations: await tx.delete(meetingRegistrations).where(eq(meetingRegistrations.userId, userId)).returning(),
      tokens: await tx.delete(userTokens).where(eq(userTokens.userId, userId)).returning(),
      mail: await tx
        .delete(mailOutbox)
        .where(sql`lower(${mailOutbox.to}) = ${email}`)
        .returning(),
      loginFailures: await tx
        .delete(loginFailures)
        .where(sql`lower(${loginFailures.email}) = ${email}`)
        .returning(),
      sessions: await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id }),
      resetRequests: await tx
        .delete(passwordResetRequests)
        .where(sql`lower(${passwordResetRequests.email}) = ${email}`)
        .returning(),
    };
    const pseudonym = deletedAccountEmail(userId);
    await tx
      .update(users)
      .set({ email: pseudonym, name: "", passwordHash: "", emailVerifiedAt: null, isAdmin: false, active: false, deletedAt: now })
      .where(eq(users.id, userId));
    // The entry names the account by its id only; counts, not contents, of what was removed.
    await recordAudit(tx, {
      actor: { userId, email: pseudonym },
      action: "user.deleteAccount",
      entityType: "user",
      entityId: userId,
      after: {
        ...Object.fromEntries(Object.entries(removed).map(([key, rows]) => [key, rows.length])),
        orphanedOrganizations: consequences.orphaned.map((o) => o.id),
      },
    });
    return { ok: true, value: refresh } as const;
  });
}

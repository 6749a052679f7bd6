import { and, count, desc, eq, ilike, isNull, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { idSchema } from "@/lib/core/ids";
import { revokeUserSessions } from "@/lib/auth/sessions";

export const usersPageSize = 25;

export async function listUsers(db: Db, principal: Principal | null, query: { q?: string; page?: number }) {
  authorize(principal, "admin.users.list");
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const q = query.q?.trim();
  const where = q ? or(ilike(users.email, `%${q}%`), ilike(users.name, `%${q}%`)) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        isAdmin: users.isAdmin,
        isCentreStaff: users.isCentreStaff,
        active: users.active,
        emailVerifiedAt: users.emailVerifiedAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.email)
      .limit(usersPageSize)
      .offset((page - 1) * usersPageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / usersPageSize)) };
}

const updateUserSchema = z.object({
  userId: idSchema,
  isAdmin: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  isCentreStaff: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

/** Changes the administrator or Centre staff role or the active flag; nobody can change their own account here. */
export async function updateUser(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { userId, isAdmin, isCentreStaff, active } = parsed.data;
  if (isAdmin === undefined && isCentreStaff === undefined && active === undefined) return { ok: false, formError: "invalid" };
  if (isAdmin !== undefined || isCentreStaff !== undefined) authorize(principal, "admin.users.changeRole");
  if (active !== undefined) authorize(principal, "admin.users.deactivate");
  authorize(principal, "admin.users.list");
  if (userId === principal.userId) return { ok: false, formError: "cannotChangeSelf" };
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ isAdmin: users.isAdmin, isCentreStaff: users.isCentreStaff, active: users.active })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    // A deleted account (lib/privacy) cannot be brought back: it no longer holds anyone's data.
    if (!before) return { ok: false, formError: "notFound" } as const;
    const change = {
      ...(isAdmin !== undefined && { isAdmin }),
      ...(isCentreStaff !== undefined && { isCentreStaff }),
      ...(active !== undefined && { active }),
    };
    const [after] = await tx
      .update(users)
      .set(change)
      .where(eq(users.id, userId))
      .returning({ isAdmin: users.isAdmin, isCentreStaff: users.isCentreStaff, active: users.active });
    // a deactivated account is refused on its next request anyway; its sessions need not wait for that
    if (active === false) await revokeUserSessions(tx, userId, new Date());
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: active === false ? "user.deactivate" : active === true ? "user.activate" : "user.changeRole",
      entityType: "user",
      entityId: userId,
      before,
      after,
    });
    return { ok: true, value: null } as const;
  });
}

const endSessionsSchema = z.object({ userId: idSchema });

/**
 * Signs a person out everywhere (a lost phone, a shared computer, a suspected intrusion): every open
 * session of theirs ends; they can log in again with their password. Not for oneself (log out instead).
 */
export async function endUserSessions(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ ended: number }>> {
  const parsed = endSessionsSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { userId } = parsed.data;
  authorize(principal, "admin.users.endSessions", { userId });
  if (userId === principal.userId) return { ok: false, formError: "cannotEndOwnSessions" };
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) return { ok: false, formError: "notFound" } as const;
    const ended = await revokeUserSessions(tx, userId, now);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "user.endSessions",
      entityType: "user",
      entityId: userId,
      after: { ended },
    });
    return { ok: true, value: { ended } } as const;
  });
}

import { and, count, desc, eq, ilike, isNull, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { idSchema } from "@/lib/core/ids";

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
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

/** Changes the administrator role or the active flag; nobody can demote or deactivate themselves. */
export async function updateUser(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { userId, isAdmin, active } = parsed.data;
  if (isAdmin === undefined && active === undefined) return { ok: false, formError: "invalid" };
  if (isAdmin !== undefined) authorize(principal, "admin.users.changeRole");
  if (active !== undefined) authorize(principal, "admin.users.deactivate");
  authorize(principal, "admin.users.list");
  if (userId === principal.userId) return { ok: false, formError: "cannotChangeSelf" };
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ isAdmin: users.isAdmin, active: users.active })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    // A deleted account (lib/privacy) cannot be brought back: it no longer holds anyone's data.
    if (!before) return { ok: false, formError: "notFound" } as const;
    const change = { ...(isAdmin !== undefined && { isAdmin }), ...(active !== undefined && { active }) };
    const [after] = await tx
      .update(users)
      .set(change)
      .where(eq(users.id, userId))
      .returning({ isAdmin: users.isAdmin, active: users.active });
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

import { count, desc, eq, ilike } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { mailOutbox } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";

export const outboxPageSize = 50;

export async function listOutbox(db: Db, principal: Principal | null, query: { to?: string; page?: number }) {
  authorize(principal, "admin.outbox.view");
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const where = query.to?.trim() ? ilike(mailOutbox.to, `%${query.to.trim()}%`) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        to: mailOutbox.to,
        subject: mailOutbox.subject,
        kind: mailOutbox.kind,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt))
      .limit(outboxPageSize)
      .offset((page - 1) * outboxPageSize),
    db.select({ total: count() }).from(mailOutbox).where(where),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / outboxPageSize)) };
}

export async function getOutboxMessage(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "admin.outbox.view");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}

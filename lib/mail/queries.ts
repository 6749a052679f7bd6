import { and, count, desc, eq, ilike, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { mailOutbox } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";

export const outboxPageSize = 50;

export const outboxStates = ["queued", "sent", "failed"] as const;
export type OutboxState = (typeof outboxStates)[number];

export function outboxStateOf(row: { sentAt: Date | null; failedAt: Date | null }): OutboxState {
  return row.sentAt ? "sent" : row.failedAt ? "failed" : "queued";
}

const stateCondition: Record<OutboxState, SQL> = {
  queued: and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt))!,
  sent: isNotNull(mailOutbox.sentAt),
  failed: and(isNull(mailOutbox.sentAt), isNotNull(mailOutbox.failedAt))!,
};

export async function listOutbox(db: Db, principal: Principal | null, query: { to?: string; state?: string; page?: number }) {
  authorize(principal, "admin.outbox.view");
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const state = (outboxStates as readonly string[]).includes(query.state ?? "") ? (query.state as OutboxState) : undefined;
  const where = and(query.to?.trim() ? ilike(mailOutbox.to, `%${query.to.trim()}%`) : undefined, state ? stateCondition[state] : undefined);
  const [rows, [{ total }], counts] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        to: mailOutbox.to,
        subject: mailOutbox.subject,
        kind: mailOutbox.kind,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
        failedAt: mailOutbox.failedAt,
        attempts: mailOutbox.attempts,
        lastError: mailOutbox.lastError,
        nextAttemptAt: mailOutbox.nextAttemptAt,
      })
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(outboxPageSize)
      .offset((page - 1) * outboxPageSize),
    db.select({ total: count() }).from(mailOutbox).where(where),
    Promise.all(
      outboxStates.map(async (s) => [s, (await db.select({ n: count() }).from(mailOutbox).where(stateCondition[s]))[0].n] as const),
    ),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, state: outboxStateOf(r) })),
    total,
    page,
    state,
    counts: Object.fromEntries(counts) as Record<OutboxState, number>,
    pageCount: Math.max(1, Math.ceil(total / outboxPageSize)),
  };
}

export async function getOutboxMessage(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "admin.outbox.view");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ? { ...row, state: outboxStateOf(row) } : null;
}

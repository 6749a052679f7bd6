import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { insertContract } from "@/lib/contracts/insert";
import type { Db, Tx } from "@/lib/db/open";
import { smallGrantComments, smallGrants } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { acceptsComments, commentsCloseAt, lastCommentDay, warsawDate, windowEnded } from "./calendar";
import { contractOfSmallGrant } from "./contract";
import { mailOrganization } from "./mail";
import { answerSchema, commentSchema, refuseSchema } from "./schemas";
import { smallGrantSettings } from "./settings";
import { lockGrant } from "./store";
import { parseId } from "@/lib/core/ids";

type Result<T> = CommandResult<T>;
const idOf = (input: Record<string, unknown>) => parseId(input.smallGrantId) ?? "";

/** The administrator publishes a submitted offer; the comment window starts now. */
export async function publishSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string; commentsCloseAt: Date }>> {
  authorize(principal, "smallGrant.manage");
  const id = idOf(input);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx): Promise<Result<{ id: string; commentsCloseAt: Date }>> => {
    const grant = await lockGrant(tx, id);
    if (!grant) return { ok: false, formError: "notFound" };
    if (grant.status !== "submitted") return { ok: false, formError: "notSubmitted" };
    const closeAt = commentsCloseAt(now, smallGrantSettings.commentWindowDays);
    await tx
      .update(smallGrants)
      .set({ status: "published", publishedAt: now, commentsCloseAt: closeAt, updatedAt: now })
      .where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.publish",
      entityType: "small_grant",
      entityId: id,
      before: { status: grant.status },
      after: { status: "published", publishedAt: now, commentsCloseAt: closeAt },
    });
    await mailOrganization(tx, grant, "published", { lastDay: lastCommentDay(closeAt) });
    return { ok: true, value: { id, commentsCloseAt: closeAt } };
  });
}

/**
 * art. 19a ust. 1 and 3 uodpp: the mayor publishes only an offer found purposeful. One found not
 * purposeful is closed from the submitted state with a reason told to the organization, and never published.
 */
export async function rejectNotPurposeful(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  authorize(principal, "smallGrant.manage");
  const parsed = refuseSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { smallGrantId: id, reason } = parsed.data;
  return db.transaction(async (tx): Promise<Result<{ id: string }>> => {
    const grant = await lockGrant(tx, id);
    if (!grant) return { ok: false, formError: "notFound" };
    if (grant.status !== "submitted") return { ok: false, formError: "notSubmitted" };
    await tx
      .update(smallGrants)
      .set({ status: "not_purposeful", decidedAt: now, decidedBy: principal.userId, refusalReason: reason, updatedAt: now })
      .where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.notPurposeful",
      entityType: "small_grant",
      entityId: id,
      before: { status: grant.status },
      after: { status: "not_purposeful", reason },
    });
    await mailOrganization(tx, grant, "notPurposeful", { reason });
    return { ok: true, value: { id } };
  });
}

/** Anyone logged in comments while the window is open (server clock). */
export async function commentSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string; smallGrantId: string }>> {
  authorize(principal, "smallGrant.comment");
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { smallGrantId, body } = parsed.data;
  return db.transaction(async (tx) => {
    // shared lock: a decision (which takes the row for update) cannot interleave with a comment
    const [grant] = await tx.select().from(smallGrants).where(eq(smallGrants.id, smallGrantId)).for("share");
    if (!grant || !grant.publishedAt) return { ok: false, formError: "notFound" } as const;
    if (!acceptsComments(grant, now)) return { ok: false, formError: "windowClosed" } as const;
    const [row] = await tx
      .insert(smallGrantComments)
      .values({ smallGrantId, authorId: principal.userId, body, createdAt: now })
      .returning({ id: smallGrantComments.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.comment",
      entityType: "small_grant_comment",
      entityId: row.id,
      after: { smallGrantId, body },
    });
    return { ok: true, value: { id: row.id, smallGrantId } } as const;
  });
}

/** The city's answer to a comment (may be corrected until the decision). */
export async function answerSmallGrantComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ smallGrantId: string }>> {
  authorize(principal, "smallGrant.manage");
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId, answer } = parsed.data;
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(smallGrantComments).where(eq(smallGrantComments.id, commentId));
    if (!comment) return { ok: false, formError: "notFound" } as const;
    const grant = await lockGrant(tx, comment.smallGrantId);
    if (grant?.status !== "published") return { ok: false, formError: "alreadyDecided" } as const;
    await tx
      .update(smallGrantComments)
      .set({ answer, answeredBy: principal.userId, answeredAt: now })
      .where(eq(smallGrantComments.id, commentId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.answerComment",
      entityType: "small_grant_comment",
      entityId: commentId,
      before: { answer: comment.answer },
      after: { answer },
    });
    return { ok: true, value: { smallGrantId: comment.smallGrantId } } as const;
  });
}

export async function unansweredComments(q: Db | Tx, smallGrantId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(smallGrantComments)
    .where(and(eq(smallGrantComments.smallGrantId, smallGrantId), isNull(smallGrantComments.answer)));
  return Number(row.n);
}

/** A decision needs the window over and every comment answered. */
async function decidable(tx: Tx, id: string, now: Date) {
  const grant = await lockGrant(tx, id);
  if (!grant) return { error: "notFound" } as const;
  if (grant.status !== "published") return { error: "alreadyDecided" } as const;
  if (!windowEnded(grant, now)) return { error: "windowOpen" } as const;
  if ((await unansweredComments(tx, id)) > 0) return { error: "unansweredComments" } as const;
  return { grant } as const;
}

/** Accepts the offer: a draft contract through insertContract, exactly once (locked row, unique index). */
export async function acceptSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string; contractId: string; contractNumber: string }>> {
  authorize(principal, "smallGrant.manage");
  const id = idOf(input);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx): Promise<Result<{ id: string; contractId: string; contractNumber: string }>> => {
    const checked = await decidable(tx, id, now);
    if ("error" in checked) return { ok: false, formError: checked.error };
    const contract = await insertContract(tx, contractOfSmallGrant(checked.grant, principal.userId, warsawDate(now)));
    await tx
      .update(smallGrants)
      .set({ status: "accepted", decidedAt: now, decidedBy: principal.userId, contractId: contract.id, updatedAt: now })
      .where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.accept",
      entityType: "small_grant",
      entityId: id,
      before: { status: "published" },
      after: { status: "accepted", contractId: contract.id, contractNumber: contract.number },
    });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.create",
      entityType: "contract",
      entityId: contract.id,
      after: { source: "small_grant", smallGrantId: id, number: contract.number },
    });
    await mailOrganization(tx, checked.grant, "accepted", { number: contract.number });
    return { ok: true, value: { id, contractId: contract.id, contractNumber: contract.number } };
  });
}

/** Refuses the offer with a reason given to the organization. */
export async function refuseSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  authorize(principal, "smallGrant.manage");
  const parsed = refuseSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { smallGrantId: id, reason } = parsed.data;
  return db.transaction(async (tx): Promise<Result<{ id: string }>> => {
    const checked = await decidable(tx, id, now);
    if ("error" in checked) return { ok: false, formError: checked.error };
    await tx
      .update(smallGrants)
      .set({ status: "refused", decidedAt: now, decidedBy: principal.userId, refusalReason: reason, updatedAt: now })
      .where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.refuse",
      entityType: "small_grant",
      entityId: id,
      before: { status: "published" },
      after: { status: "refused", reason },
    });
    await mailOrganization(tx, checked.grant, "refused", { reason });
    return { ok: true, value: { id } };
  });
}

import { and, eq, sql } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import {
  consultationCommentBlocks,
  consultationCommentReports,
  consultationComments,
  consultationCommentSupports,
  consultationParagraphs,
  consultations,
} from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { acceptsComments, canEditComment, commentAllowedFor, MAX_DEPTH, reachesReportThreshold } from "../rules";
import { commentIdSchema, commentSchema, editCommentSchema, reportSchema } from "../schemas";

/** A comment (or a reply) while the consultation is open; checked here, on the server's clock. */
export async function postComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; consultationId: string }>> {
  authorize(principal, "consultation.comment");
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { consultationId, parentId, organizationId, body, stance } = parsed.data;
  let { paragraphNumber } = parsed.data;
  if (organizationId) authorize(principal, "consultation.comment.onBehalf", { organizationId });
  return db.transaction(async (tx): Promise<CommandResult<{ id: string; consultationId: string }>> => {
    const [c] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
    if (!c) return { ok: false, formError: "notFound" } as const;
    if (!acceptsComments(c, now)) return { ok: false, formError: "consultationNotOpen" } as const;
    if (!commentAllowedFor(c.audience, organizationId !== null)) {
      // a representative is asked to choose the organization; anyone else learns who this consultation is for
      if (principal.organizations.size) return { ok: false, fieldErrors: { organizationId: ["ngoAudienceChooseOrganization"] } } as const;
      return { ok: false, formError: "ngoAudienceOnly" } as const;
    }
    const [block] = await tx.select().from(consultationCommentBlocks).where(eq(consultationCommentBlocks.userId, principal.userId));
    if (block) return { ok: false, formError: "blockedFromComments" } as const;
    let depth = 0;
    if (parentId) {
      const [parent] = await tx
        .select()
        .from(consultationComments)
        .where(and(eq(consultationComments.id, parentId), eq(consultationComments.consultationId, consultationId)))
        .for("update");
      if (!parent) return { ok: false, formError: "notFound" } as const;
      if (parent.depth >= MAX_DEPTH) return { ok: false, formError: "tooDeep" } as const;
      depth = parent.depth + 1;
      paragraphNumber = parent.paragraphNumber;
      await tx
        .update(consultationComments)
        .set({ replyCount: sql`${consultationComments.replyCount} + 1` })
        .where(eq(consultationComments.id, parentId));
    } else if (paragraphNumber !== null) {
      const [p] = await tx
        .select()
        .from(consultationParagraphs)
        .where(and(eq(consultationParagraphs.consultationId, consultationId), eq(consultationParagraphs.number, paragraphNumber)));
      if (!p) return { ok: false, fieldErrors: { paragraphNumber: ["invalid"] } } as const;
    }
    const values = {
      consultationId,
      paragraphNumber,
      parentId,
      depth,
      authorId: principal.userId,
      organizationId,
      body,
      stance,
      createdAt: now,
    };
    const [row] = await tx.insert(consultationComments).values(values).returning({ id: consultationComments.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.postComment",
      entityType: "consultation_comment",
      entityId: row.id,
      after: values,
    });
    return { ok: true, value: { id: row.id, consultationId } } as const;
  });
}

/** The author corrects their comment within the consultation's edit window, while it is open. */
export async function editComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ consultationId: string }>> {
  const parsed = editCommentSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId, body, stance } = parsed.data;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ comment: consultationComments, consultation: consultations })
      .from(consultationComments)
      .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
      .where(eq(consultationComments.id, commentId))
      .for("update", { of: consultationComments });
    if (!row) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "consultation.comment.edit", { userId: row.comment.authorId });
    if (!acceptsComments(row.consultation, now)) return { ok: false, formError: "consultationNotOpen" } as const;
    if (!canEditComment(row.comment, principal.userId, row.consultation.editWindowMinutes, now))
      return { ok: false, formError: "editWindowPassed" } as const;
    if (row.comment.moderation !== "visible") return { ok: false, formError: "commentHidden" } as const;
    await tx.update(consultationComments).set({ body, stance, editedAt: now }).where(eq(consultationComments.id, commentId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.editComment",
      entityType: "consultation_comment",
      entityId: commentId,
      before: { body: row.comment.body, stance: row.comment.stance },
      after: { body, stance },
    });
    return { ok: true, value: { consultationId: row.comment.consultationId } } as const;
  });
}

async function loadComment(db: Db, commentId: string) {
  const [row] = await db
    .select({ comment: consultationComments, consultation: consultations })
    .from(consultationComments)
    .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
    .where(eq(consultationComments.id, commentId));
  return row ?? null;
}

/** "+1": once per person (the primary key decides a race); not for one's own comment. */
export async function supportComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ consultationId: string; supportCount: number }>> {
  authorize(principal, "consultation.support");
  const parsed = commentIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId } = parsed.data;
  const found = await loadComment(db, commentId);
  if (!found || found.comment.moderation !== "visible") return { ok: false, formError: "notFound" };
  if (!acceptsComments(found.consultation, now)) return { ok: false, formError: "consultationNotOpen" };
  if (found.comment.authorId === principal.userId) return { ok: false, formError: "ownComment" };
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(consultationCommentSupports)
      .values({ commentId, userId: principal.userId })
      .onConflictDoNothing()
      .returning({ commentId: consultationCommentSupports.commentId });
    if (!inserted.length) return { ok: false, formError: "alreadySupported" } as const;
    const [after] = await tx
      .update(consultationComments)
      .set({ supportCount: sql`${consultationComments.supportCount} + 1` })
      .where(eq(consultationComments.id, commentId))
      .returning({ supportCount: consultationComments.supportCount });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.supportComment",
      entityType: "consultation_comment",
      entityId: commentId,
      after,
    });
    return { ok: true, value: { consultationId: found.comment.consultationId, supportCount: after.supportCount } } as const;
  });
}

/**
 * Anyone logged in may report a comment once. Reports counted since the last moderator decision
 * reaching the consultation's threshold hide it until a moderator decides.
 */
export async function reportComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ consultationId: string; hidden: boolean }>> {
  authorize(principal, "consultation.report");
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId, reason } = parsed.data;
  const found = await loadComment(db, commentId);
  if (!found) return { ok: false, formError: "notFound" };
  if (found.comment.authorId === principal.userId) return { ok: false, formError: "ownComment" };
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(consultationCommentReports)
      .values({ commentId, userId: principal.userId, reason })
      .onConflictDoNothing()
      .returning({ id: consultationCommentReports.id });
    if (!inserted.length) return { ok: false, formError: "alreadyReported" } as const;
    const [c] = await tx
      .update(consultationComments)
      .set({ reportCount: sql`${consultationComments.reportCount} + 1` })
      .where(eq(consultationComments.id, commentId))
      .returning({ reportCount: consultationComments.reportCount, moderation: consultationComments.moderation });
    const hide = c.moderation === "visible" && reachesReportThreshold(c.reportCount, found.consultation.reportThreshold);
    if (hide) await tx.update(consultationComments).set({ moderation: "auto_hidden" }).where(eq(consultationComments.id, commentId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.reportComment",
      entityType: "consultation_comment",
      entityId: commentId,
      after: { reason, reportCount: c.reportCount, autoHidden: hide },
    });
    return { ok: true, value: { consultationId: found.comment.consultationId, hidden: hide } } as const;
  });
}

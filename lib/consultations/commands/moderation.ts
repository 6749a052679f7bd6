import { eq } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { consultationAnswers, consultationCommentBlocks, consultationComments, consultations, users } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";
import { effectiveStatus } from "../rules";
import { answerSchema, moderationSchema } from "../schemas";

/**
 * hide: the reason is shown in place of the text; restore: visible again and the report count
 * starts over (earlier reporters cannot report twice); block: hide and bar the author from
 * commenting. The author is told by mail about hide and block.
 */
export async function moderateComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ consultationId: string }>> {
  authorize(principal, "consultation.moderate");
  const parsed = moderationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId, decision, reason } = parsed.data;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ comment: consultationComments, title: consultations.title, email: users.email, locale: users.locale })
      .from(consultationComments)
      .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
      .innerJoin(users, eq(users.id, consultationComments.authorId))
      .where(eq(consultationComments.id, commentId))
      .for("update", { of: consultationComments });
    if (!row) return { ok: false, formError: "notFound" } as const;
    const before = {
      moderation: row.comment.moderation,
      moderationReason: row.comment.moderationReason,
      reportCount: row.comment.reportCount,
    };
    const after =
      decision === "restore"
        ? { moderation: "visible" as const, moderationReason: null, reportCount: 0 }
        : { moderation: "hidden" as const, moderationReason: reason };
    await tx.update(consultationComments).set(after).where(eq(consultationComments.id, commentId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action:
        decision === "hide"
          ? "consultation.hideComment"
          : decision === "restore"
            ? "consultation.restoreComment"
            : "consultation.blockComment",
      entityType: "consultation_comment",
      entityId: commentId,
      before,
      after,
    });
    if (decision === "block") {
      await tx
        .insert(consultationCommentBlocks)
        .values({ userId: row.comment.authorId, reason, blockedBy: principal.userId, blockedFromCommentsAt: now })
        .onConflictDoUpdate({
          target: consultationCommentBlocks.userId,
          set: { reason, blockedBy: principal.userId, blockedFromCommentsAt: now },
        });
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "consultation.blockAuthor",
        entityType: "user",
        entityId: row.comment.authorId,
        after: { reason, commentId },
      });
    }
    if (decision !== "restore") {
      const locale = (row.locale === "en" ? "en" : "pl") as Locale;
      const t = translator(locale);
      const kind = decision === "block" ? "blocked" : "hidden";
      await queueMail(tx, {
        to: row.email,
        kind: `consultation_comment_${kind}`,
        subject: t(`consultationMail.${kind}.subject`),
        text: t(`consultationMail.${kind}.body`, { title: row.title, reason, excerpt: row.comment.body.slice(0, 300) }),
      });
    }
    return { ok: true, value: { consultationId: row.comment.consultationId } } as const;
  });
}

/** The city's official answer to one comment, after closing and before the report is published. */
export async function answerComment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ consultationId: string }>> {
  authorize(principal, "consultation.answer");
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { commentId, verdict, justification } = parsed.data;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ comment: consultationComments, consultation: consultations })
      .from(consultationComments)
      .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
      .where(eq(consultationComments.id, commentId));
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (effectiveStatus(row.consultation, now) !== "closed") return { ok: false, formError: "notClosedYet" } as const;
    const [before] = await tx.select().from(consultationAnswers).where(eq(consultationAnswers.commentId, commentId));
    const values = { verdict, justification, answeredBy: principal.userId, answeredAt: now };
    await tx
      .insert(consultationAnswers)
      .values({ commentId, ...values })
      .onConflictDoUpdate({ target: consultationAnswers.commentId, set: values });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.answerComment",
      entityType: "consultation_comment",
      entityId: commentId,
      before: before ?? null,
      after: { verdict, justification },
    });
    return { ok: true, value: { consultationId: row.comment.consultationId } } as const;
  });
}

/** The comments of consultations as public pages, the moderation and the open-data API read them. */
import { and, asc, desc, eq, gt, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { consultationAnswers, consultationComments, organizations, users } from "@/lib/db/schema";
import { decodeCursor, encodeCursor, type ThreadOrder } from "./rules";

/** A comment as public pages and the open-data API show it: no e-mails; hidden text withheld. */
export interface PublicComment {
  id: string;
  consultationId: string;
  paragraphNumber: number | null;
  parentId: string | null;
  depth: number;
  authorId: string;
  authorName: string;
  organizationName: string | null;
  body: string | null;
  stance: "for" | "against" | "neutral" | null;
  moderation: "visible" | "auto_hidden" | "hidden";
  moderationReason: string | null;
  supportCount: number;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
  answer: { verdict: string; justification: string; answeredAt: string } | null;
}

export const commentColumns = {
  comment: consultationComments,
  authorName: users.name,
  organizationName: sql<string | null>`coalesce(${organizations.shortName}, ${organizations.name})`,
  answer: consultationAnswers,
};

export type CommentRow = {
  comment: typeof consultationComments.$inferSelect;
  authorName: string;
  organizationName: string | null;
  answer: typeof consultationAnswers.$inferSelect | null;
};

export function toPublic(r: CommentRow): PublicComment {
  const c = r.comment;
  const visible = c.moderation === "visible";
  return {
    id: c.id,
    consultationId: c.consultationId,
    paragraphNumber: c.paragraphNumber,
    parentId: c.parentId,
    depth: c.depth,
    authorId: c.authorId,
    authorName: r.authorName,
    organizationName: r.organizationName,
    body: visible ? c.body : null,
    stance: c.stance,
    moderation: c.moderation,
    moderationReason: c.moderation === "hidden" ? c.moderationReason : null,
    supportCount: c.supportCount,
    replyCount: c.replyCount,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    answer: r.answer
      ? { verdict: r.answer.verdict, justification: r.answer.justification, answeredAt: r.answer.answeredAt.toISOString() }
      : null,
  };
}

function commentQuery(db: Db, where: SQL | undefined) {
  return db
    .select(commentColumns)
    .from(consultationComments)
    .innerJoin(users, eq(users.id, consultationComments.authorId))
    .leftJoin(organizations, eq(organizations.id, consultationComments.organizationId))
    .leftJoin(consultationAnswers, eq(consultationAnswers.commentId, consultationComments.id))
    .where(where);
}

export const THREAD_PAGE_SIZE = 20;

/**
 * One page of top-level comments, keyset-paginated on (created_at, id) or (support_count,
 * created_at, id), so page 500 costs what page 1 costs. `next` is the cursor of the following page.
 */
export async function threadPage(
  db: Db,
  options: { consultationId: string; order?: ThreadOrder; cursor?: string | null; limit?: number; includeHidden?: boolean },
) {
  const order = options.order ?? "newest";
  const limit = Math.min(100, Math.max(1, options.limit ?? THREAD_PAGE_SIZE));
  const cursor = decodeCursor(options.cursor);
  const c = consultationComments;
  const conditions: (SQL | undefined)[] = [eq(c.consultationId, options.consultationId), isNull(c.parentId)];
  if (!options.includeHidden) conditions.push(ne(c.moderation, "hidden"));
  if (cursor) {
    const at = new Date(cursor.at);
    if (order === "oldest") conditions.push(or(gt(c.createdAt, at), and(eq(c.createdAt, at), gt(c.id, cursor.id))));
    else if (order === "newest") conditions.push(or(lt(c.createdAt, at), and(eq(c.createdAt, at), lt(c.id, cursor.id))));
    else
      conditions.push(
        sql`(${c.supportCount}, ${c.createdAt}, ${c.id}) < (${cursor.support}, ${at.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
      );
  }
  const orderBy =
    order === "oldest"
      ? [asc(c.createdAt), asc(c.id)]
      : order === "newest"
        ? [desc(c.createdAt), desc(c.id)]
        : [desc(c.supportCount), desc(c.createdAt), desc(c.id)];
  const rows = await commentQuery(db, and(...conditions))
    .orderBy(...orderBy)
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toPublic);
  const last = rows.length > limit ? rows[limit - 1].comment : null;
  return { items, next: last ? encodeCursor({ at: last.createdAt.toISOString(), support: last.supportCount, id: last.id }) : null };
}

/** Replies of one comment, on demand, oldest first. */
/** Whether a comment belongs to this consultation (a thread's "replies" link names both). */
export async function isCommentOf(db: Db, consultationId: string, commentId: string) {
  const [row] = await db
    .select({ id: consultationComments.id })
    .from(consultationComments)
    .where(and(eq(consultationComments.id, commentId), eq(consultationComments.consultationId, consultationId)));
  return !!row;
}

export async function repliesOf(db: Db, parentId: string, options: { includeHidden?: boolean } = {}) {
  const where = and(
    eq(consultationComments.parentId, parentId),
    options.includeHidden ? undefined : ne(consultationComments.moderation, "hidden"),
  );
  return (await commentQuery(db, where).orderBy(asc(consultationComments.createdAt), asc(consultationComments.id)).limit(200)).map(
    toPublic,
  );
}

/** Every comment of a consultation (the report, the answers page, the API), oldest first. */
export async function allComments(db: Db, consultationId: string, options: { includeHidden?: boolean } = {}) {
  const where = and(
    eq(consultationComments.consultationId, consultationId),
    options.includeHidden ? undefined : ne(consultationComments.moderation, "hidden"),
  );
  return (await commentQuery(db, where).orderBy(asc(consultationComments.createdAt), asc(consultationComments.id))).map(toPublic);
}

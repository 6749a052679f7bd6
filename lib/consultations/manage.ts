import { and, count, eq, inArray, isNull, ne, notExists, sql } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { consultationAnswers, consultationComments, consultationParagraphs, consultations, consultationTaskAreas } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { notifyConsultationOpened, notifyReportPublished } from "@/lib/notifications/commands";
import { canPublishReport, consultationWindow, effectiveStatus, splitParagraphs } from "./rules";
import { consultationSchema, publishSchema } from "./schemas";

/** Where links in the followers' mails point (the request's origin, or APP_URL). */
export interface NoticeOptions {
  origin?: string;
}

/** Comments still waiting for an official answer (a comment hidden by a moderator needs none). */
export async function unansweredCount(q: Db | Tx, consultationId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(consultationComments)
    .where(
      and(
        eq(consultationComments.consultationId, consultationId),
        ne(consultationComments.moderation, "hidden"),
        notExists(
          q
            .select({ one: sql`1` })
            .from(consultationAnswers)
            .where(eq(consultationAnswers.commentId, consultationComments.id)),
        ),
      ),
    );
  return Number(row.n);
}

async function saveAreas(tx: Tx, consultationId: string, areas: string[]) {
  await tx.delete(consultationTaskAreas).where(eq(consultationTaskAreas.consultationId, consultationId));
  if (areas.length) await tx.insert(consultationTaskAreas).values(areas.map((areaSlug) => ({ consultationId, areaSlug })));
}

async function saveParagraphs(tx: Tx, consultationId: string, markdown: string) {
  await tx.delete(consultationParagraphs).where(eq(consultationParagraphs.consultationId, consultationId));
  const paragraphs = splitParagraphs(markdown);
  if (paragraphs.length) await tx.insert(consultationParagraphs).values(paragraphs.map((p) => ({ consultationId, ...p })));
}

function valuesOf(data: ReturnType<typeof consultationSchema.parse>, now: Date) {
  const { startsAt, endsAt } = consultationWindow(data.startDate, data.endDate);
  const rest: Omit<typeof data, "startDate" | "endDate" | "areas"> & Partial<typeof data> = { ...data };
  delete rest.startDate;
  delete rest.endDate;
  delete rest.areas;
  return {
    ...rest,
    startsAt,
    endsAt,
    status: effectiveStatus({ status: "planned", startsAt, endsAt }, now) === "planned" ? ("planned" as const) : ("open" as const),
  };
}

export async function createConsultation(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  notice: NoticeOptions = {},
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "consultation.manage");
  const parsed = consultationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const values = valuesOf(parsed.data, now);
    const [row] = await tx
      .insert(consultations)
      .values({ ...values, createdBy: principal.userId })
      .returning({ id: consultations.id });
    await saveAreas(tx, row.id, parsed.data.areas);
    await saveParagraphs(tx, row.id, values.draftMarkdown);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.create",
      entityType: "consultation",
      entityId: row.id,
      after: { ...values, areas: parsed.data.areas },
    });
    // Announced already open: followers of its task areas hear of it now, with the change.
    if (values.status === "open") await notifyConsultationOpened(tx, row.id, notice);
    return { ok: true, value: { id: row.id } } as const;
  });
}

/**
 * Edits the announcement. The draft's text (and so its paragraph numbers) can change only while
 * nobody has commented, because comments point at paragraph numbers.
 */
export async function updateConsultation(
  db: Db,
  principal: Principal | null,
  id: string,
  input: Record<string, unknown>,
  now = new Date(),
  notice: NoticeOptions = {},
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "consultation.manage");
  const parsed = consultationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(consultations).where(eq(consultations.id, id)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status === "closed" || before.status === "report_published") return { ok: false, formError: "consultationClosed" } as const;
    const values = valuesOf(parsed.data, now);
    if (values.draftMarkdown !== before.draftMarkdown) {
      const [{ n }] = await tx.select({ n: count() }).from(consultationComments).where(eq(consultationComments.consultationId, id));
      if (Number(n) > 0) return { ok: false, fieldErrors: { draftMarkdown: ["draftLocked"] } } as const;
      await saveParagraphs(tx, id, values.draftMarkdown);
    }
    await tx
      .update(consultations)
      .set({ ...values, updatedAt: now })
      .where(eq(consultations.id, id));
    await saveAreas(tx, id, parsed.data.areas);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.update",
      entityType: "consultation",
      entityId: id,
      before,
      after: values,
    });
    // New dates may open it; the notice is sent once per follower however often it is edited.
    if (values.status === "open") await notifyConsultationOpened(tx, id, notice);
    return { ok: true, value: { id } } as const;
  });
}

/** Closes the consultation (early, or after its end date); answering starts. */
export async function closeConsultation(db: Db, principal: Principal | null, id: string, now = new Date()): Promise<CommandResult<null>> {
  authorize(principal, "consultation.manage");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(consultations).where(eq(consultations.id, id)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status === "closed" || before.status === "report_published") return { ok: false, formError: "alreadyClosed" } as const;
    await tx.update(consultations).set({ status: "closed", closedAt: now, updatedAt: now }).where(eq(consultations.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.close",
      entityType: "consultation",
      entityId: id,
      before: { status: before.status },
      after: { status: "closed", closedAt: now },
    });
    return { ok: true, value: null } as const;
  });
}

/** Publishes the report; refused while any comment has no official answer. */
export async function publishReport(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  notice: NoticeOptions = {},
): Promise<CommandResult<null>> {
  authorize(principal, "consultation.answer");
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { consultationId, reportSummary } = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(consultations).where(eq(consultations.id, consultationId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status === "report_published") return { ok: false, formError: "reportAlreadyPublished" } as const;
    const unanswered = await unansweredCount(tx, consultationId);
    if (effectiveStatus(before, now) !== "closed") return { ok: false, formError: "notClosedYet" } as const;
    if (!canPublishReport(before, unanswered, now)) return { ok: false, formError: "unansweredComments" } as const;
    await tx
      .update(consultations)
      .set({
        status: "report_published",
        reportPublishedAt: now,
        reportSummary,
        closedAt: before.closedAt ?? before.endsAt,
        updatedAt: now,
      })
      .where(eq(consultations.id, consultationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "consultation.publishReport",
      entityType: "consultation",
      entityId: consultationId,
      before: { status: before.status },
      after: { status: "report_published", reportSummary },
    });
    await notifyReportPublished(tx, consultationId, notice);
    return { ok: true, value: null } as const;
  });
}

/**
 * Persists what the clock already decided (planned → open → closed), so modules reading the
 * stored status (surveys, notifications) agree with the pages, and tells the followers of the
 * consultations that opened. Time-driven: no actor. Run by the daily job
 * (POST /api/admin/digests/run) and by the administrator's list of consultations.
 */
export async function refreshStatuses(db: Db, now = new Date(), notice: NoticeOptions = {}) {
  const due = await db
    .select({ id: consultations.id, status: consultations.status, startsAt: consultations.startsAt, endsAt: consultations.endsAt })
    .from(consultations)
    .where(and(inArray(consultations.status, ["planned", "open"]), isNull(consultations.reportPublishedAt)));
  const changes = due.map((c) => ({ ...c, next: effectiveStatus(c, now) })).filter((c) => c.next !== c.status);
  if (!changes.length) return 0;
  await db.transaction(async (tx) => {
    for (const c of changes) {
      await tx
        .update(consultations)
        .set({ status: c.next, ...(c.next === "closed" && { closedAt: c.endsAt }) })
        .where(and(eq(consultations.id, c.id), eq(consultations.status, c.status)));
      await recordAudit(tx, {
        actor: null,
        action: "consultation.changeStatus",
        entityType: "consultation",
        entityId: c.id,
        before: { status: c.status },
        after: { status: c.next },
      });
      if (c.next === "open") await notifyConsultationOpened(tx, c.id, notice);
    }
  });
  return changes.length;
}

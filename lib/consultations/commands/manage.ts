import { parseId } from "@/lib/core/ids";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { actorOf, recordAudit, systemActor } from "@/lib/audit/record";
import type { ConsultationStatus } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { consultationComments, consultationParagraphs, consultations, consultationTaskAreas } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { notifyConsultationOpened, notifyReportPublished } from "@/lib/notifications/commands";
import { canPublishReport, consultationWindow, durationAllowed, effectiveStatus, splitParagraphs } from "../rules";
import { consultationSettings } from "../settings";
import { unansweredCount } from "../queries";
import { consultationSchema, publishSchema } from "../schemas";
import { draftNewsFor } from "@/lib/news/commands";

async function saveAreas(tx: Tx, consultationId: string, areas: string[]) {
  await tx.delete(consultationTaskAreas).where(eq(consultationTaskAreas.consultationId, consultationId));
  if (areas.length) await tx.insert(consultationTaskAreas).values(areas.map((areaSlug) => ({ consultationId, areaSlug })));
}

async function saveParagraphs(tx: Tx, consultationId: string, markdown: string) {
  await tx.delete(consultationParagraphs).where(eq(consultationParagraphs.consultationId, consultationId));
  const paragraphs = splitParagraphs(markdown);
  if (paragraphs.length) await tx.insert(consultationParagraphs).values(paragraphs.map((p) => ({ consultationId, ...p })));
}

/** A consultation shorter than the minimum needs its urgency reason, asked for beside the end date. */
function tooShort(data: ReturnType<typeof consultationSchema.parse>) {
  return !durationAllowed(data.startDate, data.endDate, consultationSettings.minimumDays, data.urgencyReason);
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
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "consultation.manage");
  const parsed = consultationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  if (tooShort(parsed.data)) return { ok: false, fieldErrors: { urgencyReason: ["consultationTooShort"] } };
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
    if (values.status === "open") await notifyConsultationOpened(tx, row.id, actorOf(principal));
    await draftNewsFor(
      tx,
      {
        kind: "consultation",
        id: row.id,
        title: values.title,
        areas: parsed.data.areas,
        type: "consultation",
        path: `/consultations/${row.id}`,
      },
      now,
    );
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
  rawId: string,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "consultation.manage");
  const id = parseId(rawId);
  if (!id) return { ok: false, formError: "notFound" };
  const parsed = consultationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  if (tooShort(parsed.data)) return { ok: false, fieldErrors: { urgencyReason: ["consultationTooShort"] } };
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
    if (values.status === "open") await notifyConsultationOpened(tx, id, actorOf(principal));
    return { ok: true, value: { id } } as const;
  });
}

/** Closes the consultation (early, or after its end date); answering starts. */
export async function closeConsultation(
  db: Db,
  principal: Principal | null,
  rawId: string,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "consultation.manage");
  const id = parseId(rawId);
  if (!id) return { ok: false, formError: "notFound" };
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
    await notifyReportPublished(tx, consultationId, actorOf(principal));
    return { ok: true, value: null } as const;
  });
}

/**
 * Persists what the clock already decided (planned → open → closed), so modules reading the
 * stored status (surveys, notifications) agree with the pages, and tells the followers of the
 * consultations that opened. Time-driven: run by the `consultations.status` job, audited with the
 * system as the actor. Each change is guarded by the status it was read with, so two runners
 * never record or announce one change twice. Returns what changed.
 */
export async function refreshStatuses(db: Db, now = new Date()): Promise<{ id: string; status: ConsultationStatus }[]> {
  const actor = systemActor("consultations.status");
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({ id: consultations.id, status: consultations.status, startsAt: consultations.startsAt, endsAt: consultations.endsAt })
      .from(consultations)
      .where(and(inArray(consultations.status, ["planned", "open"]), isNull(consultations.reportPublishedAt)));
    const changed: { id: string; status: ConsultationStatus }[] = [];
    for (const c of candidates) {
      const next = effectiveStatus(c, now);
      if (next === c.status) continue;
      const [updated] = await tx
        .update(consultations)
        .set({ status: next, updatedAt: now, ...(next === "closed" && { closedAt: c.endsAt }) })
        .where(and(eq(consultations.id, c.id), eq(consultations.status, c.status)))
        .returning({ id: consultations.id });
      if (!updated) continue;
      await recordAudit(tx, {
        actor,
        action: "consultation.changeStatus",
        entityType: "consultation",
        entityId: c.id,
        before: { status: c.status },
        after: { status: next },
      });
      if (next === "open") await notifyConsultationOpened(tx, c.id, actor);
      changed.push({ id: c.id, status: next });
    }
    return changed;
  });
}

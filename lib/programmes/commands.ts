import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, consultations, programmes, programmeTasks, publicTaskAreas, smallGrantPools } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import {
  adoptionProblem,
  canBringIntoForce,
  canReport,
  canTransition,
  isAdoptionLate,
  isEditable,
  isReportLate,
  transitions,
  type Transition,
} from "./rules";
import {
  adoptSchema,
  consultSchema,
  idInputSchema,
  linkCompetitionSchema,
  linkPoolSchema,
  programmeSchema,
  removeTaskSchema,
  reportSchema,
  taskSchema,
} from "./schemas";

/*
 * Cooperation programmes (uodpp art. 5a): the text and priority tasks, and the moves through the
 * states, each a command that authorizes first ("programme.manage"), validates, and writes with
 * its audit record in one transaction; a refusal changes nothing.
 */

async function lockProgramme(tx: Tx, id: string) {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, id)).for("update");
  return row ?? null;
}

/** Create a programme (a draft) or change its text while it is a draft or in consultation. */
export async function saveProgramme(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = programmeSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, ...values } = parsed.data;
  return db.transaction(async (tx) => {
    if (id) {
      const before = await lockProgramme(tx, id);
      if (!before) return { ok: false, formError: "notFound" } as const;
      if (!isEditable(before.status)) return { ok: false, formError: "notEditable" } as const;
      await tx
        .update(programmes)
        .set({ ...values, updatedAt: now })
        .where(eq(programmes.id, id));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "programme.save",
        entityType: "programme",
        entityId: id,
        before,
        after: values,
      });
      return { ok: true, value: { id } } as const;
    }
    const [row] = await tx
      .insert(programmes)
      .values({ ...values, createdBy: principal.userId, createdAt: now, updatedAt: now })
      .returning({ id: programmes.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "programme.save",
      entityType: "programme",
      entityId: row.id,
      after: values,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Add or change a priority task (title, task area of art. 4, planned money) while the programme is editable. */
export async function saveTask(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = taskSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { programmeId, id, title, areaSlug, planned } = parsed.data;
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, programmeId);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!isEditable(programme.status)) return { ok: false, formError: "notEditable" } as const;
    const [area] = await tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas).where(eq(publicTaskAreas.slug, areaSlug));
    if (!area) return { ok: false, fieldErrors: { areaSlug: ["required"] } } as const;
    const values = { title, areaSlug, plannedGrosze: planned };
    if (id) {
      const [before] = await tx
        .select()
        .from(programmeTasks)
        .where(and(eq(programmeTasks.id, id), eq(programmeTasks.programmeId, programmeId)));
      if (!before) return { ok: false, formError: "notFound" } as const;
      await tx.update(programmeTasks).set(values).where(eq(programmeTasks.id, id));
      await tx.update(programmes).set({ updatedAt: now }).where(eq(programmes.id, programmeId));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "programme.saveTask",
        entityType: "programme_task",
        entityId: id,
        before,
        after: values,
      });
      return { ok: true, value: { id } } as const;
    }
    const [{ n }] = await tx
      .select({ n: sql<number>`coalesce(max(${programmeTasks.position}), 0)::int` })
      .from(programmeTasks)
      .where(eq(programmeTasks.programmeId, programmeId));
    const [row] = await tx
      .insert(programmeTasks)
      .values({ ...values, programmeId, position: Number(n) + 1, createdAt: now })
      .returning({ id: programmeTasks.id });
    await tx.update(programmes).set({ updatedAt: now }).where(eq(programmes.id, programmeId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "programme.saveTask",
      entityType: "programme_task",
      entityId: row.id,
      after: { programmeId, ...values },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Remove a priority task while the programme is editable (competitions linked to it lose the link). */
export async function removeTask(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = removeTaskSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { programmeId, id } = parsed.data;
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, programmeId);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!isEditable(programme.status)) return { ok: false, formError: "notEditable" } as const;
    const [before] = await tx
      .delete(programmeTasks)
      .where(and(eq(programmeTasks.id, id), eq(programmeTasks.programmeId, programmeId)))
      .returning();
    if (!before) return { ok: false, formError: "notFound" } as const;
    await tx.update(programmes).set({ updatedAt: now }).where(eq(programmes.id, programmeId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "programme.removeTask",
      entityType: "programme_task",
      entityId: id,
      before,
    });
    return { ok: true, value: { id } } as const;
  });
}

async function move(
  tx: Tx,
  principal: Principal,
  programme: typeof programmes.$inferSelect,
  transition: Transition,
  values: Partial<typeof programmes.$inferInsert>,
  now: Date,
) {
  const to = transitions[transition].to;
  await tx
    .update(programmes)
    .set({ ...values, status: to, updatedAt: now })
    .where(eq(programmes.id, programme.id));
  await recordAudit(tx, {
    actor: actorOf(principal),
    action: `programme.${transition}`,
    entityType: "programme",
    entityId: programme.id,
    before: { status: programme.status },
    after: { status: to, ...values },
  });
  return { ok: true, value: { id: programme.id } } as const;
}

/** Draft → in consultation: the consultation (of lib/consultations) that consults the draft with the organizations; one programme per consultation. */
export async function startConsultation(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = consultSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, consultationId } = parsed.data;
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, id);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!canTransition(programme.status, "consult")) return { ok: false, formError: "wrongState" } as const;
    const [consultation] = await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, consultationId));
    if (!consultation) return { ok: false, fieldErrors: { consultationId: ["notFound"] } } as const;
    const [taken] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.consultationId, consultationId), ne(programmes.id, id)));
    if (taken) return { ok: false, fieldErrors: { consultationId: ["consultationTaken"] } } as const;
    return move(tx, principal, programme, "consult", { consultationId }, now);
  });
}

/**
 * In consultation → adopted: the council's resolution (number and date). Needs at least one
 * priority task and the tasks' money within the total. An annual programme adopted after
 * 30 November of the year before is adopted all the same and flagged late (art. 5a ust. 1).
 */
export async function adoptProgramme(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; late: boolean }>> {
  authorize(principal, "programme.manage");
  const parsed = adoptSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, resolutionNumber, resolutionDate } = parsed.data;
  if (resolutionDate > warsawToday(now)) return { ok: false, fieldErrors: { resolutionDate: ["dateInFuture"] } };
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, id);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!canTransition(programme.status, "adopt")) return { ok: false, formError: "wrongState" } as const;
    const tasks = await tx
      .select({ plannedGrosze: programmeTasks.plannedGrosze })
      .from(programmeTasks)
      .where(eq(programmeTasks.programmeId, id));
    const problem = adoptionProblem(programme, tasks);
    if (problem) return { ok: false, formError: problem } as const;
    const late = isAdoptionLate(programme, resolutionDate);
    const result = await move(tx, principal, programme, "adopt", { resolutionNumber, resolutionDate, adoptedLate: late }, now);
    return { ok: true, value: { ...result.value, late } } as const;
  });
}

/** Adopted → in force: from 1 January of its first year; one programme in force for a year. */
export async function bringIntoForce(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = idInputSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id } = parsed.data;
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, id);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!canTransition(programme.status, "bringIntoForce")) return { ok: false, formError: "wrongState" } as const;
    if (!canBringIntoForce(programme, warsawToday(now))) return { ok: false, formError: "notYetInForce" } as const;
    const [overlap] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(
        and(
          eq(programmes.status, "in_force"),
          sql`${programmes.yearFrom} <= ${programme.yearTo}`,
          sql`${programmes.yearTo} >= ${programme.yearFrom}`,
        ),
      );
    if (overlap) return { ok: false, formError: "otherInForce" } as const;
    return move(tx, principal, programme, "bringIntoForce", { inForceAt: now }, now);
  });
}

/** In force → reported: the date the report was presented to the council and published (due by 31 May of the next year; later is flagged). */
export async function reportProgramme(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; late: boolean }>> {
  authorize(principal, "programme.manage");
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, reportDate } = parsed.data;
  if (reportDate > warsawToday(now)) return { ok: false, fieldErrors: { reportDate: ["dateInFuture"] } };
  return db.transaction(async (tx) => {
    const programme = await lockProgramme(tx, id);
    if (!programme) return { ok: false, formError: "notFound" } as const;
    if (!canTransition(programme.status, "report")) return { ok: false, formError: "wrongState" } as const;
    if (!canReport(programme, reportDate)) return { ok: false, fieldErrors: { reportDate: ["reportTooEarly"] } } as const;
    const late = isReportLate(programme, reportDate);
    const result = await move(tx, principal, programme, "report", { reportDate, reportLate: late }, now);
    return { ok: true, value: { ...result.value, late } } as const;
  });
}

/** The priority task a competition carries out (or none): chosen on the competition's admin page; any adopted or in-force programme's task. */
export async function linkCompetition(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "programme.manage");
  const parsed = linkCompetitionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { competitionId, priorityTaskId } = parsed.data;
  return db.transaction(async (tx) => {
    const [competition] = await tx
      .select({ id: competitions.id, priorityTaskId: competitions.priorityTaskId })
      .from(competitions)
      .where(eq(competitions.id, competitionId))
      .for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (priorityTaskId && !(await linkableTask(tx, priorityTaskId)))
      return { ok: false, fieldErrors: { priorityTaskId: ["invalid"] } } as const;
    await tx.update(competitions).set({ priorityTaskId }).where(eq(competitions.id, competitionId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "programme.linkCompetition",
      entityType: "competition",
      entityId: competitionId,
      before: { priorityTaskId: competition.priorityTaskId },
      after: { priorityTaskId },
    });
    return { ok: true, value: { id: competitionId } } as const;
  });
}

/** The priority task the small grants of a year carry out (or none): chosen beside the year's planned pool in the small-grant settings. */
export async function linkPool(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ year: number }>> {
  authorize(principal, "programme.manage");
  const parsed = linkPoolSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { year, priorityTaskId } = parsed.data;
  return db.transaction(async (tx) => {
    const [pool] = await tx.select().from(smallGrantPools).where(eq(smallGrantPools.year, year)).for("update");
    if (!pool) return { ok: false, formError: "notFound" } as const;
    if (priorityTaskId && !(await linkableTask(tx, priorityTaskId)))
      return { ok: false, fieldErrors: { priorityTaskId: ["invalid"] } } as const;
    await tx.update(smallGrantPools).set({ priorityTaskId }).where(eq(smallGrantPools.year, year));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "programme.linkPool",
      entityType: "small_grant_pool",
      entityId: String(year),
      before: { priorityTaskId: pool.priorityTaskId },
      after: { priorityTaskId },
    });
    return { ok: true, value: { year } } as const;
  });
}

/** A task may be linked once its programme is past the draft (consulted, adopted, in force). */
async function linkableTask(tx: Tx, taskId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: programmeTasks.id })
    .from(programmeTasks)
    .innerJoin(programmes, eq(programmes.id, programmeTasks.programmeId))
    .where(and(eq(programmeTasks.id, taskId), inArray(programmes.status, ["consultation", "adopted", "in_force", "reported"])));
  return Boolean(row);
}

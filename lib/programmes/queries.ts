import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, notInArray, or, sum } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  competitions,
  consultations,
  contracts,
  programmes,
  programmeTasks,
  publicTaskAreas,
  smallGrantPools,
  smallGrants,
} from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Paging } from "@/lib/http/paging";
import {
  announcedCompetitionStatuses,
  competitionYear,
  grantedContractStatuses,
  isOutsideProgramme,
  moneyPerTask,
  publicStatuses,
  totals,
  type TaskMoney,
} from "./rules";

const publicWhere = inArray(programmes.status, [...publicStatuses]);

const programmeColumns = {
  id: programmes.id,
  title: programmes.title,
  kind: programmes.kind,
  yearFrom: programmes.yearFrom,
  yearTo: programmes.yearTo,
  status: programmes.status,
  plannedGrosze: programmes.plannedGrosze,
  resolutionNumber: programmes.resolutionNumber,
  resolutionDate: programmes.resolutionDate,
  adoptedLate: programmes.adoptedLate,
  reportDate: programmes.reportDate,
  reportLate: programmes.reportLate,
  consultationId: programmes.consultationId,
};

/** The priority tasks of the given programmes, in order, with their area's names. */
async function tasksOf(db: Db, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .select({
      id: programmeTasks.id,
      programmeId: programmeTasks.programmeId,
      title: programmeTasks.title,
      areaSlug: programmeTasks.areaSlug,
      areaPoint: publicTaskAreas.point,
      areaPl: publicTaskAreas.namePl,
      areaEn: publicTaskAreas.nameEn,
      plannedGrosze: programmeTasks.plannedGrosze,
    })
    .from(programmeTasks)
    .innerJoin(publicTaskAreas, eq(publicTaskAreas.slug, programmeTasks.areaSlug))
    .where(inArray(programmeTasks.programmeId, programmeIds))
    .orderBy(asc(programmeTasks.position), asc(programmeTasks.createdAt));
}

/**
 * Money per priority task, live: planned (the programme), announced (the budgets of the task's
 * published competitions, plus the planned small-grant pool of the years linked to the task) and
 * granted (the signed contracts of those competitions and of those years' small grants).
 */
export async function taskMoney(db: Db, tasks: readonly { id: string; plannedGrosze: number }[]): Promise<TaskMoney[]> {
  const ids = tasks.map((t) => t.id);
  if (ids.length === 0) return [];
  const [competitionBudgets, pools, competitionGrants, smallGrantGrants] = await Promise.all([
    db
      .select({ taskId: competitions.priorityTaskId, grosze: sum(competitions.budgetGrosze).mapWith(Number) })
      .from(competitions)
      .where(and(inArray(competitions.priorityTaskId, ids), inArray(competitions.status, [...announcedCompetitionStatuses])))
      .groupBy(competitions.priorityTaskId),
    db
      .select({ taskId: smallGrantPools.priorityTaskId, grosze: smallGrantPools.plannedPoolGrosze })
      .from(smallGrantPools)
      .where(inArray(smallGrantPools.priorityTaskId, ids)),
    db
      .select({ taskId: competitions.priorityTaskId, grosze: sum(contracts.totalGrantGrosze).mapWith(Number) })
      .from(contracts)
      .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
      .where(and(inArray(competitions.priorityTaskId, ids), inArray(contracts.status, [...grantedContractStatuses])))
      .groupBy(competitions.priorityTaskId),
    db
      .select({ taskId: smallGrantPools.priorityTaskId, grosze: sum(contracts.totalGrantGrosze).mapWith(Number) })
      .from(contracts)
      .innerJoin(smallGrants, eq(smallGrants.id, contracts.smallGrantId))
      .innerJoin(smallGrantPools, eq(smallGrantPools.year, smallGrants.year))
      .where(and(inArray(smallGrantPools.priorityTaskId, ids), inArray(contracts.status, [...grantedContractStatuses])))
      .groupBy(smallGrantPools.priorityTaskId),
  ]);
  const rows = (list: { taskId: string | null; grosze: number | null }[]) =>
    list
      .filter((r): r is { taskId: string; grosze: number } => r.taskId !== null)
      .map((r) => ({ taskId: r.taskId, grosze: Number(r.grosze ?? 0) }));
  return moneyPerTask(tasks, [...rows(competitionBudgets), ...rows(pools)], [...rows(competitionGrants), ...rows(smallGrantGrants)]);
}

async function withTasksAndMoney<P extends { id: string }>(db: Db, list: P[]) {
  const tasks = await tasksOf(
    db,
    list.map((p) => p.id),
  );
  const money = new Map((await taskMoney(db, tasks)).map((m) => [m.taskId, m]));
  return list.map((p) => {
    const own = tasks.filter((t) => t.programmeId === p.id).map((t) => ({ ...t, money: money.get(t.id)! }));
    return { ...p, tasks: own, totals: totals(own.map((t) => t.money)) };
  });
}

/** The public list: programmes past the draft, the latest years first, each with its priority tasks and money (no personal data). */
export async function listPublicProgrammes(db: Db, paging: Paging) {
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(programmes).where(publicWhere),
    db
      .select(programmeColumns)
      .from(programmes)
      .where(publicWhere)
      .orderBy(desc(programmes.yearFrom), desc(programmes.yearTo), asc(programmes.title))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
  ]);
  const items = await withTasksAndMoney(db, rows);
  return { total, page: paging.page, pageSize: paging.pageSize, pageCount: Math.max(1, Math.ceil(total / paging.pageSize)), items };
}

/** One public programme with its text, indicators, consultation, tasks and money (null when unknown or a draft). */
export async function getPublicProgramme(db: Db, id: string) {
  const [row] = await db
    .select({
      ...programmeColumns,
      sections: programmes.sections,
      indicators: programmes.indicators,
      consultationTitle: consultations.title,
    })
    .from(programmes)
    .leftJoin(consultations, eq(consultations.id, programmes.consultationId))
    .where(and(eq(programmes.id, id), publicWhere));
  if (!row) return null;
  return (await withTasksAndMoney(db, [row]))[0];
}

/** Staff: every programme, drafts included. */
export async function listProgrammesForStaff(db: Db, principal: Principal) {
  authorize(principal, "programme.manage");
  return db.select(programmeColumns).from(programmes).orderBy(desc(programmes.yearFrom), desc(programmes.createdAt));
}

/** Staff: one programme in any state with its tasks and money (null when unknown). */
export async function programmeForStaff(db: Db, principal: Principal, id: string) {
  authorize(principal, "programme.manage");
  const [row] = await db
    .select({
      ...programmeColumns,
      sections: programmes.sections,
      indicators: programmes.indicators,
      consultationTitle: consultations.title,
    })
    .from(programmes)
    .leftJoin(consultations, eq(consultations.id, programmes.consultationId))
    .where(eq(programmes.id, id));
  if (!row) return null;
  return (await withTasksAndMoney(db, [row]))[0];
}

/** Staff: consultations a programme may be consulted in (not yet consulting another programme), the newest first. */
export async function consultationChoices(db: Db, programmeId: string) {
  return db
    .select({ id: consultations.id, title: consultations.title, status: consultations.status })
    .from(consultations)
    .leftJoin(programmes, eq(programmes.consultationId, consultations.id))
    .where(or(isNull(programmes.id), eq(programmes.id, programmeId)))
    .orderBy(desc(consultations.createdAt))
    .limit(100);
}

/** Task areas of art. 4 in the page's language (the task form). */
export async function areaChoices(db: Db, locale: "pl" | "en") {
  const rows = await db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
  return rows.map((a) => ({ value: a.slug, label: `${a.point}. ${locale === "en" ? a.nameEn : a.namePl}` }));
}

/** The public programme a consultation consults (the consultation page's "concerns programme X"), or null. */
export async function programmeOfConsultation(db: Db, consultationId: string) {
  const [row] = await db
    .select({ id: programmes.id, title: programmes.title })
    .from(programmes)
    .where(and(eq(programmes.consultationId, consultationId), publicWhere));
  return row ?? null;
}

/** Priority tasks a competition or a year's small grants may carry out (programmes past the draft, the latest first), for the admin forms' selects. */
export async function priorityTaskChoices(db: Db) {
  const rows = await db
    .select({
      id: programmeTasks.id,
      title: programmeTasks.title,
      programmeTitle: programmes.title,
      yearFrom: programmes.yearFrom,
      yearTo: programmes.yearTo,
    })
    .from(programmeTasks)
    .innerJoin(programmes, eq(programmes.id, programmeTasks.programmeId))
    .where(inArray(programmes.status, ["consultation", "adopted", "in_force", "reported"]))
    .orderBy(desc(programmes.yearFrom), asc(programmeTasks.position));
  return rows.map((r) => ({
    value: r.id,
    label: `${r.yearFrom === r.yearTo ? r.yearFrom : `${r.yearFrom}–${r.yearTo}`}: ${r.title}`,
  }));
}

/** The programmes in force with their tasks' ids (the outside-programme flag). */
async function inForceProgrammes(db: Db) {
  const rows = await db
    .select({ id: programmes.id, yearFrom: programmes.yearFrom, yearTo: programmes.yearTo, taskId: programmeTasks.id })
    .from(programmes)
    .leftJoin(programmeTasks, eq(programmeTasks.programmeId, programmes.id))
    .where(eq(programmes.status, "in_force"));
  const byId = new Map<string, { yearFrom: number; yearTo: number; taskIds: string[] }>();
  for (const r of rows) {
    const p = byId.get(r.id) ?? { yearFrom: r.yearFrom, yearTo: r.yearTo, taskIds: [] };
    if (r.taskId) p.taskIds.push(r.taskId);
    byId.set(r.id, p);
  }
  return [...byId.values()];
}

/**
 * Competitions of a year with a programme in force that carry out none of its priority tasks (the
 * administrator's to-do list and competition page). Withdrawn and void ones are left out.
 */
export async function competitionsOutsideProgramme(db: Db, competitionId?: string) {
  const inForce = await inForceProgrammes(db);
  if (inForce.length === 0) return [];
  const rows = await db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      status: competitions.status,
      priorityTaskId: competitions.priorityTaskId,
      taskStartDate: competitions.taskStartDate,
      publishedAt: competitions.publishedAt,
      createdAt: competitions.createdAt,
    })
    .from(competitions)
    .where(
      and(
        notInArray(competitions.status, ["cancelled", "voided"]),
        competitionId ? eq(competitions.id, competitionId) : undefined,
        // only the years with a programme in force (a competition without a task start date is judged by its publication)
        or(
          isNull(competitions.taskStartDate),
          and(
            gte(competitions.taskStartDate, `${Math.min(...inForce.map((p) => p.yearFrom))}-01-01`),
            lte(competitions.taskStartDate, `${Math.max(...inForce.map((p) => p.yearTo))}-12-31`),
          ),
        ),
      ),
    );
  return rows
    .map((c) => ({ ...c, year: competitionYear(c) }))
    .filter((c) => isOutsideProgramme(c, inForce))
    .map((c) => ({ id: c.id, number: c.number, title: c.title, year: c.year }));
}

/** Whether one competition is outside the programme in force for its year (its admin page's flag). */
export async function isCompetitionOutsideProgramme(db: Db, competitionId: string): Promise<boolean> {
  return (await competitionsOutsideProgramme(db, competitionId)).length > 0;
}

/** The priority task a competition carries out (its admin page), or null. */
export async function competitionTask(db: Db, competitionId: string) {
  const [row] = await db
    .select({ priorityTaskId: competitions.priorityTaskId })
    .from(competitions)
    .where(eq(competitions.id, competitionId));
  return row?.priorityTaskId ?? null;
}

/** The small-grant pools with the task each year is linked to (the small-grant settings page). */
export async function poolTasks(db: Db) {
  return db
    .select({ year: smallGrantPools.year, priorityTaskId: smallGrantPools.priorityTaskId })
    .from(smallGrantPools)
    .orderBy(desc(smallGrantPools.year));
}

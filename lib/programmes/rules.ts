import type { ProgrammeSectionKey } from "@/lib/db/schema/programmes";
import { programmeSectionKeys, programmeStatusValues } from "@/lib/db/schema/programmes";

/*
 * The rules of a cooperation programme (uodpp art. 5a), pure: its states and their order, the
 * lateness of adoption (annual: by 30 November of the year before, ust. 1) and of the report (by
 * 31 May of the year after, ust. 3), money per priority task, and which competitions fall outside
 * the programme in force.
 */

export type ProgrammeStatus = (typeof programmeStatusValues)[number];
export const programmeStatuses = programmeStatusValues;
export const sectionKeys: readonly ProgrammeSectionKey[] = programmeSectionKeys;
export const programmeKinds = ["annual", "multi_year"] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** A multi-year programme runs for at most this many years (the act leaves it to the council; 5 as for central programmes, art. 5b). */
export const MAX_PROGRAMME_YEARS = 5;

/** The states seen by everyone: a draft is the staff's until it goes to consultation. */
export const publicStatuses: readonly ProgrammeStatus[] = ["consultation", "adopted", "in_force", "reported"];

/** The state a command moves from, per command. */
export const transitions = {
  consult: { from: ["draft"], to: "consultation" },
  adopt: { from: ["consultation"], to: "adopted" },
  bringIntoForce: { from: ["adopted"], to: "in_force" },
  report: { from: ["in_force"], to: "reported" },
} as const satisfies Record<string, { from: readonly ProgrammeStatus[]; to: ProgrammeStatus }>;
export type Transition = keyof typeof transitions;

export function canTransition(status: ProgrammeStatus, transition: Transition): boolean {
  return (transitions[transition].from as readonly ProgrammeStatus[]).includes(status);
}

/** Text and priority tasks may change until the council adopts the programme. */
export function isEditable(status: ProgrammeStatus): boolean {
  return status === "draft" || status === "consultation";
}

/** The last day of timely adoption: 30 November of the year before the programme's first year (ISO date). */
export function adoptionDeadline(yearFrom: number): string {
  return `${yearFrom - 1}-11-30`;
}

/** An annual programme adopted after 30 November of the year before is late (allowed, flagged); a multi-year one is judged the same way by its first year. */
export function isAdoptionLate(programme: { yearFrom: number }, resolutionDate: string): boolean {
  return resolutionDate > adoptionDeadline(programme.yearFrom);
}

/** The report on a programme is due by 31 May of the year after its last year. */
export function reportDeadline(yearTo: number): string {
  return `${yearTo + 1}-05-31`;
}

export function isReportLate(programme: { yearTo: number }, reportDate: string): boolean {
  return reportDate > reportDeadline(programme.yearTo);
}

/** A programme goes in force on 1 January of its first year at the earliest. */
export function canBringIntoForce(programme: { yearFrom: number }, today: string): boolean {
  return today >= `${programme.yearFrom}-01-01`;
}

/** The report is presented after the programme's last year has ended. */
export function canReport(programme: { yearTo: number }, reportDate: string): boolean {
  return reportDate >= `${programme.yearTo + 1}-01-01`;
}

/** Why a programme cannot be adopted yet (null when it can): at least one priority task, the tasks' money within the total. */
export function adoptionProblem(programme: { plannedGrosze: number }, tasks: readonly { plannedGrosze: number }[]) {
  if (tasks.length === 0) return "noPriorityTasks" as const;
  if (tasks.reduce((sum, t) => sum + t.plannedGrosze, 0) > programme.plannedGrosze) return "tasksOverTotal" as const;
  return null;
}

/** The years a programme covers. */
export function covers(programme: { yearFrom: number; yearTo: number }, year: number): boolean {
  return programme.yearFrom <= year && year <= programme.yearTo;
}

/** Competition states whose budget counts as announced money (published and neither withdrawn nor void). */
export const announcedCompetitionStatuses = [
  "announced",
  "offers_closed",
  "formal_review",
  "scoring",
  "results_published",
  "closed",
] as const;

/** Contract states that count as granted money (signed, under way or finished; not a draft nor terminated). */
export const grantedContractStatuses = ["signed", "in_progress", "final_report_accepted", "settled"] as const;

/** The budget year of a competition: the year its task starts, else the year it was published or created. */
export function competitionYear(c: { taskStartDate: string | null; publishedAt: Date | null; createdAt: Date }): number {
  if (c.taskStartDate) return Number(c.taskStartDate.slice(0, 4));
  return (c.publishedAt ?? c.createdAt).getUTCFullYear();
}

export interface TaskMoney {
  taskId: string;
  plannedGrosze: number;
  announcedGrosze: number;
  grantedGrosze: number;
}

/**
 * Money per priority task: planned (the programme), announced (the budgets of the task's published
 * competitions and the planned pool of the small grants of the years linked to it) and granted (the
 * signed contracts of those competitions and small grants).
 */
export function moneyPerTask(
  tasks: readonly { id: string; plannedGrosze: number }[],
  announced: readonly { taskId: string; grosze: number }[],
  granted: readonly { taskId: string; grosze: number }[],
): TaskMoney[] {
  const sum = (rows: readonly { taskId: string; grosze: number }[], id: string) =>
    rows.filter((r) => r.taskId === id).reduce((total, r) => total + r.grosze, 0);
  return tasks.map((t) => ({
    taskId: t.id,
    plannedGrosze: t.plannedGrosze,
    announcedGrosze: sum(announced, t.id),
    grantedGrosze: sum(granted, t.id),
  }));
}

export function totals(rows: readonly TaskMoney[]) {
  return rows.reduce(
    (acc, r) => ({
      plannedGrosze: acc.plannedGrosze + r.plannedGrosze,
      announcedGrosze: acc.announcedGrosze + r.announcedGrosze,
      grantedGrosze: acc.grantedGrosze + r.grantedGrosze,
    }),
    { plannedGrosze: 0, announcedGrosze: 0, grantedGrosze: 0 },
  );
}

/**
 * A competition lies outside the programme when a programme is in force for its year and the
 * competition carries out none of that programme's priority tasks (none chosen, or another
 * programme's task). Withdrawn and void competitions are not flagged.
 */
export function isOutsideProgramme(
  competition: { year: number; status: string; priorityTaskId: string | null },
  inForce: readonly { yearFrom: number; yearTo: number; taskIds: readonly string[] }[],
): boolean {
  if (competition.status === "cancelled" || competition.status === "voided") return false;
  const programmes = inForce.filter((p) => covers(p, competition.year));
  if (programmes.length === 0) return false;
  return !programmes.some((p) => competition.priorityTaskId !== null && p.taskIds.includes(competition.priorityTaskId));
}

/** A bar's length in per cent of the largest amount of the chart (0–100, whole). */
export function barPercent(grosze: number, max: number): number {
  if (max <= 0 || grosze <= 0) return 0;
  return Math.max(1, Math.min(100, Math.round((grosze / max) * 100)));
}

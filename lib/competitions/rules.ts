import type { CompetitionStatus, CriterionKind, FundingForm } from "@/lib/db/schema/competitions";
import { addDays, warsawDate, warsawToInstant } from "@/lib/dates/warsaw";

/** announced + deadline passed ⇒ offers closed (persisted by the `competitions.close` job). */
export function effectiveStatus(c: { status: CompetitionStatus; offerDeadline: Date | null }, now: Date): CompetitionStatus {
  if (c.status === "announced" && c.offerDeadline && c.offerDeadline.getTime() <= now.getTime()) return "offers_closed";
  return c.status;
}

/** Whether offers may be submitted now: announced and before the deadline (server clock). */
export function acceptsOffers(c: { status: CompetitionStatus; offerDeadline: Date | null }, now: Date): boolean {
  return c.status === "announced" && !!c.offerDeadline && now.getTime() < c.offerDeadline.getTime();
}

/**
 * art. 13 ust. 1 with art. 111 § 2 KC: the day of publication is not counted and a term in days ends at the
 * end of its last day, so the deadline may not fall before the end of day `minimumDays` after publication
 * (Warsaw calendar). The form has minute precision: 23:59 is the end of that day.
 */
export function deadlineLongEnough(publishedAt: Date, deadline: Date, minimumDays: number): boolean {
  const lastDayOfTerm = addDays(warsawDate(publishedAt), minimumDays);
  return deadline.getTime() >= warsawToInstant(lastDayOfTerm, "23:59").getTime();
}

export interface CriterionDraft {
  kind: CriterionKind;
  name: string;
  maxPoints: number;
  supportOnly: boolean;
}

/** The six criteria of art. 15 ust. 1, the default of every new competition (names in Polish: they are data). */
export function defaultCriteria(): CriterionDraft[] {
  return [
    { kind: "ability", name: "Możliwość realizacji zadania przez oferenta", maxPoints: 10, supportOnly: false },
    { kind: "costs", name: "Kalkulacja kosztów w odniesieniu do zakresu rzeczowego zadania", maxPoints: 10, supportOnly: false },
    { kind: "quality", name: "Jakość wykonania zadania i kwalifikacje osób realizujących zadanie", maxPoints: 10, supportOnly: false },
    {
      kind: "own_financial",
      name: "Udział środków finansowych własnych lub pochodzących z innych źródeł",
      maxPoints: 5,
      supportOnly: true,
    },
    {
      kind: "in_kind",
      name: "Wkład rzeczowy i osobowy, w tym świadczenia wolontariuszy i praca społeczna członków",
      maxPoints: 5,
      supportOnly: false,
    },
    {
      kind: "settlement",
      name: "Rzetelność, terminowość i sposób rozliczenia wcześniej otrzymanych środków",
      maxPoints: 5,
      supportOnly: false,
    },
  ];
}

/** The criteria that apply to a competition (the own-contribution one only in the support form). */
export function applicableCriteria<T extends { supportOnly: boolean }>(criteria: T[], fundingForm: FundingForm): T[] {
  return criteria.filter((c) => fundingForm === "support" || !c.supportOnly);
}

/** A year later, for "copy from last year". */
export function shiftYear(date: string | null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** What art. 13 ust. 2 uodpp requires an announcement to state, by the editor's field names. */
export interface AnnouncementContent {
  areaSlug: string | null;
  description: string;
  budgetGrosze: number;
  grantRules: string;
  taskStartDate: string | null;
  taskEndDate: string | null;
  taskConditions: string;
  offerDeadline: Date | null;
  selectionProcedure: string;
  selectionDate: string | null;
  criteriaCount: number;
  previousTasks: unknown[];
  noPreviousTasks: boolean;
}

/**
 * The mandatory elements of art. 13 ust. 2 uodpp still missing, in the editor's order (empty when the
 * announcement is complete): pkt 1 type of task, pkt 2 the money, pkt 3 the grant rules, pkt 4 dates and
 * conditions of the task, pkt 5 the offer deadline, pkt 6 procedure, criteria and date of selection, pkt 7
 * tasks of the same type funded this year and last (a list, or the statement that there were none).
 */
export function announcementGaps(c: AnnouncementContent): string[] {
  const blank = (text: string | null) => !text || text.trim() === "";
  const gaps: [string, boolean][] = [
    ["areaSlug", blank(c.areaSlug)],
    ["description", blank(c.description)],
    ["budget", !(c.budgetGrosze > 0)],
    ["grantRules", blank(c.grantRules)],
    ["taskStartDate", blank(c.taskStartDate)],
    ["taskEndDate", blank(c.taskEndDate)],
    ["taskConditions", blank(c.taskConditions)],
    ["deadlineDate", c.offerDeadline === null],
    ["selectionProcedure", blank(c.selectionProcedure)],
    ["selectionDate", blank(c.selectionDate)],
    ["criteria", c.criteriaCount === 0],
    ["previousTasks", c.previousTasks.length === 0 && !c.noPreviousTasks],
  ];
  return gaps.filter(([, missing]) => missing).map(([field]) => field);
}

export type CancellationRefusal = "cancellationNotReserved" | "cancelAfterDeadline" | "cannotCancel";

/**
 * Withdrawing a call (odwołanie) for a reason other than art. 18a: only when the announcement reserved
 * the right, and only while offers are still accepted (before the offer deadline). Null when allowed.
 */
export function cancellationRefusal(
  c: { status: CompetitionStatus; offerDeadline: Date | null; reservesCancellation: boolean },
  now: Date,
): CancellationRefusal | null {
  if (["draft", "results_published", "closed", "cancelled", "voided"].includes(c.status)) return "cannotCancel";
  if (!c.reservesCancellation) return "cancellationNotReserved";
  if (!acceptsOffers(c, now)) return "cancelAfterDeadline";
  return null;
}

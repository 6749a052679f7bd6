import { addDays, daysBetween, warsawToday } from "@/lib/dates/warsaw";
import { reportSettings } from "./settings";

/**
 * Report due dates are calendar dates in Europe/Warsaw: a report is on time through the whole due
 * day in Warsaw, overdue from the next Warsaw midnight (right across DST and year ends). Pure.
 */

export function isOverdue(dueDate: string, now: Date): boolean {
  return warsawToday(now) > dueDate;
}

/** Whole days from Warsaw today to the due date (negative when overdue). */
export function daysUntil(dueDate: string, now: Date): number {
  return daysBetween(warsawToday(now), dueDate);
}

export function finalReportDue(endDate: string, days = reportSettings.finalReportDays): string {
  return addDays(endDate, days);
}

export function partialReportDue(year: number, monthDay = reportSettings.partialReportDueMonthDay): string {
  return `${year + 1}-${monthDay}`;
}

export interface PlannedReport {
  kind: "partial" | "final";
  year: number;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

/** The reports a contract owes: a partial one per budget year before the last, and the final one. */
export function plannedReports(contract: { startDate: string; endDate: string }): PlannedReport[] {
  const firstYear = Number(contract.startDate.slice(0, 4));
  const lastYear = Number(contract.endDate.slice(0, 4));
  const out: PlannedReport[] = [];
  for (let year = firstYear; year < lastYear; year++) {
    out.push({
      kind: "partial",
      year,
      periodStart: year === firstYear ? contract.startDate : `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      dueDate: partialReportDue(year),
    });
  }
  out.push({
    kind: "final",
    year: lastYear,
    periodStart: contract.startDate,
    periodEnd: contract.endDate,
    dueDate: finalReportDue(contract.endDate),
  });
  return out;
}

import type { ErrorKey } from "@/lib/forms/errors";
import { parseMoney, shareBp } from "@/lib/core/money";
import type { ReportContent } from "./content";
import { reportDeclarationKeys } from "./content";
import { isOverdue } from "./dates";

/** A cost line as contracted (contract_cost_lines), for the report's cost table. */
export interface PlannedLine {
  id: string;
  kind: "task" | "admin";
  year: number;
  name: string;
  totalGrosze: number;
  grantGrosze: number;
}

/** The planned sources of the period (contract_years summed over the years the report covers). */
export interface PlannedSources {
  grantGrosze: number;
  ownFinancialGrosze: number;
  ownNonFinancialGrosze: number;
  participantFeesGrosze: number;
}

export interface ReportIssue {
  field: string;
  key: ErrorKey;
}

export interface ReportLineSums extends PlannedLine {
  actualTotalGrosze: number | null;
  actualGrantGrosze: number | null;
}

export interface ReportSums {
  lines: ReportLineSums[];
  byKind: Record<"task" | "admin", { planned: number; actual: number }>;
  sources: { key: keyof PlannedSources; planned: number; actual: number; plannedShareBp: number; actualShareBp: number }[];
  plannedTotal: number;
  actualTotal: number;
}

const money = (text: string) => (text.trim() === "" ? 0 : parseMoney(text));

/** The cost table with actuals next to the plan, by kind and by source (Part II of the form). */
export function reportSums(content: ReportContent, planned: PlannedLine[], plannedSources: PlannedSources): ReportSums {
  const typed = new Map(content.costs.lines.map((l) => [l.lineId, l]));
  const lines = planned.map((line) => {
    const row = typed.get(line.id);
    return {
      ...line,
      actualTotalGrosze: row ? parseMoney(row.actualTotal) : null,
      actualGrantGrosze: row ? parseMoney(row.actualGrant) : null,
    };
  });
  const byKind = { task: { planned: 0, actual: 0 }, admin: { planned: 0, actual: 0 } };
  for (const l of lines) {
    byKind[l.kind].planned += l.totalGrosze;
    byKind[l.kind].actual += l.actualTotalGrosze ?? 0;
  }
  const actualGrant = lines.reduce((s, l) => s + (l.actualGrantGrosze ?? 0), 0);
  const actual: PlannedSources = {
    grantGrosze: actualGrant,
    ownFinancialGrosze: money(content.sources.ownFinancial) ?? 0,
    ownNonFinancialGrosze: money(content.sources.ownNonFinancial) ?? 0,
    participantFeesGrosze: money(content.sources.participantFees) ?? 0,
  };
  const plannedTotal = Object.values(plannedSources).reduce((s, v) => s + v, 0);
  const actualTotal = Object.values(actual).reduce((s, v) => s + v, 0);
  const keys = ["grantGrosze", "ownFinancialGrosze", "ownNonFinancialGrosze", "participantFeesGrosze"] as const;
  const sources = keys.map((key) => ({
    key,
    planned: plannedSources[key],
    actual: actual[key],
    plannedShareBp: shareBp(plannedSources[key], plannedTotal),
    actualShareBp: shareBp(actual[key], actualTotal),
  }));
  return { lines, byKind, sources, plannedTotal, actualTotal };
}

const required = (value: string) => value.trim() === "";

/** Everything that stops a submission, each at its field (message keys of reports.errors / errors). */
export function reportIssues(content: ReportContent, planned: PlannedLine[], plannedSources: PlannedSources): ReportIssue[] {
  const issues: ReportIssue[] = [];
  if (required(content.results.narrative)) issues.push({ field: "results.narrative", key: "required" });
  content.results.items.forEach((r, i) => {
    if (required(r.achieved)) issues.push({ field: `results.items.${i}.achieved`, key: "required" });
  });
  content.activities.items.forEach((a, i) => {
    if (required(a.name)) issues.push({ field: `activities.items.${i}.name`, key: "required" });
    if (required(a.done)) issues.push({ field: `activities.items.${i}.done`, key: "required" });
  });
  const typed = new Map(content.costs.lines.map((l, i) => [l.lineId, i]));
  let grantSpent = 0;
  let costsTotal = 0;
  planned.forEach((line) => {
    const i = typed.get(line.id);
    const row = i === undefined ? undefined : content.costs.lines[i];
    const total = row ? parseMoney(row.actualTotal) : null;
    const grant = row ? parseMoney(row.actualGrant) : null;
    const field = `costs.${line.id}`;
    if (total === null) issues.push({ field: `${field}.actualTotal`, key: row && row.actualTotal.trim() ? "invalidMoney" : "required" });
    if (grant === null) issues.push({ field: `${field}.actualGrant`, key: row && row.actualGrant.trim() ? "invalidMoney" : "required" });
    if (total !== null && grant !== null && grant > total) issues.push({ field: `${field}.actualGrant`, key: "grantAboveLineTotal" });
    grantSpent += grant ?? 0;
    costsTotal += total ?? 0;
  });
  if (grantSpent > plannedSources.grantGrosze) issues.push({ field: "costs", key: "grantAboveContract" });
  for (const key of ["ownFinancial", "ownNonFinancial", "participantFees"] as const) {
    if (money(content.sources[key]) === null) issues.push({ field: `sources.${key}`, key: "invalidMoney" });
  }
  const sums = reportSums(content, planned, plannedSources);
  if (!issues.some((i) => i.field.startsWith("costs") || i.field.startsWith("sources")) && sums.actualTotal !== costsTotal) {
    issues.push({ field: "sources", key: "sourcesMismatch" });
  }
  for (const key of ["volunteers", "volunteerHours"] as const) {
    const value = content.people[key].trim();
    if (value && !/^\d{1,7}$/.test(value)) issues.push({ field: `people.${key}`, key: "invalidNumber" });
  }
  if (required(content.people.staff)) issues.push({ field: "people.staff", key: "required" });
  content.attachments.forEach((a, i) => {
    if (!a.title.trim() && !a.url.trim()) return;
    if (required(a.title)) issues.push({ field: `attachments.${i}.title`, key: "required" });
    if (!/^https?:\/\/[^\s]+$/i.test(a.url.trim())) issues.push({ field: `attachments.${i}.url`, key: "invalidUrl" });
  });
  for (const key of reportDeclarationKeys) {
    if (!content.declarations[key]) issues.push({ field: `declarations.${key}`, key: "declarationRequired" });
  }
  return issues;
}

export type TrancheState = "paid" | "held" | "overdue" | "due";

/**
 * A tranche is held while the contract makes it wait for a partial report not yet accepted (the rule
 * lib/contracts enforces when marking it paid); unpaid after its due date it is overdue.
 */
export function trancheState(
  tranche: { dueDate: string; paidOn: string | null; waitsForReportYear: number | null },
  context: { waitsForPartialReport: boolean; acceptedPartialYears: ReadonlySet<number> },
  now: Date,
): TrancheState {
  if (tranche.paidOn) return "paid";
  if (context.waitsForPartialReport && tranche.waitsForReportYear != null && !context.acceptedPartialYears.has(tranche.waitsForReportYear))
    return "held";
  return isOverdue(tranche.dueDate, now) ? "overdue" : "due";
}

export type ReportStatus = "due" | "draft" | "submitted" | "returned" | "accepted";

/** The organization writes while the report is not with the city (due, draft, returned). */
export function reportEditable(status: ReportStatus): boolean {
  return status === "due" || status === "draft" || status === "returned";
}

/** Overdue = still with the organization after its due day (Warsaw). */
export function reportOverdue(report: { status: ReportStatus; dueDate: string }, now: Date): boolean {
  return reportEditable(report.status) && isOverdue(report.dueDate, now);
}

/** Contracts that owe reports: from signing on (a draft or a terminated contract owes none). */
export const reportingStatuses = ["signed", "in_progress", "final_report_accepted", "settled"] as const;

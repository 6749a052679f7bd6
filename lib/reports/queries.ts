import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contractReports, contracts, reportRounds, users } from "@/lib/db/schema";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { normalizeReportContent, prefillReport } from "./content";
import { normalizeSimplifiedReport, prefillSimplifiedReport, reportFormOf, simplifiedSums } from "./simplified";
import {
  acceptedActuals,
  acceptedGrantByYear,
  isPartyMember,
  loadContract,
  partiesOf,
  partyResource,
  periodOf,
  targetsOf,
} from "./context";
import { isId } from "@/lib/core/ids";
import { reportEditable, reportOverdue, reportSums, trancheState } from "./rules";
import { ratePeriods, returnsOf, returnTotals } from "./returns-store";
import { warsawToday } from "@/lib/dates/warsaw";

const writable = (status: string) => status === "signed" || status === "in_progress";

/**
 * A contract's reports, tranches and settlement for its parties' members and administrators;
 * anyone else gets ForbiddenError (IDOR), unknown ids null. Only reads: the owed reports exist from
 * signing on (signContract, amendments and the `reports.plan` job create them). The returns carry
 * their interest and what is still owed as of Warsaw today (../grant-returns.ts).
 */
export async function contractReporting(db: Db, principal: Principal | null, contractId: string, now = new Date()) {
  const loaded = await loadContract(db, contractId);
  if (!loaded) return null;
  authorize(principal, "report.view", partyResource(principal, loaded.partyIds));
  const canWrite = can(principal, "report.write", partyResource(principal, loaded.partyIds)) && writable(loaded.contract.status);
  const canDecide = can(principal, "report.decide") && !isPartyMember(principal, loaded.partyIds);
  const context = {
    waitsForPartialReport: loaded.contract.tranchesWaitForPartialReport,
    acceptedPartialYears: loaded.acceptedPartialYears,
  };
  const today = warsawToday(now);
  const rates = await ratePeriods(db);
  const returns = await returnsOf(db, loaded.contract.id, today, rates);
  return {
    ...loaded,
    today,
    rates,
    returns,
    returnTotals: returnTotals(returns),
    reports: loaded.reports.map((r) => ({ ...r, overdue: reportOverdue(r, now), editable: canWrite && reportEditable(r.status) })),
    tranches: loaded.tranches.map((t) => ({ ...t, state: trancheState(t, context, now) })),
    canWrite,
    canDecide,
    canRecordReturn: can(principal, "settlement.recordReturn") && ["final_report_accepted", "terminated"].includes(loaded.contract.status),
    canSettleTermination:
      can(principal, "settlement.recordReturn") && loaded.contract.status === "terminated" && !returns.some((r) => r.kind === "unused"),
  };
}

/** One report with its period's plan, its content (a prefilled first draft), sums and every round. */
/** A report as its page shows it, only under its own contract's address (else null: the 404 page). */
export async function reportOfContract(db: Db, principal: Principal | null, contractId: string, reportId: string) {
  const detail = await reportDetail(db, principal, reportId);
  return detail?.reporting.contract.id === contractId ? detail : null;
}

export async function reportDetail(db: Db, principal: Principal | null, reportId: string, now = new Date()) {
  const peek = await peekReport(db, reportId);
  if (!peek) return null;
  authorize(principal, "report.view", partyResource(principal, peek.partyIds));
  const reporting = (await contractReporting(db, principal, peek.report.contractId, now))!;
  const report = reporting.reports.find((r) => r.id === reportId)!;
  const period = periodOf(reporting, report);
  const form = reportFormOf(reporting.contract);
  const stored = report.content as Record<string, unknown>;
  const fresh = Object.keys(stored).length === 0;
  const simplified =
    form === "full"
      ? null
      : fresh
        ? prefillSimplifiedReport(period.years, report.kind === "final" ? await acceptedGrantByYear(db, reporting.contract.id) : undefined)
        : normalizeSimplifiedReport(stored, period.years);
  const content =
    !fresh || form === "simplified"
      ? normalizeReportContent(stored)
      : prefillReport({
          kind: report.kind,
          year: report.year,
          schedule: reporting.contract.schedule,
          targets: await targetsOf(db, reporting.contract),
          lineIds: period.lines.map((l) => l.id),
          earlierActuals: report.kind === "final" ? await acceptedActuals(db, reporting.contract.id) : undefined,
        });
  const rounds = await db
    .select({
      round: reportRounds.round,
      content: reportRounds.content,
      submittedAt: reportRounds.submittedAt,
      submittedBy: users.name,
      decision: reportRounds.decision,
      remarks: reportRounds.remarks,
      decidedAt: reportRounds.decidedAt,
    })
    .from(reportRounds)
    .leftJoin(users, eq(users.id, reportRounds.submittedBy))
    .where(eq(reportRounds.reportId, reportId))
    .orderBy(asc(reportRounds.round));
  return {
    reporting,
    report,
    period,
    content,
    sums: reportSums(content, period.lines, period.sources),
    form,
    simplified: simplified && { content: simplified, sums: simplifiedSums(simplified, period.sources) },
    targets: form === "simplified" ? await targetsOf(db, reporting.contract) : [],
    rounds: rounds.map((r) => ({
      ...r,
      content: normalizeReportContent(r.content),
      simplified: form === "simplified" ? normalizeSimplifiedReport(r.content, period.years) : null,
    })),
    lastRemarks: [...rounds].reverse().find((r) => r.decision === "returned")?.remarks ?? null,
    canDecide: reporting.canDecide && report.status === "submitted",
  };
}
export type ReportDetail = NonNullable<Awaited<ReturnType<typeof reportDetail>>>;

/** The report and its contract's parties, read before authorizing (unknown ids: null). */
export async function peekReport(db: Db | Tx, reportId: unknown) {
  if (!isId(reportId)) return null;
  const [row] = await db
    .select({ report: contractReports, contractStatus: contracts.status, contractNumber: contracts.number, contractTitle: contracts.title })
    .from(contractReports)
    .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
    .where(eq(contractReports.id, reportId));
  if (!row) return null;
  const parties = await partiesOf(db, row.report.contractId);
  return { ...row, partyIds: parties.map((p) => p.id), parties };
}

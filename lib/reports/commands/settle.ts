import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { contractReports, contracts, contractSettlements, grantReturns } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import type { Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";
import { normalizeReportContent } from "../content";
import { loadContract, periodOf, type LoadedContract } from "../context";
import { normalizeSimplifiedReport, reportFormOf, simplifiedSpending } from "../simplified";
import { settleYears, type PlannedReturn } from "../grant-returns";
import { reportSums } from "../rules";
import type { LineSpending, SettlementResult } from "../settlement";

export interface ContractSettlement extends SettlementResult {
  returns: PlannedReturn[];
}

/**
 * The grant spent per line of the accepted report: the full form's cost lines, or the simplified
 * form's grant per budget year (one line a year, ../simplified.ts).
 */
function spendingOf(loaded: LoadedContract, report: { content: unknown }, period: ReturnType<typeof periodOf>): LineSpending[] {
  if (reportFormOf(loaded.contract) === "simplified") {
    const content = normalizeSimplifiedReport(report.content, period.years);
    return simplifiedSpending(content, period.years, (year) => `Dotacja ${year}`);
  }
  return reportSums(normalizeReportContent(report.content), period.lines, period.sources).lines.map((l) => ({
    lineId: l.id,
    year: l.year,
    name: l.name,
    plannedGrantGrosze: l.grantGrosze,
    plannedTotalGrosze: l.totalGrosze,
    actualGrantGrosze: l.actualGrantGrosze ?? 0,
  }));
}

/**
 * Computes and stores the settlement when the final report is accepted: each budget year on its own
 * (its lines, grant and tranches), the returns it owes with their dates (../grant-returns.ts), the
 * finding of misuse dated the day of acceptance. The contract is settled at once only when nothing is
 * to be returned and nothing is still owed by the city: eligible spending not yet paid out is the
 * city's debt under the contract (art. 16), paid through the tranche schedule (lib/contracts/tranches.ts).
 */
export async function settleContract(
  tx: Tx,
  principal: Principal,
  contractId: string,
  reportId: string,
  now: Date,
): Promise<ContractSettlement> {
  const loaded = (await loadContract(tx, contractId))!;
  const [report] = await tx.select().from(contractReports).where(eq(contractReports.id, reportId));
  const period = periodOf(loaded, report);
  const spending = spendingOf(loaded, report, period);
  const today = warsawToday(now);
  const { years, returns } = settleYears(
    loaded.years.map((y) => ({
      year: y.year,
      grantedGrosze: y.grantGrosze,
      lines: spending.filter((l) => l.year === y.year),
      payments: loaded.tranches
        .filter((t) => t.year === y.year && t.paidOn)
        .map((t) => ({ paidOn: t.paidOn!, amountGrosze: t.paidGrosze ?? 0 })),
    })),
    loaded.contract.costShiftToleranceBp,
    { periodOfUseEnd: loaded.contract.terminatedOn ?? loaded.contract.endDate, foundOn: today },
  );
  const sum = (key: keyof SettlementResult) => years.reduce((s, y) => s + (y[key] as number), 0);
  const result: ContractSettlement = {
    lines: years.flatMap((y) => y.lines),
    grantedGrosze: sum("grantedGrosze"),
    paidGrosze: sum("paidGrosze"),
    grantSpentGrosze: sum("grantSpentGrosze"),
    eligibleGrosze: sum("eligibleGrosze"),
    grantUsedGrosze: sum("grantUsedGrosze"),
    unusedGrosze: sum("unusedGrosze"),
    overToleranceGrosze: sum("overToleranceGrosze"),
    toReturnGrosze: sum("toReturnGrosze"),
    stillToPayGrosze: sum("stillToPayGrosze"),
    returns,
  };
  const nothingToReturn = returns.length === 0;
  const settledNow = nothingToReturn && result.stillToPayGrosze === 0;
  const returnDueDate = nothingToReturn ? null : returns.map((r) => r.dueDate).sort()[0];
  await tx.insert(contractSettlements).values({
    contractId,
    reportId,
    toleranceBp: loaded.contract.costShiftToleranceBp,
    grantedGrosze: result.grantedGrosze,
    paidGrosze: result.paidGrosze,
    grantSpentGrosze: result.grantSpentGrosze,
    grantUsedGrosze: result.grantUsedGrosze,
    unusedGrosze: result.unusedGrosze,
    overToleranceGrosze: result.overToleranceGrosze,
    toReturnGrosze: result.toReturnGrosze,
    stillToPayGrosze: result.stillToPayGrosze,
    lines: result.lines,
    returnDueDate,
    settledOn: settledNow ? today : null,
    computedBy: principal.userId,
    computedAt: now,
  });
  if (returns.length) await tx.insert(grantReturns).values(returns.map((r) => ({ ...r, contractId, createdBy: principal.userId })));
  const status = settledNow ? "settled" : "final_report_accepted";
  await tx.update(contracts).set({ status, updatedAt: now }).where(eq(contracts.id, contractId));
  await recordAudit(tx, {
    actor: actorOf(principal),
    action: "contract.settle",
    entityType: "contract",
    entityId: contractId,
    before: { status: loaded.contract.status },
    after: {
      status,
      toReturnGrosze: result.toReturnGrosze,
      stillToPayGrosze: result.stillToPayGrosze,
      grantUsedGrosze: result.grantUsedGrosze,
      returns: returns.map((r) => ({
        year: r.year,
        kind: r.kind,
        amountGrosze: r.amountGrosze,
        dueDate: r.dueDate,
        interestFrom: r.interestFrom,
      })),
    },
  });
  return result;
}

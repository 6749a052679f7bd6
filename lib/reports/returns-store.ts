import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contracts, grantReturnPayments, grantReturns, taxArrearsRates } from "@/lib/db/schema";
import { returnAccount, statutoryDueDate, type ReturnAccount } from "./grant-returns";
import type { RatePeriod } from "./interest";

type Reader = Db | Tx;

/** The tax-arrears rate periods in date order (the dated setting, lib/reports/rates.ts keeps it). */
export async function ratePeriods(db: Reader): Promise<RatePeriod[]> {
  return db
    .select({ effectiveFrom: taxArrearsRates.effectiveFrom, rateBp: taxArrearsRates.rateBp })
    .from(taxArrearsRates)
    .orderBy(asc(taxArrearsRates.effectiveFrom));
}

export type GrantReturnRow = typeof grantReturns.$inferSelect;
export type GrantReturnPaymentRow = typeof grantReturnPayments.$inferSelect;
export interface GrantReturnView extends GrantReturnRow {
  payments: GrantReturnPaymentRow[];
  account: ReturnAccount;
  /** The day the act names; differs from dueDate when that day was free from work (art. 12 § 5 Ordynacji podatkowej). */
  statutoryDueDate: string;
}

/** A contract's returns, each with its payments and its account (interest, still owed) as of `today`. */
export async function returnsOf(db: Reader, contractId: string, today: string, rates?: RatePeriod[]): Promise<GrantReturnView[]> {
  const rows = await db
    .select()
    .from(grantReturns)
    .where(eq(grantReturns.contractId, contractId))
    .orderBy(asc(grantReturns.year), asc(grantReturns.kind));
  if (!rows.length) return [];
  const periods = rates ?? (await ratePeriods(db));
  const [contract] = await db
    .select({ endDate: contracts.endDate, terminatedOn: contracts.terminatedOn })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  const periodOfUseEnd = contract.terminatedOn ?? contract.endDate;
  const payments = await db
    .select()
    .from(grantReturnPayments)
    .where(
      inArray(
        grantReturnPayments.returnId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(grantReturnPayments.paidOn), asc(grantReturnPayments.recordedAt));
  return rows.map((r) => {
    const own = payments.filter((p) => p.returnId === r.id);
    return {
      ...r,
      payments: own,
      statutoryDueDate: statutoryDueDate(r, periodOfUseEnd),
      account: returnAccount({
        amountGrosze: r.amountGrosze,
        dueDate: r.dueDate,
        interestFrom: r.interestFrom,
        payments: own.map((p) => ({ paidOn: p.paidOn, amountGrosze: p.amountGrosze })),
        rates: periods,
        today,
      }),
    };
  });
}

/** Totals over a contract's returns: principal, principal paid, interest paid, still owed. */
export function returnTotals(returns: GrantReturnView[]) {
  return returns.reduce(
    (s, r) => ({
      amountGrosze: s.amountGrosze + r.amountGrosze,
      principalPaidGrosze: s.principalPaidGrosze + r.account.principalPaidGrosze,
      interestPaidGrosze: s.interestPaidGrosze + r.account.interestPaidGrosze,
      stillOwedGrosze: s.stillOwedGrosze + r.account.stillOwedGrosze,
    }),
    { amountGrosze: 0, principalPaidGrosze: 0, interestPaidGrosze: 0, stillOwedGrosze: 0 },
  );
}

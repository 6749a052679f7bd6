import { termEnd } from "@/lib/dates/holidays";
import { addDays } from "@/lib/dates/warsaw";
import { interestFor, type InterestResult, type RatePeriod } from "./interest";
import { settle, type LineSpending, type SettlementResult } from "./settlement";

/**
 * Returns of grant money under the public finance act (ufp), two kinds with their own dates. Pure.
 *
 * - `unused` (art. 251): the grant not used by the end of the period of use. Due by 31 January of the
 *   next year (ust. 1) or, when the contract's period of use ends before 31 December, within 15 days
 *   of that end (ust. 2); a terminated contract's period of use ends on termination, the same rule.
 *   Returned late: interest from the day after the due date (ust. 5).
 * - `misused` (art. 252 ust. 1 pkt 1): grant used against the contract: spending on a cost line beyond
 *   the allowed shift. Due within 15 days of the finding (the day the city records it: the final
 *   report's acceptance), with interest from the day the money was transferred (ust. 5 pkt 1).
 * A multi-year contract settles each budget year on its own: a year's unused grant is that year's.
 * A due date falling on a Saturday, a Sunday or a public holiday moves to the next working day
 * (art. 12 § 5 Ordynacji podatkowej, applied to these returns by art. 60 and 67 ufp; the calendar of
 * lib/dates/holidays.ts); interest for late return runs from the day after the moved date.
 */
export type ReturnKind = "unused" | "misused";
export type ReturnBasis = "art251ust1" | "art251ust2" | "art252";

/** Statutory: 15 days (art. 251 ust. 2, art. 252 ust. 1); 31 January (art. 251 ust. 1). */
const RETURN_DAYS = 15;

export interface UnusedDue {
  /** The last day to return, moved off a day free from work (art. 12 § 5 Ordynacji podatkowej). */
  dueDate: string;
  /** The day the act names, before the move. */
  statutoryDate: string;
  basis: ReturnBasis;
}

/** When the unused grant of `year` is due, given the day the period of use ends (the contract's end or its termination). */
export function unusedReturnDue(year: number, periodOfUseEnd: string): UnusedDue {
  const endsEarlier = periodOfUseEnd.slice(0, 4) === String(year) && periodOfUseEnd < `${year}-12-31`;
  const statutoryDate = endsEarlier ? addDays(periodOfUseEnd, RETURN_DAYS) : `${year + 1}-01-31`;
  return { dueDate: termEnd(statutoryDate), statutoryDate, basis: endsEarlier ? "art251ust2" : "art251ust1" };
}

/** When grant used against the contract is due: 15 days from the finding (art. 252 ust. 1), moved off a day free from work. */
export function misusedReturnDue(foundOn: string): string {
  return termEnd(addDays(foundOn, RETURN_DAYS));
}

/**
 * The day the act names for a stored return, before art. 12 § 5 moved it (shown next to the moved
 * date): 15 days from the finding (art. 252), the rule of art. 251 for the period of use.
 */
export function statutoryDueDate(r: { kind: ReturnKind; year: number; foundOn: string | null }, periodOfUseEnd: string): string {
  if (r.kind === "misused" && r.foundOn) return addDays(r.foundOn, RETURN_DAYS);
  return unusedReturnDue(r.year, periodOfUseEnd).statutoryDate;
}

export interface PlannedReturn {
  year: number;
  kind: ReturnKind;
  basis: ReturnBasis;
  amountGrosze: number;
  dueDate: string;
  /** The first day interest runs: the day after the due date (art. 251 ust. 5) or the transfer (art. 252 ust. 5 pkt 1). */
  interestFrom: string;
  /** The day the misuse was found (art. 252), null for unused grant. */
  foundOn: string | null;
}

export interface YearInput {
  year: number;
  lines: LineSpending[];
  grantedGrosze: number;
  /** Paid tranches of the year (date and amount). */
  payments: { paidOn: string; amountGrosze: number }[];
}

export interface YearSettlement extends SettlementResult {
  year: number;
}

/**
 * Settles each budget year (its lines, its grant, its tranches) and lists the returns it owes. The
 * money misused in a year is counted from the year's last transfer: by then all of it had been paid,
 * and no earlier day is certain (the least interest the law certainly asks).
 */
export function settleYears(
  years: YearInput[],
  toleranceBp: number,
  dates: { periodOfUseEnd: string; foundOn: string },
): { years: YearSettlement[]; returns: PlannedReturn[] } {
  const settled: YearSettlement[] = [];
  const returns: PlannedReturn[] = [];
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const paid = y.payments.reduce((s, p) => s + p.amountGrosze, 0);
    const result = settle({ lines: y.lines, grantedGrosze: y.grantedGrosze, paidGrosze: paid, toleranceBp });
    settled.push({ ...result, year: y.year });
    if (result.unusedGrosze > 0) {
      const due = unusedReturnDue(y.year, dates.periodOfUseEnd);
      returns.push({
        year: y.year,
        kind: "unused",
        basis: due.basis,
        amountGrosze: result.unusedGrosze,
        dueDate: due.dueDate,
        interestFrom: addDays(due.dueDate, 1),
        foundOn: null,
      });
    }
    if (result.overToleranceGrosze > 0) {
      const lastTransfer = y.payments.map((p) => p.paidOn).sort()[y.payments.length - 1];
      returns.push({
        year: y.year,
        kind: "misused",
        basis: "art252",
        amountGrosze: result.overToleranceGrosze,
        dueDate: misusedReturnDue(dates.foundOn),
        interestFrom: lastTransfer,
        foundOn: dates.foundOn,
      });
    }
  }
  return { years: settled, returns };
}

export interface ReturnPaymentInput {
  paidOn: string;
  amountGrosze: number;
}

export interface AppliedPayment extends ReturnPaymentInput {
  principalGrosze: number;
  interestGrosze: number;
  /** The principal the interest was counted on (the rest of the principal part is what rounding to złoty left). */
  interestBaseGrosze: number;
  interest: InterestResult;
  /** Paid beyond the principal and its interest (commands refuse it; kept visible if ever stored). */
  surplusGrosze: number;
}

export interface ReturnAccount {
  payments: AppliedPayment[];
  principalPaidGrosze: number;
  interestPaidGrosze: number;
  principalOwedGrosze: number;
  /** Interest on the principal still owed, counted to `today` (what paying it today would take). */
  interestToDate: InterestResult;
  stillOwedGrosze: number;
  overdue: boolean;
  uncoveredDays: number;
}

/** The principal a payment covers with its own interest: the most x with x + interest(x) ≤ payment. */
function principalCovered(payment: number, owed: number, interestFrom: string, paidOn: string, rates: RatePeriod[]) {
  const cost = (x: number) => x + interestFor(x, interestFrom, paidOn, rates).roundedGrosze;
  if (cost(owed) <= payment) return owed;
  let low = 0;
  let high = Math.min(owed, payment);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cost(mid) <= payment) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A return with its payments, in date order. A partial payment covers principal and the interest on
 * that principal proportionally (art. 55 § 2 OP): the part x of the principal with x + its interest to
 * the day of payment equal to the payment; whatever rounding to złoty leaves is principal too. The
 * principal still owed bears interest to `today`.
 */
export function returnAccount(input: {
  amountGrosze: number;
  dueDate: string;
  interestFrom: string;
  payments: ReturnPaymentInput[];
  rates: RatePeriod[];
  today: string;
}): ReturnAccount {
  let owed = input.amountGrosze;
  let uncoveredDays = 0;
  const payments = [...input.payments]
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0))
    .map((p): AppliedPayment => {
      const covered = principalCovered(p.amountGrosze, owed, input.interestFrom, p.paidOn, input.rates);
      const interest = interestFor(covered, input.interestFrom, p.paidOn, input.rates);
      uncoveredDays = Math.max(uncoveredDays, interest.uncoveredDays);
      const interestGrosze = Math.min(interest.roundedGrosze, p.amountGrosze - covered);
      const rest = p.amountGrosze - covered - interestGrosze;
      const principalGrosze = Math.min(owed, covered + rest);
      owed -= principalGrosze;
      return {
        ...p,
        principalGrosze,
        interestGrosze,
        interestBaseGrosze: covered,
        interest,
        surplusGrosze: covered + rest - principalGrosze,
      };
    });
  const interestToDate = interestFor(owed, input.interestFrom, input.today, input.rates);
  return {
    payments,
    principalPaidGrosze: input.amountGrosze - owed,
    interestPaidGrosze: payments.reduce((s, p) => s + p.interestGrosze, 0),
    principalOwedGrosze: owed,
    interestToDate,
    stillOwedGrosze: owed + interestToDate.roundedGrosze,
    overdue: owed > 0 && input.today > input.dueDate,
    uncoveredDays: Math.max(uncoveredDays, interestToDate.uncoveredDays),
  };
}

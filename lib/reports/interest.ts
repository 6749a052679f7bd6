import { addDays, daysBetween } from "@/lib/dates/warsaw";

/**
 * Interest at the rate for tax arrears (odsetki za zwłokę), which the public finance act applies to
 * grant returned late or used against its purpose (ufp art. 251 ust. 5, art. 252 ust. 1). Pure, exact.
 *
 * - The rate (Ordynacja podatkowa art. 56 § 1): 200 % of the NBP lombard rate plus 2 points, never below
 *   8 % a year. It changes with the lombard rate, so it is a dated setting: periods, each from a date.
 * - Interest is counted per day on a 365-day year (art. 56a § 1 OP: rate × days / 365 × amount), every
 *   day at the rate in force that day: a span crossing rate changes is split at each change.
 * - The result is rounded to full złoty (art. 63 § 1 OP: under 50 gr down, 50 gr and more up).
 * Money is integer grosze; the arithmetic is in BigInt fractions, rounded once at the end.
 */

export interface RatePeriod {
  /** First day (Warsaw calendar date) the rate applies, until the next period's first day. */
  effectiveFrom: string;
  /** Yearly rate in basis points (11 % = 1100). */
  rateBp: number;
}

export interface InterestSpan {
  from: string;
  to: string;
  days: number;
  rateBp: number;
}

export interface InterestResult {
  /** Every part of the span at one rate, in order. */
  spans: InterestSpan[];
  /** The exact interest in grosze before rounding, as text with two decimals (for the record and the print view). */
  exactGrosze: string;
  /** Rounded to full złoty (art. 63 § 1 OP), in grosze. */
  roundedGrosze: number;
  /** Days of the span no rate period covers (interest for them is missing: the setting needs an earlier period). */
  uncoveredDays: number;
}

const DAYS_IN_YEAR = 365n;
const BP = 10_000n;

/** The tax-arrears rate for a lombard rate (art. 56 § 1 OP): 200 % of it plus 2 points, at least 8 %. */
export function taxArrearsRateBp(lombardBp: number): number {
  if (!Number.isSafeInteger(lombardBp) || lombardBp < 0) throw new RangeError(`lombard rate must be whole basis points: ${lombardBp}`);
  return Math.max(800, 2 * lombardBp + 200);
}

/** Rounds grosze given as a fraction num/den to full złoty, half up (art. 63 § 1 OP). */
export function roundToZloty(num: bigint, den: bigint): number {
  if (num < 0n || den <= 0n) throw new RangeError("interest is never negative");
  return Number(((num + 50n * den) / (100n * den)) * 100n);
}

function exactText(num: bigint, den: bigint): string {
  const hundredths = (num * 100n + den / 2n) / den; // grosze with two decimals, for reading only
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
}

/**
 * Interest on `principalGrosze` for every day from `firstDay` to `lastDay`, both included
 * (none when lastDay is before firstDay).
 */
export function interestFor(principalGrosze: number, firstDay: string, lastDay: string, rates: RatePeriod[]): InterestResult {
  if (!Number.isSafeInteger(principalGrosze) || principalGrosze < 0) throw new RangeError(`principal must be grosze: ${principalGrosze}`);
  const sorted = [...rates].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const spans: InterestSpan[] = [];
  let uncoveredDays = 0;
  let num = 0n;
  if (lastDay >= firstDay && principalGrosze > 0) {
    const before = sorted[0] ? sorted[0].effectiveFrom : addDays(lastDay, 1);
    if (firstDay < before) uncoveredDays = daysBetween(firstDay, before <= lastDay ? before : addDays(lastDay, 1));
    sorted.forEach((period, i) => {
      const next = sorted[i + 1]?.effectiveFrom;
      const from = period.effectiveFrom > firstDay ? period.effectiveFrom : firstDay;
      const until = next && addDays(next, -1) < lastDay ? addDays(next, -1) : lastDay;
      if (from > until) return;
      const days = daysBetween(from, until) + 1;
      spans.push({ from, to: until, days, rateBp: period.rateBp });
      num += BigInt(principalGrosze) * BigInt(period.rateBp) * BigInt(days);
    });
  }
  const den = BP * DAYS_IN_YEAR;
  return { spans, exactGrosze: exactText(num, den), roundedGrosze: roundToZloty(num, den), uncoveredDays };
}

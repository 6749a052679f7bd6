/** Pure rules of grant decisions: money in integer grosze. */

export interface GrantLine {
  offerId: string;
  amount: number;
}

export function remainingBudget(budget: number, grants: GrantLine[]) {
  return budget - grants.reduce((sum, g) => sum + g.amount, 0);
}

export type GrantError = "grantNotInteger" | "grantNegative" | "grantAboveRequested" | "grantNotFundable" | "grantOverBudget";

/**
 * Checks one grant against the others: a whole number of grosze, not negative, not more than
 * requested, only for a fundable offer (or 0), and all grants together never above the budget.
 */
export function grantError(input: {
  budget: number;
  amount: number;
  requested: number;
  fundable: boolean;
  offerId: string;
  otherGrants: GrantLine[];
}): GrantError | null {
  if (!Number.isSafeInteger(input.amount)) return "grantNotInteger";
  if (input.amount < 0) return "grantNegative";
  if (input.amount > 0 && !input.fundable) return "grantNotFundable";
  if (input.amount > input.requested) return "grantAboveRequested";
  const others = input.otherGrants.filter((g) => g.offerId !== input.offerId);
  if (remainingBudget(input.budget, others) - input.amount < 0) return "grantOverBudget";
  return null;
}

/** "12 500,50" / "12500.5" / "12 500 zł" → grosze; null when not a valid amount. */
export function parseZloty(text: string): number | null {
  const cleaned = text
    .replace(/zł/gi, "")
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** The facts of a competition that decide whether it must end void (art. 18a ust. 1 uodpp). */
export interface EndingFacts {
  /** The offer deadline passed (offers are no longer accepted). */
  deadlinePassed: boolean;
  /** Offers submitted and not withdrawn. */
  submitted: number;
  /** Of those, still waiting for the formal review or a correction. */
  awaitingReview: number;
  /** Of those, passed the formal review. */
  passedReview: number;
  /** Passed offers reaching the minimum score once the chair closed scoring; null before. */
  fundable: number | null;
}

export type VoidGround = "no_offers" | "no_offer_meets_requirements";

/**
 * art. 18a ust. 1 uodpp: the competition is void when no offer was submitted, or when none meets the
 * requirements: every offer failed the formal review, or (after scoring) none reached the minimum score.
 * Null while the answer is not yet known (before the deadline, offers still in review) or when an offer qualifies.
 */
export function voidGroundOf(f: EndingFacts): VoidGround | null {
  if (!f.deadlinePassed) return null;
  if (f.submitted === 0) return "no_offers";
  if (f.awaitingReview > 0) return null;
  if (f.passedReview === 0 || f.fundable === 0) return "no_offer_meets_requirements";
  return null;
}

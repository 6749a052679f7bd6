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

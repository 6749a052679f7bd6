/**
 * Pure rules of substantive scoring (art. 15 ust. 1 and 2f): no server imports, shared by the
 * commands, the pages and the unit tests.
 */

export type MemberKind = "city_staff" | "ngo_nominee" | "expert";

/** Default share of the mean by which a member's total may differ before it is flagged (setting). */
export const DEFAULT_OUTLIER_SHARE = 0.25;

/** A score for one criterion: a whole number from 0 to the criterion's maximum. */
export function scoreError(points: number, maxPoints: number): "scoreNotInteger" | "scoreNegative" | "scoreAboveMax" | null {
  if (!Number.isFinite(points) || !Number.isInteger(points)) return "scoreNotInteger";
  if (points < 0) return "scoreNegative";
  if (points > maxPoints) return "scoreAboveMax";
  return null;
}

export interface MemberTotalInput {
  memberId: string;
  kind: MemberKind;
  /** sum of the member's points for the offer */
  total: number;
  /** only submitted sheets count */
  submitted: boolean;
  /** a declared conflict excludes the member from this offer */
  conflict?: boolean;
}

export interface OfferScoresInput {
  offerId: string;
  memberTotals: MemberTotalInput[];
}

export interface RankedOffer {
  offerId: string;
  /** place in the ranking; null for an offer nobody has scored (it is listed apart, "bez oceny", never ranked) */
  position: number | null;
  /** mean of the voting members' totals, rounded to two decimals; null when nobody has scored */
  mean: number | null;
  votes: number;
  fundable: boolean;
  /** members whose total differs from the mean by more than the share */
  outliers: string[];
}

/** Members whose sheets count in the mean: submitted, voting (experts advise only), without a conflict. */
export function countingTotals(totals: MemberTotalInput[]) {
  return totals.filter((m) => m.submitted && m.kind !== "expert" && !m.conflict);
}

export function meanOf(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

export function outliersOf(totals: MemberTotalInput[], mean: number | null, share = DEFAULT_OUTLIER_SHARE): string[] {
  if (mean === null || mean === 0) return [];
  return countingTotals(totals)
    .filter((m) => Math.abs(m.total - mean) > share * mean)
    .map((m) => m.memberId);
}

/**
 * The ranking: mean of members' totals per offer (experts and conflicts excluded), best first;
 * ties keep the input order. Offers without votes have no position: they come last, listed apart.
 * Fundable when the mean reaches the minimum.
 */
export function rankOffers(offers: OfferScoresInput[], options: { minimumPoints: number; outlierShare?: number }): RankedOffer[] {
  const rows = offers.map((o, index) => {
    const counted = countingTotals(o.memberTotals);
    const mean = meanOf(counted.map((m) => m.total));
    return {
      index,
      offerId: o.offerId,
      mean,
      votes: counted.length,
      fundable: mean !== null && mean >= options.minimumPoints,
      outliers: outliersOf(o.memberTotals, mean, options.outlierShare ?? DEFAULT_OUTLIER_SHARE),
    };
  });
  rows.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || a.index - b.index);
  return rows.map((row, i) => ({
    offerId: row.offerId,
    position: row.mean === null ? null : i + 1,
    mean: row.mean,
    votes: row.votes,
    fundable: row.fundable,
    outliers: row.outliers,
  }));
}

/** The sum of a member's points on one offer. */
export function totalOf(points: number[]) {
  return points.reduce((a, b) => a + b, 0);
}

export interface SheetCriterion {
  id: string;
  maxPoints: number;
  /** art. 15 ust. 1 pkt 4 for a first-time organization: the member may mark it "nie dotyczy" */
  mayBeNotApplicable: boolean;
}

export type SheetErrorKey = "required" | "tooLong" | "notApplicableRefused" | NonNullable<ReturnType<typeof scoreError>>;

/** One criterion of a sheet as the form sends it (`points.<id>`, `justification.<id>`, `notApplicable.<id>`). */
export function sheetEntry(criterion: { id: string }, input: Record<string, unknown>) {
  const rawPoints = String(input[`points.${criterion.id}`] ?? "").trim();
  return {
    rawPoints,
    points: rawPoints === "" ? Number.NaN : Number(rawPoints),
    justification: String(input[`justification.${criterion.id}`] ?? "").trim(),
    notApplicable: input[`notApplicable.${criterion.id}`] === "on",
  };
}

/**
 * The field errors of a score sheet: whole points from 0 to each criterion's maximum and a
 * justification (≤ 2000 characters) per criterion; "nie dotyczy" only where allowed. The same rule
 * checks the sheet in the browser (before the check-your-answers step) and in the command.
 */
export function sheetErrors(criteria: SheetCriterion[], input: Record<string, unknown>): Record<string, SheetErrorKey[]> {
  const errors: Record<string, SheetErrorKey[]> = {};
  for (const c of criteria) {
    const entry = sheetEntry(c, input);
    if (entry.notApplicable) {
      if (!c.mayBeNotApplicable) errors[`points.${c.id}`] = ["notApplicableRefused"];
      if (entry.justification.length > 2000) errors[`justification.${c.id}`] = ["tooLong"];
      continue;
    }
    const error = entry.rawPoints === "" ? "required" : scoreError(entry.points, c.maxPoints);
    if (error) errors[`points.${c.id}`] = [error];
    if (!entry.justification) errors[`justification.${c.id}`] = ["required"];
    else if (entry.justification.length > 2000) errors[`justification.${c.id}`] = ["tooLong"];
  }
  return errors;
}

/** The running total of a sheet being filled in: valid points so far, out of the maximum of the criteria that apply. */
export function runningTotal(criteria: SheetCriterion[], input: Record<string, unknown>) {
  let points = 0;
  let max = 0;
  for (const c of criteria) {
    const entry = sheetEntry(c, input);
    if (entry.notApplicable && c.mayBeNotApplicable) continue;
    max += c.maxPoints;
    if (entry.rawPoints !== "" && scoreError(entry.points, c.maxPoints) === null) points += entry.points;
  }
  return { points, max };
}

/** The next offer a member has still to score after `current`, in the desk's order (wrapping round), or null when none is left. */
export function nextToScore(order: readonly string[], isTodo: (offerId: string) => boolean, current: string): string | null {
  const at = order.indexOf(current);
  const rotated = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0))];
  return rotated.find((id) => id !== current && isTodo(id)) ?? null;
}

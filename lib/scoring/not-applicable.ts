/**
 * "Nie dotyczy" for the criterion of art. 15 ust. 1 pkt 4 uodpp ("analiza i ocena realizacji
 * zleconych zadań publicznych w przypadku organizacji, które w latach poprzednich realizowały zlecone
 * zadania publiczne"): it applies only to organizations that realised public tasks before, so for a
 * first-time organization a member may mark it not applicable. How such an offer's total compares
 * with the others the law leaves open; the city picks a policy (a dated setting):
 *
 * - "scale": the points of the applicable criteria are scaled to the full maximum:
 *   total = points × (maximum of all criteria) / (maximum of the applicable ones), in hundredths of a
 *   point, rounded half up with integer arithmetic: ⌊(200 × points × max + applicable) / (2 × applicable)⌋ / 100.
 * - "full": the criterion is awarded its maximum points.
 *
 * Pure: shared by the ranking, the pages and the tests.
 */
import type { NotApplicablePolicy } from "@/lib/db/schema/scoring";
import { inForceOn } from "@/lib/dates/warsaw";

export type { NotApplicablePolicy };
export const DEFAULT_NOT_APPLICABLE_POLICY: NotApplicablePolicy = "scale";

/** The criterion kind of art. 15 ust. 1 pkt 4 (settlement of earlier grants). */
export const SETTLEMENT_CRITERION_KIND = "settlement";

export interface SheetTotalInput {
  /** points of the criteria marked as applicable */
  points: number;
  /** the sum of every criterion's maximum (of the competition's funding form) */
  totalMax: number;
  /** the maximum of the criteria marked "nie dotyczy" on this sheet (0: none) */
  notApplicableMax: number;
  policy: NotApplicablePolicy;
}

/** A sheet's total under the policy (whole points when every criterion applies). */
export function sheetTotal({ points, totalMax, notApplicableMax, policy }: SheetTotalInput): number {
  if (notApplicableMax <= 0) return points;
  if (policy === "full") return points + notApplicableMax;
  const applicableMax = totalMax - notApplicableMax;
  if (applicableMax <= 0) return totalMax;
  return Math.floor((200 * points * totalMax + applicableMax) / (2 * applicableMax)) / 100;
}

/** The policy in force on a day: the latest period starting on or before it, else the default ("scale"). */
export function policyOn(periods: { effectiveFrom: string; policy: NotApplicablePolicy }[], day: string): NotApplicablePolicy {
  return inForceOn(periods, day)?.policy ?? DEFAULT_NOT_APPLICABLE_POLICY;
}

/** May a member mark this criterion "nie dotyczy" for an offer? Only the pkt 4 criterion, only for a first-time organization. */
export function mayMarkNotApplicable(criterion: { kind: string }, organizationHasEarlierContracts: boolean): boolean {
  return criterion.kind === SETTLEMENT_CRITERION_KIND && !organizationHasEarlierContracts;
}

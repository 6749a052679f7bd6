/**
 * Pure rules of the updated budget and schedule after a cut grant (uodpp art. 15–16 with the 2018
 * framework contract: when the grant is lower than requested, the organization updates the cost
 * table and schedule, or withdraws). The same sums and limit checks as the offer generator, plus one
 * rule of its own: the grant in V.B is the amount awarded.
 */
import { groszeToInput } from "@/lib/core/money";
import type { OfferContent } from "@/lib/offers/content";
import { checkLimits, computeSums, missingFields, type CompetitionLimits, type OfferIssue, type OfferSums } from "@/lib/offers/rules";
import { pickUpdate, withUpdate, type BudgetUpdateContent } from "./content";

/** A grant lower than requested (and not refused) calls for an updated budget. */
export function isCutGrant(offer: { grantedGrosze: number | null; requestedGrantGrosze: number }): boolean {
  return offer.grantedGrosze !== null && offer.grantedGrosze > 0 && offer.grantedGrosze < offer.requestedGrantGrosze;
}

/** The first draft: the offer's own schedule, results, costs and sources, with the grant awarded in V.B. */
export function startingUpdate(offer: OfferContent, grantedGrosze: number): BudgetUpdateContent {
  const update = pickUpdate(offer);
  return { ...update, sources: { ...update.sources, requestedGrant: groszeToInput(grantedGrosze) } };
}

/** The fields an update may change; problems elsewhere (dates, declarations) were settled at submission. */
const updateFields = new Set(["task.schedule", "task.results", "costs.lines", "costs.admin", "sources.requestedGrant", "sources.total"]);
/** The competition's grant range binds the request, not the city's own decision. */
const decidedByCity = new Set(["grantAboveMax", "grantBelowMin"]);

/**
 * Every problem of an update, as the generator explains them: missing rows, sums that disagree,
 * own-contribution and administrative-cost shares of the competition, and the grant ≠ awarded.
 */
export function budgetUpdateIssues(
  offer: OfferContent,
  update: BudgetUpdateContent,
  limits: CompetitionLimits,
  grantedGrosze: number,
  defaultYear: number,
): { issues: OfferIssue[]; sums: OfferSums } {
  const merged = withUpdate(offer, update);
  const sums = computeSums(merged, defaultYear);
  const missing = missingFields(merged, sums).filter((i) => updateFields.has(i.field));
  const limitIssues = checkLimits(merged, sums, limits).filter((i) => i.section !== "task" && !decidedByCity.has(i.code));
  const issues = [...missing, ...limitIssues];
  if (update.sources.requestedGrant.trim() !== "" && sums.requestedGrant !== grantedGrosze)
    issues.push({ section: "sources", field: "sources.requestedGrant", code: "grantNotAwarded", params: { granted: grantedGrosze } });
  return { issues, sums };
}

export interface LineSide {
  units: number;
  unit: string;
  unitCostGrosze: number;
  totalGrosze: number;
}

export interface LineChange {
  kind: "task" | "admin";
  year: number;
  name: string;
  before: LineSide | null;
  after: LineSide | null;
  change: "same" | "changed" | "added" | "removed";
}

const lineKey = (l: { kind: string; year: number; name: string }) => `${l.kind}|${l.year}|${l.name.toLocaleLowerCase("pl")}`;

/**
 * The cost table before and after, line by line: lines are the same line when kind, year and name
 * agree (case aside); the rest are added or removed. Order: the updated table's, then the removed.
 */
export function costLineChanges(before: OfferSums["lines"], after: OfferSums["lines"]): LineChange[] {
  const side = (l: OfferSums["lines"][number]): LineSide => ({
    units: l.unitsHundredths,
    unit: l.unit,
    unitCostGrosze: l.unitCostGrosze,
    totalGrosze: l.totalGrosze,
  });
  const remaining = new Map<string, OfferSums["lines"][number][]>();
  for (const l of before) remaining.set(lineKey(l), [...(remaining.get(lineKey(l)) ?? []), l]);
  const rows: LineChange[] = after.map((l) => {
    const match = remaining.get(lineKey(l))?.shift();
    if (!match) return { kind: l.kind, year: l.year, name: l.name, before: null, after: side(l), change: "added" };
    const same = match.unitsHundredths === l.unitsHundredths && match.unitCostGrosze === l.unitCostGrosze && match.unit === l.unit;
    return { kind: l.kind, year: l.year, name: l.name, before: side(match), after: side(l), change: same ? "same" : "changed" };
  });
  for (const left of remaining.values())
    for (const l of left) rows.push({ kind: l.kind, year: l.year, name: l.name, before: side(l), after: null, change: "removed" });
  return rows;
}

export const totalKeys = [
  "taskCosts",
  "adminCosts",
  "totalCost",
  "requestedGrant",
  "ownFinancial",
  "ownNonFinancial",
  "participantFees",
] as const;
export type TotalKey = (typeof totalKeys)[number];

/** The totals of V.A and V.B before and after, with the difference (grosze). */
export function totalChanges(before: OfferSums, after: OfferSums) {
  return totalKeys.map((key) => ({ key, before: before[key], after: after[key], difference: after[key] - before[key] }));
}

/**
 * One way to fit a budget to a cut grant (the demo tells it this way): the cut is taken from the
 * largest task line, which becomes a lump sum (1 × its new value); own sources stay as they were.
 * Null when that line is smaller than the cut (the organization must rework the table itself).
 */
export function cutFromLargestLine(offer: OfferContent, grantedGrosze: number, defaultYear: number): BudgetUpdateContent | null {
  const sums = computeSums(offer, defaultYear);
  const cut = sums.requestedGrant - grantedGrosze;
  const largest = sums.lines
    .map((l, index) => ({ index, kind: l.kind, total: l.totalGrosze }))
    .filter((l) => l.kind === "task")
    .sort((a, b) => b.total - a.total)[0];
  if (cut <= 0 || !largest || largest.total <= cut) return null;
  const update = startingUpdate(offer, grantedGrosze);
  const lines = update.costs.lines.map((l, i) =>
    i === largest.index ? { ...l, units: "1", unitCost: groszeToInput(largest.total - cut) } : l,
  );
  return { ...update, costs: { lines } };
}

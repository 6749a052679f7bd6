/**
 * The terms of a new contract drawn from a granted offer (pure): the grant as decided (after the
 * update, when it was cut), split per budget year in proportion to the cost table of each year and
 * then over the lines of each year; the schedule of section III; the applicant's representatives.
 */
import type { ContractRepresentative, ContractScheduleItem, FundingForm } from "@/lib/db/schema";
import type { OfferContent } from "@/lib/offers/content";
import { contractSettings } from "./settings";
import type { ContractCostLineTerms, ContractTerms, ContractYearTerms } from "./insert";
import { largestRemainder, splitGrantOverLines, yearsOfPeriod } from "./rules";
import { isIsoDate } from "@/lib/dates/warsaw";
import { splitShares } from "@/lib/offers/rules";

export interface OfferForContract {
  title: string;
  organizationId: string;
  grantedGrosze: number;
  ownFinancialGrosze: number;
  ownNonFinancialGrosze: number;
  participantFeesGrosze: number;
  content: OfferContent;
}

export interface OfferCostLine {
  kind: "task" | "admin";
  year: number;
  name: string;
  units: string;
  unit: string;
  unitCostGrosze: number;
  totalGrosze: number;
}

export interface CompetitionForContract {
  fundingForm: FundingForm;
  areaSlug: string | null;
  taskStartDate: string | null;
  taskEndDate: string | null;
}

/** Dates typed in an offer that are real calendar days (an impossible "2026-02-30" falls back like an empty one). */
const isoDate = (s: string) => isIsoDate(s);

/** Per-year amounts: the grant and each own source split in proportion to each year's costs. */
export function yearSplit(
  years: readonly number[],
  costByYear: ReadonlyMap<number, number>,
  amounts: { grant: number; ownFinancial: number; ownNonFinancial: number; fees: number },
): ContractYearTerms[] {
  const weights = years.map((y) => costByYear.get(y) ?? 0);
  const [grant, own, nonFin, fees] = [amounts.grant, amounts.ownFinancial, amounts.ownNonFinancial, amounts.fees].map((a) =>
    largestRemainder(a, weights),
  );
  return years.map((year, i) => ({
    year,
    grantGrosze: grant[i],
    ownFinancialGrosze: own[i],
    ownNonFinancialGrosze: nonFin[i],
    participantFeesGrosze: fees[i],
  }));
}

/** Recomputes each line's grant after the administrator changed the per-year grants. */
export function withYearGrants(terms: ContractTerms, grants: ReadonlyMap<number, number>): ContractTerms {
  const years = terms.years.map((y) => ({ ...y, grantGrosze: grants.get(y.year) ?? y.grantGrosze }));
  return { ...terms, years, costLines: splitGrantOverLines(terms.costLines, years) };
}

/**
 * V.C of a joint offer carried into the contract (art. 14 ust. 2 uodpp): each party's share of the
 * costs and of the grant. When the city granted less than asked for (or the updated budget changed
 * the costs), the shares are scaled to the contract's amounts by largest remainder, so they still
 * add up exactly. Null for a single applicant or an offer whose V.C has no complete table (older offers).
 */
export function partySharesOf(
  content: OfferContent,
  partyIds: readonly string[],
  amounts: { grantGrosze: number; costsGrosze: number },
): { costsGrosze: number; grantGrosze: number }[] | null {
  if (partyIds.length < 2) return null;
  const split = splitShares(content, partyIds);
  if (split.shares.some((s) => s.costsGrosze === null || s.grantGrosze === null)) return null;
  const scaled = (typed: number[], sum: number, target: number) => (sum === target ? typed : largestRemainder(target, typed));
  const grants = scaled(
    split.shares.map((s) => s.grantGrosze!),
    split.grant,
    amounts.grantGrosze,
  );
  const costs = scaled(
    split.shares.map((s) => s.costsGrosze!),
    split.costs,
    amounts.costsGrosze,
  );
  return partyIds.map((_, i) => ({ costsGrosze: costs[i], grantGrosze: grants[i] }));
}

export function termsFromOffer(
  offer: OfferForContract,
  lines: readonly OfferCostLine[],
  partnerIds: readonly string[],
  competition: CompetitionForContract,
): ContractTerms {
  const task = offer.content.task;
  const startDate = isoDate(task.startDate)
    ? task.startDate
    : (competition.taskStartDate ?? `${lines[0]?.year ?? new Date().getFullYear()}-01-01`);
  const endDate = isoDate(task.endDate) ? task.endDate : (competition.taskEndDate ?? `${startDate.slice(0, 4)}-12-31`);
  const periodYears = yearsOfPeriod(startDate, endDate);
  const years = periodYears.length ? periodYears : [Number(startDate.slice(0, 4))];
  // Lines of years outside the period (a typo in the offer) are moved into the nearest year of the period.
  const clamp = (y: number) => Math.min(Math.max(y, years[0]), years[years.length - 1]);
  const costLines: Omit<ContractCostLineTerms, "grantGrosze">[] = lines.map((l) => ({
    kind: l.kind,
    year: clamp(l.year),
    name: l.name,
    units: l.units,
    unit: l.unit,
    unitCostGrosze: l.unitCostGrosze,
    totalGrosze: l.totalGrosze,
  }));
  const costByYear = new Map<number, number>();
  for (const l of costLines) costByYear.set(l.year, (costByYear.get(l.year) ?? 0) + l.totalGrosze);
  const yearTerms = yearSplit(years, costByYear, {
    grant: offer.grantedGrosze,
    ownFinancial: offer.ownFinancialGrosze,
    ownNonFinancial: offer.ownNonFinancialGrosze,
    fees: offer.participantFeesGrosze,
  });
  const shares = partySharesOf(offer.content, [offer.organizationId, ...partnerIds], {
    grantGrosze: offer.grantedGrosze,
    costsGrosze: costLines.reduce((sum, l) => sum + l.totalGrosze, 0),
  });
  const schedule: ContractScheduleItem[] = task.schedule
    .filter((s) => s.action.trim())
    .map((s) => {
      const from = isoDate(s.from) ? s.from : startDate;
      return { name: s.action.trim(), startDate: from, endDate: isoDate(s.to) ? s.to : from, year: Number(from.slice(0, 4)) };
    });
  const representatives: ContractRepresentative[] = offer.content.applicant.representatives
    .filter((r) => r.name.trim())
    .map((r) => ({ name: r.name.trim(), role: r.role.trim() }));
  return {
    title: offer.title,
    fundingForm: competition.fundingForm,
    areaSlug: competition.areaSlug,
    startDate,
    endDate,
    years: yearTerms,
    costLines: splitGrantOverLines(costLines, yearTerms),
    schedule,
    bankAccount: "",
    cityRepresentatives: [],
    parties: [
      { organizationId: offer.organizationId, isLead: true, representatives },
      ...partnerIds.map((organizationId) => ({ organizationId, isLead: false, representatives: [] })),
    ].map((party, i) => ({ ...party, ...shares?.[i] })),
    costShiftToleranceBp: contractSettings.costShiftToleranceBp,
    firstTrancheDays: contractSettings.firstTrancheDays,
    tranchesWaitForPartialReport: years.length > 1,
  };
}

/** A version's stored terms (jsonb) back to ContractTerms. */
export function termsFromSnapshot(snapshot: Record<string, unknown>): ContractTerms {
  return snapshot as unknown as ContractTerms;
}

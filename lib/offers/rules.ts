import type { OfferContent, SectionKey } from "./content";
import { arrearsKeys, declarationKeys } from "./content";
import { lineTotal, maxAmountGrosze, parseMoney, parseUnits, shareBp } from "@/lib/core/money";
import { isIsoDate } from "@/lib/dates/warsaw";

/** The competition's limits an offer must respect (grosze, basis points, ISO dates). */
export interface CompetitionLimits {
  fundingForm: "support" | "entrustment";
  minGrantGrosze: number | null;
  maxGrantGrosze: number | null;
  minOwnFinancialBp: number;
  minOwnNonFinancialBp: number;
  maxAdminCostBp: number | null;
  taskStartDate: string | null;
  taskEndDate: string | null;
}

export interface OfferSums {
  lines: {
    kind: "task" | "admin";
    year: number;
    name: string;
    unitsHundredths: number;
    unit: string;
    unitCostGrosze: number;
    totalGrosze: number;
    valid: boolean;
    /** units × unit cost is over the largest amount (maxAmountGrosze); the line counts as 0 */
    tooLarge: boolean;
  }[];
  taskCosts: number;
  adminCosts: number;
  totalCost: number;
  byYear: Record<number, number>;
  requestedGrant: number;
  ownFinancial: number;
  volunteerValue: number;
  ownNonFinancial: number;
  participantFees: number;
  sourcesTotal: number;
  /** volunteer hours × rate is over the largest amount; counted as 0 */
  volunteerTooLarge: boolean;
}

/** All sums of sections V.A and V.B, in integer grosze. The same function runs in the browser and on the server. */
export function computeSums(content: OfferContent, defaultYear: number): OfferSums {
  const lines = content.costs.lines.map((line) => {
    const units = parseUnits(line.units);
    const unitCost = parseMoney(line.unitCost);
    const year = /^\d{4}$/.test(line.year) ? Number(line.year) : defaultYear;
    const product = units !== null && unitCost !== null ? lineTotal(units, unitCost) : 0;
    // units × unit cost over the largest amount: counted as 0 and reported, never summed or stored
    const tooLarge = product > maxAmountGrosze;
    const totalGrosze = tooLarge ? 0 : product;
    const valid = units !== null && unitCost !== null && line.name.trim() !== "" && !tooLarge;
    return {
      kind: line.kind,
      year,
      name: line.name.trim(),
      unitsHundredths: units ?? 0,
      unit: line.unit.trim(),
      unitCostGrosze: unitCost ?? 0,
      totalGrosze,
      valid,
      tooLarge,
    };
  });
  const taskCosts = lines.filter((l) => l.kind === "task").reduce((s, l) => s + l.totalGrosze, 0);
  const adminCosts = lines.filter((l) => l.kind === "admin").reduce((s, l) => s + l.totalGrosze, 0);
  const byYear: Record<number, number> = {};
  for (const l of lines) byYear[l.year] = (byYear[l.year] ?? 0) + l.totalGrosze;
  const s = content.sources;
  const hours = parseUnits(s.volunteerHours) ?? 0;
  const rate = parseMoney(s.volunteerRate) ?? 0;
  const volunteerProduct = lineTotal(hours, rate);
  const volunteerTooLarge = volunteerProduct > maxAmountGrosze;
  const volunteerValue = volunteerTooLarge ? 0 : volunteerProduct;
  const ownNonFinancial = volunteerValue + (parseMoney(s.otherNonFinancial) ?? 0);
  const requestedGrant = parseMoney(s.requestedGrant) ?? 0;
  const ownFinancial = parseMoney(s.ownFinancial) ?? 0;
  const participantFees = parseMoney(s.participantFees) ?? 0;
  return {
    lines,
    taskCosts,
    adminCosts,
    totalCost: taskCosts + adminCosts,
    byYear,
    requestedGrant,
    ownFinancial,
    volunteerValue,
    ownNonFinancial,
    participantFees,
    sourcesTotal: requestedGrant + ownFinancial + ownNonFinancial + participantFees,
    volunteerTooLarge,
  };
}

/** One explained problem, at a field: `code` is a message key in offerErrors, `params` its values. */
export interface OfferIssue {
  section: SectionKey;
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

const bpToPercent = (bp: number) => (bp / 100).toLocaleString("pl-PL");

/** The competition's limits (max/min grant, own contribution, admin share, task dates). Money params are grosze. */
export function checkLimits(content: OfferContent, sums: OfferSums, limits: CompetitionLimits): OfferIssue[] {
  const issues: OfferIssue[] = [];
  if (sums.lines.some((l) => l.tooLarge)) issues.push({ section: "costs", field: "costs.lines", code: "amountTooLarge" });
  if (sums.volunteerTooLarge) issues.push({ section: "sources", field: "sources.volunteerHours", code: "amountTooLarge" });
  const grantField = "sources.requestedGrant";
  if (limits.maxGrantGrosze !== null && sums.requestedGrant > limits.maxGrantGrosze)
    issues.push({ section: "sources", field: grantField, code: "grantAboveMax", params: { max: limits.maxGrantGrosze } });
  if (limits.minGrantGrosze !== null && content.sources.requestedGrant !== "" && sums.requestedGrant < limits.minGrantGrosze)
    issues.push({ section: "sources", field: grantField, code: "grantBelowMin", params: { min: limits.minGrantGrosze } });
  if (sums.totalCost > 0 && sums.requestedGrant > sums.totalCost)
    issues.push({ section: "sources", field: grantField, code: "grantAboveTotal" });
  if (sums.totalCost > 0 && sums.sourcesTotal !== sums.totalCost && content.sources.requestedGrant !== "")
    issues.push({
      section: "sources",
      field: "sources.total",
      code: "sourcesMismatch",
      params: { sources: sums.sourcesTotal, total: sums.totalCost },
    });
  if (limits.fundingForm === "support" && sums.totalCost > 0) {
    if (limits.minOwnFinancialBp > 0 && shareBp(sums.ownFinancial, sums.totalCost) < limits.minOwnFinancialBp)
      issues.push({
        section: "sources",
        field: "sources.ownFinancial",
        code: "ownFinancialTooLow",
        params: { percent: bpToPercent(limits.minOwnFinancialBp) },
      });
    if (limits.minOwnNonFinancialBp > 0 && shareBp(sums.ownNonFinancial, sums.totalCost) < limits.minOwnNonFinancialBp)
      issues.push({
        section: "sources",
        field: "sources.otherNonFinancial",
        code: "ownNonFinancialTooLow",
        params: { percent: bpToPercent(limits.minOwnNonFinancialBp) },
      });
  }
  // admin share: adminCosts / total > max  ⇔  adminCosts·10000 > max·total (exact)
  if (
    limits.maxAdminCostBp !== null &&
    sums.totalCost > 0 &&
    BigInt(sums.adminCosts) * 10000n > BigInt(limits.maxAdminCostBp) * BigInt(sums.totalCost)
  )
    issues.push({
      section: "costs",
      field: "costs.admin",
      code: "adminShareTooHigh",
      params: { percent: bpToPercent(limits.maxAdminCostBp) },
    });
  const { startDate, endDate } = content.task;
  if (startDate && endDate && startDate > endDate) issues.push({ section: "task", field: "task.endDate", code: "taskDatesOrder" });
  if (startDate && limits.taskStartDate && startDate < limits.taskStartDate)
    issues.push({ section: "task", field: "task.startDate", code: "taskStartTooEarly", params: { date: limits.taskStartDate } });
  if (endDate && limits.taskEndDate && endDate > limits.taskEndDate)
    issues.push({ section: "task", field: "task.endDate", code: "taskEndTooLate", params: { date: limits.taskEndDate } });
  return issues;
}

const filled = (v: string) => v.trim() !== "";

/** Required fields missing per section (for submission and for the task list). */
export function missingFields(content: OfferContent, sums: OfferSums): OfferIssue[] {
  const out: OfferIssue[] = [];
  const need = (section: SectionKey, field: string, ok: boolean) => {
    if (!ok) out.push({ section, field, code: "required" });
  };
  const a = content.applicant;
  need("applicant", "applicant.contactName", filled(a.contactName));
  need("applicant", "applicant.contactEmail", filled(a.contactEmail));
  need(
    "applicant",
    "applicant.representatives",
    a.representatives.some((r) => filled(r.name)),
  );
  const t = content.task;
  need("task", "task.title", filled(t.title));
  need("task", "task.startDate", isIsoDate(t.startDate));
  need("task", "task.endDate", isIsoDate(t.endDate));
  need("task", "task.description", filled(t.description));
  need(
    "task",
    "task.schedule",
    t.schedule.some((r) => filled(r.action)),
  );
  need(
    "task",
    "task.results",
    t.results.some((r) => filled(r.name) && filled(r.target)),
  );
  need("resources", "resources.experience", filled(content.resources.experience));
  need("resources", "resources.resources", filled(content.resources.resources));
  need("costs", "costs.lines", sums.lines.length > 0 && sums.lines.every((l) => l.valid));
  need("sources", "sources.requestedGrant", filled(content.sources.requestedGrant));
  need("other", "other.paid", content.other.paid !== "");
  need(
    "declarations",
    "declarations",
    declarationKeys.every((k) => content.declarations[k]) && arrearsKeys.every((k) => content.declarations[k] !== ""),
  );
  return out;
}

export type SectionStatus = "notStarted" | "inProgress" | "complete" | "hasErrors";

function touched(content: OfferContent, section: SectionKey): boolean {
  const hasText = (v: unknown): boolean =>
    typeof v === "string"
      ? v.trim() !== ""
      : typeof v === "boolean"
        ? v
        : Array.isArray(v)
          ? v.some(hasText)
          : typeof v === "object" && v !== null
            ? Object.values(v).some(hasText)
            : false;
  return hasText(content[section]);
}

/** GOV.UK task list statuses. `split` (V.C) only matters for joint offers. */
export function sectionStatuses(
  content: OfferContent,
  issues: OfferIssue[],
  missing: OfferIssue[],
  joint: boolean,
): Record<SectionKey, SectionStatus> {
  const result = {} as Record<SectionKey, SectionStatus>;
  for (const section of ["applicant", "task", "resources", "costs", "sources", "split", "other", "declarations"] as const) {
    if (section === "split" && !joint) result[section] = "complete";
    else if (issues.some((i) => i.section === section)) result[section] = "hasErrors";
    else if (!touched(content, section)) result[section] = "notStarted";
    else result[section] = missing.some((i) => i.section === section) ? "inProgress" : "complete";
  }
  return result;
}

/** One party's row of V.C in grosze: null where nothing (or no valid amount) was typed. */
export interface SplitShare {
  organizationId: string;
  costsGrosze: number | null;
  grantGrosze: number | null;
}

/**
 * V.C in grosze: one row per party of the offer (`partyIds`: the lead, then the partners). Rows
 * typed for an organization that is no longer a partner are left out.
 */
export function splitShares(content: OfferContent, partyIds: readonly string[]): { shares: SplitShare[]; costs: number; grant: number } {
  const shares = partyIds.map((organizationId) => {
    const typed = content.split.shares.find((s) => s.organizationId === organizationId);
    return { organizationId, costsGrosze: parseMoney(typed?.costs), grantGrosze: parseMoney(typed?.grant) };
  });
  return {
    shares,
    costs: shares.reduce((s, p) => s + (p.costsGrosze ?? 0), 0),
    grant: shares.reduce((s, p) => s + (p.grantGrosze ?? 0), 0),
  };
}

/**
 * V.C of a joint offer (art. 14 ust. 2 uodpp; V.C of the 2018 offer form): the parties' shares of the
 * costs add up exactly to V.A's total, their shares of the grant exactly to the grant asked for in
 * V.B, and no party takes more grant than its own costs. A single applicant has no V.C.
 */
export function splitIssues(content: OfferContent, sums: OfferSums, partyIds: readonly string[]): OfferIssue[] {
  if (partyIds.length < 2) return [];
  const issues: OfferIssue[] = [];
  const split = splitShares(content, partyIds);
  const rows = content.split.shares.filter((s) => partyIds.includes(s.organizationId));
  for (const row of rows)
    for (const key of ["costs", "grant"] as const)
      if (filled(row[key]) && parseMoney(row[key]) === null)
        issues.push({ section: "split", field: `split.${key}.${row.organizationId}`, code: "splitAmountInvalid" });
  if (rows.some((r) => filled(r.costs)) && split.costs !== sums.totalCost)
    issues.push({
      section: "split",
      field: "split.costs",
      code: "splitCostsMismatch",
      params: { split: split.costs, total: sums.totalCost },
    });
  if (rows.some((r) => filled(r.grant)) && split.grant !== sums.requestedGrant)
    issues.push({
      section: "split",
      field: "split.grant",
      code: "splitGrantMismatch",
      params: { split: split.grant, grant: sums.requestedGrant },
    });
  for (const share of split.shares)
    if (share.grantGrosze !== null && share.costsGrosze !== null && share.grantGrosze > share.costsGrosze)
      issues.push({ section: "split", field: `split.grant.${share.organizationId}`, code: "splitGrantAboveCosts" });
  return issues;
}

/** V.C rows still empty: every party of a joint offer states its costs and its grant (0 is an answer). */
export function splitMissing(content: OfferContent, partyIds: readonly string[]): OfferIssue[] {
  if (partyIds.length < 2) return [];
  const out: OfferIssue[] = [];
  for (const organizationId of partyIds) {
    const row = content.split.shares.find((s) => s.organizationId === organizationId);
    for (const key of ["costs", "grant"] as const)
      if (!row || !filled(row[key])) out.push({ section: "split", field: `split.${key}.${organizationId}`, code: "required" });
  }
  return out;
}

/** Everything that blocks submission: missing answers, the competition's limits and, for a joint offer, V.C. */
export function submissionIssues(
  content: OfferContent,
  sums: OfferSums,
  limits: CompetitionLimits,
  partyIds: readonly string[],
): OfferIssue[] {
  return [
    ...missingFields(content, sums),
    ...splitMissing(content, partyIds),
    ...checkLimits(content, sums, limits),
    ...splitIssues(content, sums, partyIds),
  ];
}

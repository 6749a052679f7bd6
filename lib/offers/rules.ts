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

import { z } from "zod";
import { groszeToInput, parseMoney } from "@/lib/core/money";
import { additionalSchema, declarationsSchema, reportDeclarationKeys } from "./content";
import type { LineSpending } from "./settlement";
import type { PlannedSources, ReportIssue } from "./rules";

/**
 * The simplified report of a small grant (art. 19a uodpp; the simplified report form of the regulation
 * of 24 Oct 2018, Dz.U. 2018 poz. 2055, annex 2 "uproszczony wzór sprawozdania"): I. basic information
 * (from the contract, ../../components/reports/ReportHeader), II.1 the results achieved, II.2 the
 * description of the task's execution, II.3 the costs by source of financing (no per-item cost table:
 * the grant spent per budget year and the other sources), III. additional information, declarations.
 * Drafts keep what people typed (strings), like the full form (./content.ts).
 */
const text = (max = 4000) => z.string().max(max, "errors.tooLong").catch("");

export const simplifiedReportSchema = z.object({
  form: z.literal("simplified").catch("simplified"),
  execution: z.object({ results: text(), description: text() }).catch({ results: "", description: "" }),
  finance: z
    .object({
      grantByYear: z
        .array(z.object({ year: z.number().int().catch(0), grant: text(20) }))
        .max(10)
        .catch([]),
      ownFinancial: text(20),
      ownNonFinancial: text(20),
      participantFees: text(20),
    })
    .catch({ grantByYear: [], ownFinancial: "", ownNonFinancial: "", participantFees: "" }),
  additional: additionalSchema,
  declarations: declarationsSchema,
});
export type SimplifiedReportContent = z.infer<typeof simplifiedReportSchema>;

export const simplifiedSectionKeys = ["results", "execution", "finance", "additional", "declarations"] as const;
export const simplifiedDeclarationKeys = reportDeclarationKeys;

/** The grant of each budget year the report covers (contract_years). */
export interface PlannedYearGrant {
  year: number;
  grantGrosze: number;
}

export type ReportForm = "full" | "simplified";

/** A contract of an accepted small grant reports on the simplified form; every other contract on the full one. */
export function reportFormOf(contract: { source: string }): ReportForm {
  return contract.source === "small_grant" ? "simplified" : "full";
}

/** A complete, valid simplified content from anything, keeping only the years of the period (never the form's own). */
export function normalizeSimplifiedReport(input: unknown, years?: PlannedYearGrant[]): SimplifiedReportContent {
  const content = structuredClone(simplifiedReportSchema.parse(typeof input === "object" && input !== null ? input : {}));
  if (years) {
    const typed = new Map(content.finance.grantByYear.map((g) => [g.year, g.grant]));
    content.finance.grantByYear = years.map((y) => ({ year: y.year, grant: typed.get(y.year) ?? "" }));
  }
  return content;
}

/** The first draft: one grant row per budget year, pre-filled from accepted partial reports (`earlier`). */
export function prefillSimplifiedReport(years: PlannedYearGrant[], earlier: Map<number, string> = new Map()): SimplifiedReportContent {
  const content = normalizeSimplifiedReport({});
  content.finance.grantByYear = years.map((y) => ({ year: y.year, grant: earlier.get(y.year) ?? "" }));
  return content;
}

const money = (value: string) => (value.trim() === "" ? 0 : parseMoney(value));

export interface SimplifiedSums {
  sources: { key: keyof PlannedSources; planned: number; actual: number }[];
  plannedTotal: number;
  actualTotal: number;
}

/** Part II.3: costs by source, planned (the contract) next to actual (what was typed; unreadable amounts count 0). */
export function simplifiedSums(content: SimplifiedReportContent, planned: PlannedSources): SimplifiedSums {
  const actual: PlannedSources = {
    grantGrosze: content.finance.grantByYear.reduce((s, g) => s + (money(g.grant) ?? 0), 0),
    ownFinancialGrosze: money(content.finance.ownFinancial) ?? 0,
    ownNonFinancialGrosze: money(content.finance.ownNonFinancial) ?? 0,
    participantFeesGrosze: money(content.finance.participantFees) ?? 0,
  };
  const keys = ["grantGrosze", "ownFinancialGrosze", "ownNonFinancialGrosze", "participantFeesGrosze"] as const;
  return {
    sources: keys.map((key) => ({ key, planned: planned[key], actual: actual[key] })),
    plannedTotal: keys.reduce((s, k) => s + planned[k], 0),
    actualTotal: keys.reduce((s, k) => s + actual[k], 0),
  };
}

/** Everything that stops a submission of the simplified report, each at its field. */
export function simplifiedReportIssues(content: SimplifiedReportContent, years: PlannedYearGrant[]): ReportIssue[] {
  const issues: ReportIssue[] = [];
  if (!content.execution.results.trim()) issues.push({ field: "execution.results", key: "required" });
  if (!content.execution.description.trim()) issues.push({ field: "execution.description", key: "required" });
  const typed = new Map(content.finance.grantByYear.map((g) => [g.year, g.grant]));
  for (const year of years) {
    const field = `finance.grant.${year.year}`;
    const value = typed.get(year.year) ?? "";
    const grant = parseMoney(value);
    if (!value.trim()) issues.push({ field, key: "required" });
    else if (grant === null) issues.push({ field, key: "invalidMoney" });
    else if (grant > year.grantGrosze) issues.push({ field, key: "grantAboveContract" });
  }
  for (const key of ["ownFinancial", "ownNonFinancial", "participantFees"] as const) {
    if (money(content.finance[key]) === null) issues.push({ field: `finance.${key}`, key: "invalidMoney" });
  }
  for (const key of simplifiedDeclarationKeys) {
    if (!content.declarations[key]) issues.push({ field: `declarations.${key}`, key: "declarationRequired" });
  }
  return issues;
}

/**
 * What the settlement needs from a simplified report: no cost lines, so each budget year is one line
 * of the year's grant (planned = granted, also as the line's total; actual = the grant spent as reported). The tolerance of a
 * cost shift has nothing to act on; unused money is returned under art. 251 ufp as for full reports.
 */
export function simplifiedSpending(
  content: SimplifiedReportContent,
  years: PlannedYearGrant[],
  name: (year: number) => string,
): LineSpending[] {
  const typed = new Map(content.finance.grantByYear.map((g) => [g.year, parseMoney(g.grant) ?? 0]));
  return years.map((y) => ({
    lineId: `grant-${y.year}`,
    year: y.year,
    name: name(y.year),
    plannedGrantGrosze: y.grantGrosze,
    plannedTotalGrosze: y.grantGrosze,
    actualGrantGrosze: typed.get(y.year) ?? 0,
  }));
}

/** A complete simplified report (demo seed and tests): every year's grant spent as planned, own money as planned. */
export function sampleSimplifiedReport(years: PlannedYearGrant[], sources: PlannedSources, grantSpent: Record<number, number> = {}) {
  const c = prefillSimplifiedReport(years);
  c.execution = {
    results: "Zrealizowano 8 pokazów dla 410 widzów (liczenie przy wejściu).",
    description: "Pokazy odbyły się zgodnie z planem w świetlicy osiedlowej; dwa z napisami dla osób niesłyszących.",
  };
  c.finance.grantByYear = years.map((y) => ({ year: y.year, grant: groszeToInput(grantSpent[y.year] ?? y.grantGrosze) }));
  c.finance.ownFinancial = groszeToInput(sources.ownFinancialGrosze);
  c.declarations = { statusUnchanged: true, truth: true, procurement: true, data: true };
  return c;
}

import { eq, like } from "drizzle-orm";
import { warsawToday } from "@/lib/dates/warsaw";
import type { Tx } from "@/lib/db/open";
import {
  contractCostLines,
  contractParties,
  contracts,
  contractVersions,
  contractYears,
  type ContractRepresentative,
  type ContractScheduleItem,
  type ContractSource,
  type ContractStatus,
  type FundingForm,
} from "@/lib/db/schema";
import { periodWithinYears } from "./rules";
import { contractSettings, nextContractNumber } from "./settings";

export interface ContractYearTerms {
  year: number;
  grantGrosze: number;
  ownFinancialGrosze: number;
  ownNonFinancialGrosze: number;
  participantFeesGrosze: number;
}

export interface ContractCostLineTerms {
  kind: "task" | "admin";
  year: number;
  name: string;
  /** numeric as text, e.g. "12.50" */
  units: string;
  unit: string;
  unitCostGrosze: number;
  totalGrosze: number;
  grantGrosze: number;
}

export interface ContractPartyTerms {
  organizationId: string;
  isLead: boolean;
  representatives: ContractRepresentative[];
  /** V.C of a joint offer: the party's share of all costs and of the grant (absent for a single applicant or an offer without a V.C table). */
  costsGrosze?: number | null;
  grantGrosze?: number | null;
}

/** Everything an amendment may change; kept whole in contract_versions for every version. */
export interface ContractTerms {
  title: string;
  fundingForm: FundingForm;
  areaSlug: string | null;
  startDate: string;
  endDate: string;
  years: ContractYearTerms[];
  costLines: ContractCostLineTerms[];
  schedule: ContractScheduleItem[];
  bankAccount: string;
  cityRepresentatives: ContractRepresentative[];
  parties: ContractPartyTerms[];
  costShiftToleranceBp: number;
  firstTrancheDays: number;
  tranchesWaitForPartialReport: boolean;
}

export interface NewContract extends ContractTerms {
  source: ContractSource;
  offerId?: string | null;
  smallGrantId?: string | null;
  competitionId?: string | null;
  /** Given (demo seed, imports) or the next number of the pattern for the year of `createdOn`. */
  number?: string;
  status?: ContractStatus;
  createdBy: string | null;
  /** ISO date the contract is drawn up (numbering year); today when absent. */
  createdOn?: string;
  id?: string;
}

/** Broken invariants of the terms as message keys (contracts.errors.*); empty when consistent. */
export function contractTermsProblems(terms: ContractTerms): string[] {
  const problems: string[] = [];
  const years = terms.years.map((y) => y.year).sort((a, b) => a - b);
  if (years.length === 0) problems.push("contracts.errors.noYears");
  if (!periodWithinYears(terms.startDate, terms.endDate, contractSettings.maxYears)) problems.push("contracts.errors.tooManyYears");
  if (years.some((y, i) => i > 0 && y !== years[i - 1] + 1)) problems.push("contracts.errors.yearsNotContiguous");
  if (terms.endDate < terms.startDate) problems.push("contracts.errors.endBeforeStart");
  const startYear = Number(terms.startDate.slice(0, 4));
  const endYear = Number(terms.endDate.slice(0, 4));
  if (years.length && (years[0] !== startYear || years[years.length - 1] !== endYear)) problems.push("contracts.errors.yearsOutsidePeriod");
  if (terms.parties.filter((p) => p.isLead).length !== 1) problems.push("contracts.errors.oneLead");
  // art. 14 ust. 2 uodpp, V.C: the parties' shares of the grant make up the whole grant
  const shares = terms.parties.map((p) => p.grantGrosze).filter((g): g is number => g !== null && g !== undefined);
  if (shares.length && shares.reduce((s, g) => s + g, 0) !== terms.years.reduce((s, y) => s + y.grantGrosze, 0))
    problems.push("contracts.errors.partyGrantMismatch");
  for (const year of terms.years) {
    const lines = terms.costLines.filter((l) => l.year === year.year);
    const grant = lines.reduce((sum, l) => sum + l.grantGrosze, 0);
    if (lines.length && grant !== year.grantGrosze) problems.push("contracts.errors.yearGrantMismatch");
  }
  if (terms.costLines.some((l) => !years.includes(l.year))) problems.push("contracts.errors.lineOutsideYears");
  if (terms.costLines.some((l) => l.grantGrosze < 0 || l.grantGrosze > l.totalGrosze))
    problems.push("contracts.errors.lineGrantAboveTotal");
  return [...new Set(problems)];
}

export function totalsOf(terms: Pick<ContractTerms, "years">) {
  const sum = (pick: (y: ContractYearTerms) => number) => terms.years.reduce((s, y) => s + pick(y), 0);
  return {
    totalGrantGrosze: sum((y) => y.grantGrosze),
    ownFinancialGrosze: sum((y) => y.ownFinancialGrosze),
    ownNonFinancialGrosze: sum((y) => y.ownNonFinancialGrosze),
    participantFeesGrosze: sum((y) => y.participantFeesGrosze),
  };
}

/** Replaces the normalized current terms (years, cost lines, parties) and the contract's columns. */
export async function writeCurrentTerms(tx: Tx, contractId: string, terms: ContractTerms) {
  await tx.delete(contractYears).where(eq(contractYears.contractId, contractId));
  await tx.delete(contractCostLines).where(eq(contractCostLines.contractId, contractId));
  await tx.delete(contractParties).where(eq(contractParties.contractId, contractId));
  if (terms.years.length) await tx.insert(contractYears).values(terms.years.map((y) => ({ contractId, ...y })));
  if (terms.costLines.length)
    await tx.insert(contractCostLines).values(terms.costLines.map((l, position) => ({ contractId, position, ...l })));
  await tx.insert(contractParties).values(terms.parties.map((p) => ({ contractId, ...p })));
}

/**
 * Inserts a contract with its terms and version 1, inside the caller's transaction. The caller has
 * validated and authorized; it also writes the audit entry. Throws on inconsistent terms.
 */
export async function insertContract(tx: Tx, input: NewContract): Promise<{ id: string; number: string }> {
  const problems = contractTermsProblems(input);
  if (problems.length) throw new Error(`inconsistent contract terms: ${problems.join(", ")}`);
  const createdOn = input.createdOn ?? warsawToday();
  const year = Number(createdOn.slice(0, 4));
  let number = input.number;
  if (!number) {
    const used = await tx
      .select({ number: contracts.number })
      .from(contracts)
      .where(like(contracts.number, `%${year}%`));
    number = nextContractNumber(
      used.map((r) => r.number),
      year,
    );
  }
  const lead = input.parties.find((p) => p.isLead)!;
  const [row] = await tx
    .insert(contracts)
    .values({
      ...(input.id ? { id: input.id } : {}),
      number,
      source: input.source,
      offerId: input.offerId ?? null,
      smallGrantId: input.smallGrantId ?? null,
      competitionId: input.competitionId ?? null,
      organizationId: lead.organizationId,
      areaSlug: input.areaSlug,
      fundingForm: input.fundingForm,
      title: input.title,
      status: input.status ?? "draft",
      startDate: input.startDate,
      endDate: input.endDate,
      ...totalsOf(input),
      firstTrancheDays: input.firstTrancheDays,
      costShiftToleranceBp: input.costShiftToleranceBp,
      tranchesWaitForPartialReport: input.tranchesWaitForPartialReport,
      bankAccount: input.bankAccount,
      cityRepresentatives: input.cityRepresentatives,
      schedule: input.schedule,
      currentVersion: 1,
      createdBy: input.createdBy,
    })
    .returning({ id: contracts.id, number: contracts.number });
  await writeCurrentTerms(tx, row.id, input);
  await tx.insert(contractVersions).values({ contractId: row.id, version: 1, terms: termsSnapshot(input), createdBy: input.createdBy });
  return row;
}

/** The terms alone (no ids, no status), as stored in contract_versions. */
export function termsSnapshot(terms: ContractTerms): Record<string, unknown> {
  const {
    title,
    fundingForm,
    areaSlug,
    startDate,
    endDate,
    years,
    costLines,
    schedule,
    bankAccount,
    cityRepresentatives,
    parties,
    costShiftToleranceBp,
    firstTrancheDays,
    tranchesWaitForPartialReport,
  } = terms;
  return {
    title,
    fundingForm,
    areaSlug,
    startDate,
    endDate,
    years,
    costLines,
    schedule,
    bankAccount,
    cityRepresentatives,
    parties,
    costShiftToleranceBp,
    firstTrancheDays,
    tranchesWaitForPartialReport,
  };
}

/**
 * Replaces the current terms of an existing contract: its columns (period, totals, account, …) and
 * the normalized tables. The caller writes the version row (draft edits keep version 1 in step).
 */
export async function updateContractTerms(
  tx: Tx,
  contractId: string,
  terms: ContractTerms,
  extra: Partial<typeof contracts.$inferInsert> = {},
) {
  const problems = contractTermsProblems(terms);
  if (problems.length) throw new Error(`inconsistent contract terms: ${problems.join(", ")}`);
  await tx
    .update(contracts)
    .set({
      title: terms.title,
      fundingForm: terms.fundingForm,
      areaSlug: terms.areaSlug,
      startDate: terms.startDate,
      endDate: terms.endDate,
      ...totalsOf(terms),
      firstTrancheDays: terms.firstTrancheDays,
      costShiftToleranceBp: terms.costShiftToleranceBp,
      tranchesWaitForPartialReport: terms.tranchesWaitForPartialReport,
      bankAccount: terms.bankAccount,
      cityRepresentatives: terms.cityRepresentatives,
      schedule: terms.schedule,
      organizationId: terms.parties.find((p) => p.isLead)!.organizationId,
      updatedAt: new Date(),
      ...extra,
    })
    .where(eq(contracts.id, contractId));
  await writeCurrentTerms(tx, contractId, terms);
}

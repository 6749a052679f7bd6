import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { can, ForbiddenError, type Operation, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { contractCostLines, contractParties, contractReports, contracts, contractYears } from "@/lib/db/schema";
import type { ContractTerms } from "./insert";
import { isId } from "@/lib/core/ids";

export type ContractRow = typeof contracts.$inferSelect;
type Reader = Db | Tx;

export async function partyIdsOf(db: Reader, contractId: string): Promise<string[]> {
  const rows = await db
    .select({ id: contractParties.organizationId })
    .from(contractParties)
    .where(eq(contractParties.contractId, contractId));
  return rows.map((r) => r.id);
}

/**
 * Joint contracts: the operation is allowed when the principal may do it for any party (a member
 * of any party organization), or by role (admin). The one place that turns parties into a resource.
 */
export function canOnContract(principal: Principal | null, operation: Operation, partyIds: readonly string[]): boolean {
  if (can(principal, operation)) return true;
  return partyIds.some((organizationId) => can(principal, operation, { organizationId }));
}

export function authorizeContract(
  principal: Principal | null,
  operation: Operation,
  partyIds: readonly string[],
): asserts principal is Principal {
  if (!canOnContract(principal, operation, partyIds)) throw new ForbiddenError(operation, principal ? "forbidden" : "unauthenticated");
}

/** The contract (locked for update inside a transaction when `lock`), or undefined. */
export async function contractRow(db: Reader, id: string, lock = false): Promise<ContractRow | undefined> {
  if (!isId(id)) return undefined;
  const q = db.select().from(contracts).where(eq(contracts.id, id));
  const [row] = lock ? await q.for("update") : await q;
  return row;
}

/** The current terms, read from the normalized tables and the contract's columns. */
export async function readCurrentTerms(db: Reader, c: ContractRow): Promise<ContractTerms> {
  const [years, lines, parties] = await Promise.all([
    db.select().from(contractYears).where(eq(contractYears.contractId, c.id)).orderBy(asc(contractYears.year)),
    db.select().from(contractCostLines).where(eq(contractCostLines.contractId, c.id)).orderBy(asc(contractCostLines.position)),
    db.select().from(contractParties).where(eq(contractParties.contractId, c.id)),
  ]);
  return {
    title: c.title,
    fundingForm: c.fundingForm,
    areaSlug: c.areaSlug,
    startDate: c.startDate,
    endDate: c.endDate,
    years: years.map(({ year, grantGrosze, ownFinancialGrosze, ownNonFinancialGrosze, participantFeesGrosze }) => ({
      year,
      grantGrosze,
      ownFinancialGrosze,
      ownNonFinancialGrosze,
      participantFeesGrosze,
    })),
    costLines: lines.map(({ kind, year, name, units, unit, unitCostGrosze, totalGrosze, grantGrosze }) => ({
      kind,
      year,
      name,
      units,
      unit,
      unitCostGrosze,
      totalGrosze,
      grantGrosze,
    })),
    schedule: c.schedule,
    bankAccount: c.bankAccount,
    cityRepresentatives: c.cityRepresentatives,
    parties: parties
      .sort((a, b) => Number(b.isLead) - Number(a.isLead))
      .map(({ organizationId, isLead, representatives, costsGrosze, grantGrosze }) => ({
        organizationId,
        isLead,
        representatives,
        costsGrosze,
        grantGrosze,
      })),
    costShiftToleranceBp: c.costShiftToleranceBp,
    firstTrancheDays: c.firstTrancheDays,
    tranchesWaitForPartialReport: c.tranchesWaitForPartialReport,
  };
}

/** Years whose partial report is accepted (lib/reports owns the table; we only read it). */
export async function acceptedPartialYears(db: Reader, contractId: string): Promise<number[]> {
  const rows = await db
    .select({ year: contractReports.year })
    .from(contractReports)
    .where(and(eq(contractReports.contractId, contractId), eq(contractReports.kind, "partial"), eq(contractReports.status, "accepted")));
  return rows.map((r) => r.year);
}

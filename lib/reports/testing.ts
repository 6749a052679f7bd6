/** Test helpers of the reports module: contracts through insertContract, principals, content. */
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { contractCostLines, contractTranches } from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { insertContract, type NewContract } from "@/lib/contracts/insert";
import { addOrganizationMember, createOrganization, createUser } from "@/tests/factories";
import { contractReporting } from "./queries";
import { ensureReportsFor } from "./commands";
import { sampleReportContent } from "./sample";

export function principalOf(user: { id: string; email: string }, orgs: [string, "owner" | "editor"][] = [], isAdmin = false): Principal {
  return {
    userId: user.id,
    email: user.email,
    name: "Test",
    isAdmin,
    isCentreStaff: false,
    organizations: new Map(orgs),
    commissions: new Set(),
  };
}

/**
 * The people of the reports tests: an editor of the reporting organization, the owner of another,
 * an administrator, and an administrator who is also an owner of the reporting organization.
 */
export async function reportingCast(db: Db) {
  const [u1, u2, a1, a2] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db, { isAdmin: true }),
    createUser(db, { isAdmin: true }),
  ]);
  const orgId = await createOrganization(db, "Fundacja Sprawozdawcza");
  const otherOrg = await createOrganization(db, "Fundacja Obca");
  await addOrganizationMember(db, orgId, u1.id, "editor");
  await addOrganizationMember(db, otherOrg, u2.id, "owner");
  await addOrganizationMember(db, orgId, a2.id, "owner");
  return {
    orgId,
    owner: principalOf(u1, [[orgId, "editor"]]),
    ownerEmail: u1.email,
    stranger: principalOf(u2, [[otherOrg, "owner"]]),
    admin: principalOf(a1, [], true),
    adminInOrg: principalOf(a2, [[orgId, "owner"]], true),
  };
}

/** The partial and the final report of a contract, as its organization sees them. */
export async function reportsOf(db: Db, viewer: Principal, contractId: string, now: Date) {
  const r = await contractReporting(db, viewer, contractId, now);
  return { partial: r!.reports.find((x) => x.kind === "partial")!, final: r!.reports.find((x) => x.kind === "final")! };
}

let counter = 0;

/**
 * A signed two-year contract 2025–2026 of `organizationId`: 2025 grant 40 000 zł (two lines),
 * 2026 grant 60 000 zł (two lines), tranches of both years paid unless told otherwise.
 */
export async function createTestContract(db: Db, organizationId: string, options: Partial<NewContract> & { paid?: boolean } = {}) {
  const input = testContractInput(organizationId, options);
  // as the signing command does: the contract owes its reports from then on
  const contract = await db.transaction(async (tx) => {
    const row = await insertContract(tx, input);
    await ensureReportsFor(tx, row.id);
    return row;
  });
  const paid = options.paid ?? true;
  // one tranche per year, the year's grant; a later year's tranche waits for the previous year's report
  await db.insert(contractTranches).values(
    input.years.map((y, i) => ({
      contractId: contract.id,
      year: y.year,
      position: 0,
      dueDate: `${y.year}-03-31`,
      amountGrosze: y.grantGrosze,
      waitsForReportYear: i > 0 ? y.year - 1 : null,
      paidOn: paid ? `${y.year}-03-20` : null,
      paidGrosze: paid ? y.grantGrosze : null,
    })),
  );
  const lines = await db.select().from(contractCostLines).where(eq(contractCostLines.contractId, contract.id));
  return { ...contract, lines };
}

/** The terms of the test contract (a unique number each call), for inserting it without its reports. */
export function testContractInput(organizationId: string, options: Partial<NewContract> = {}): NewContract {
  counter++;
  return {
    source: "offer",
    number: `TEST/${process.pid}/${counter}/${Math.random().toString(36).slice(2, 8)}`,
    status: "in_progress",
    createdBy: null,
    title: "Zadanie testowe",
    fundingForm: "support",
    areaSlug: null,
    startDate: "2025-03-01",
    endDate: "2026-10-31",
    years: [
      { year: 2025, grantGrosze: 4_000_000, ownFinancialGrosze: 400_000, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 },
      { year: 2026, grantGrosze: 6_000_000, ownFinancialGrosze: 600_000, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 },
    ],
    costLines: [
      {
        kind: "task",
        year: 2025,
        name: "Warsztaty 2025",
        units: "100",
        unit: "godz.",
        unitCostGrosze: 30_000,
        totalGrosze: 3_000_000,
        grantGrosze: 2_800_000,
      },
      {
        kind: "admin",
        year: 2025,
        name: "Koordynacja 2025",
        units: "10",
        unit: "mies.",
        unitCostGrosze: 140_000,
        totalGrosze: 1_400_000,
        grantGrosze: 1_200_000,
      },
      {
        kind: "task",
        year: 2026,
        name: "Warsztaty 2026",
        units: "150",
        unit: "godz.",
        unitCostGrosze: 30_000,
        totalGrosze: 4_500_000,
        grantGrosze: 4_200_000,
      },
      {
        kind: "admin",
        year: 2026,
        name: "Koordynacja 2026",
        units: "10",
        unit: "mies.",
        unitCostGrosze: 210_000,
        totalGrosze: 2_100_000,
        grantGrosze: 1_800_000,
      },
    ],
    schedule: [
      { name: "Warsztaty wiosenne", startDate: "2025-03-01", endDate: "2025-06-30", year: 2025 },
      { name: "Warsztaty jesienne", startDate: "2026-09-01", endDate: "2026-10-31", year: 2026 },
    ],
    bankAccount: "PL61109010140000071219812874",
    cityRepresentatives: [{ name: "Anna Urzędnik", role: "dyrektor" }],
    parties: [{ organizationId, isLead: true, representatives: [{ name: "Jan Prezes", role: "prezes" }] }],
    costShiftToleranceBp: 1000,
    firstTrancheDays: 30,
    tranchesWaitForPartialReport: true,
    ...options,
  };
}

/** A complete report (see ./sample.ts). */
export const completeReport = sampleReportContent;

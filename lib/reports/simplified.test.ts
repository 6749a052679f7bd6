import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractReports, contracts, contractSettlements, grantReturns } from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { addOrganizationMember, createOrganization, createUser } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { decideReport, saveReportDraft, submitReport } from "./commands";
import { reportDetail } from "./queries";
import { createTestContract, principalOf } from "./testing";
import { normalizeSimplifiedReport, reportFormOf, sampleSimplifiedReport, simplifiedReportIssues } from "./simplified";

let t: TestDatabase;
let owner: Principal;
let admin: Principal;
let orgId: string;
const now = new Date("2026-11-27T10:00:00Z");

/** A small grant's contract, as lib/small-grants/contract.ts draws it up: one year, 9 000 zł grant, 1 000 zł own money. */
const smallGrantTerms = {
  source: "small_grant" as const,
  startDate: "2026-06-01",
  endDate: "2026-06-30",
  years: [{ year: 2026, grantGrosze: 900_000, ownFinancialGrosze: 100_000, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
  costLines: [
    {
      kind: "task" as const,
      year: 2026,
      name: "Warsztaty",
      units: "1.00",
      unit: "kpl.",
      unitCostGrosze: 700_000,
      totalGrosze: 700_000,
      grantGrosze: 700_000,
    },
    {
      kind: "task" as const,
      year: 2026,
      name: "Sala",
      units: "1.00",
      unit: "kpl.",
      unitCostGrosze: 300_000,
      totalGrosze: 300_000,
      grantGrosze: 200_000,
    },
  ],
  schedule: [{ name: "Warsztaty", startDate: "2026-06-01", endDate: "2026-06-30", year: 2026 }],
  tranchesWaitForPartialReport: false,
};

beforeAll(async () => {
  t = await createTestDatabase();
  const [u1, a1] = await Promise.all([createUser(t.db), createUser(t.db, { isAdmin: true })]);
  orgId = await createOrganization(t.db, "Stowarzyszenie Małego Grantu");
  await addOrganizationMember(t.db, orgId, u1.id, "owner");
  owner = principalOf(u1, [[orgId, "owner"]]);
  admin = principalOf(a1, [], true);
});
afterAll(() => t?.close());

async function finalReportOf(contractId: string) {
  const [report] = await t.db.select().from(contractReports).where(eq(contractReports.contractId, contractId));
  return report;
}

describe("simplified report of a small grant (art. 19a uodpp, Dz.U. 2018 poz. 2055)", () => {
  it("Dz.U. 2018 poz. 2055: a small grant's contract reports on the simplified form, a competition's on the full one", () => {
    expect(reportFormOf({ source: "small_grant" })).toBe("simplified");
    expect(reportFormOf({ source: "offer" })).toBe("full");
  });

  it("Dz.U. 2018 poz. 2055: the report page prefills the simplified form, one grant row per budget year, no cost-line table", async () => {
    const contract = await createTestContract(t.db, orgId, smallGrantTerms);
    const report = await finalReportOf(contract.id);
    const detail = (await reportDetail(t.db, owner, report.id, now))!;
    expect(detail.form).toBe("simplified");
    expect(detail.simplified?.content.finance.grantByYear).toEqual([{ year: 2026, grant: "" }]);
    expect(detail.simplified?.sums.sources.find((s) => s.key === "grantGrosze")?.planned).toBe(900_000);
  });

  it("Dz.U. 2018 poz. 2055: each missing or wrong part is refused at its field; the draft keeps what was typed", async () => {
    const contract = await createTestContract(t.db, orgId, smallGrantTerms);
    const report = await finalReportOf(contract.id);
    const typed = sampleSimplifiedReport([{ year: 2026, grantGrosze: 900_000 }], {
      grantGrosze: 900_000,
      ownFinancialGrosze: 100_000,
      ownNonFinancialGrosze: 0,
      participantFeesGrosze: 0,
    });
    typed.execution.description = "";
    typed.finance.grantByYear = [{ year: 2026, grant: "9500" }];
    typed.finance.ownNonFinancial = "dużo";
    typed.declarations.truth = false;
    const refused = await submitReport(t.db, owner, { reportId: report.id, content: typed }, now);
    expect(refused.ok).toBe(false);
    expect(refused.issues).toEqual([
      { field: "execution.description", key: "required" },
      { field: "finance.grant.2026", key: "grantAboveContract" },
      { field: "finance.ownNonFinancial", key: "invalidMoney" },
      { field: "declarations.truth", key: "declarationRequired" },
    ]);
    const [stored] = await t.db.select().from(contractReports).where(eq(contractReports.id, report.id));
    expect(stored.status).toBe("draft");
    expect(normalizeSimplifiedReport(stored.content).finance.grantByYear).toEqual([{ year: 2026, grant: "9500" }]);
  });

  it("Dz.U. 2018 poz. 2055: a year the contract does not cover is dropped by autosave (the years come from the contract)", async () => {
    const contract = await createTestContract(t.db, orgId, smallGrantTerms);
    const report = await finalReportOf(contract.id);
    const saved = await saveReportDraft(
      t.db,
      owner,
      {
        reportId: report.id,
        version: report.version,
        content: {
          finance: {
            grantByYear: [
              { year: 2019, grant: "1" },
              { year: 2026, grant: "10" },
            ],
          },
        },
      },
      now,
    );
    expect(saved.ok).toBe(true);
    const [stored] = await t.db.select().from(contractReports).where(eq(contractReports.id, report.id));
    expect((stored.content as { finance: { grantByYear: unknown } }).finance.grantByYear).toEqual([{ year: 2026, grant: "10" }]);
  });

  it("Dz.U. 2018 poz. 2055 and art. 251 ufp: accepting the simplified final report settles the grant, unused money returned", async () => {
    const contract = await createTestContract(t.db, orgId, smallGrantTerms);
    const report = await finalReportOf(contract.id);
    const content = sampleSimplifiedReport(
      [{ year: 2026, grantGrosze: 900_000 }],
      { grantGrosze: 900_000, ownFinancialGrosze: 100_000, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 },
      { 2026: 850_000 },
    );
    expect(simplifiedReportIssues(content, [{ year: 2026, grantGrosze: 900_000 }])).toEqual([]);
    const submitted = await submitReport(t.db, owner, { reportId: report.id, content }, now);
    expect(submitted.ok).toBe(true);
    const decided = await decideReport(t.db, admin, { reportId: report.id, decision: "accept" }, now);
    expect(decided.ok).toBe(true);
    const [settlement] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, contract.id));
    expect(settlement).toMatchObject({ grantedGrosze: 900_000, paidGrosze: 900_000, grantUsedGrosze: 850_000, toReturnGrosze: 50_000 });
    const returns = await t.db.select().from(grantReturns).where(eq(grantReturns.contractId, contract.id));
    // the period of use ends 30 June 2026, before the year's end: 15 days after it (art. 251 ust. 2 ufp)
    expect(returns.map((r) => ({ kind: r.kind, amount: r.amountGrosze, due: r.dueDate }))).toEqual([
      { kind: "unused", amount: 50_000, due: "2026-07-15" },
    ]);
    const [row] = await t.db.select().from(contracts).where(eq(contracts.id, contract.id));
    expect(row.status).toBe("final_report_accepted");
  });

  it("Dz.U. 2018 poz. 2055: the simplified report spent in full settles the contract at once", async () => {
    const contract = await createTestContract(t.db, orgId, smallGrantTerms);
    const report = await finalReportOf(contract.id);
    const content = sampleSimplifiedReport([{ year: 2026, grantGrosze: 900_000 }], {
      grantGrosze: 900_000,
      ownFinancialGrosze: 100_000,
      ownNonFinancialGrosze: 0,
      participantFeesGrosze: 0,
    });
    expect((await submitReport(t.db, owner, { reportId: report.id, content }, now)).ok).toBe(true);
    expect((await decideReport(t.db, admin, { reportId: report.id, decision: "accept" }, now)).ok).toBe(true);
    const [row] = await t.db.select().from(contracts).where(eq(contracts.id, contract.id));
    expect(row.status).toBe("settled");
  });
});

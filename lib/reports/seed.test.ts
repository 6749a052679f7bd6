import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractReports, contracts, contractSettlements, reportRounds } from "@/lib/db/schema";
import { seedDemo, seedReferenceData } from "@/lib/db/seed/index";
import { demoId } from "@/lib/db/seed/demo";
import { OWOP_NAME, SOCLAB_NAME } from "@/lib/db/seed/organizations-data";
import { REPORTS_E2E, reportDemoId, seedReports } from "@/lib/db/seed/reports";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { contractReporting } from "./queries";
import { createTestContract, principalOf } from "./test-fixtures";

let t: TestDatabase;
const now = new Date("2026-11-27T10:00:00Z");
const admin = principalOf({ id: demoId("user", "admin@demo.test"), email: "admin@demo.test" }, [], true);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  // stand-ins for the contracts module's demo contracts (found by number)
  const soclab = demoId("organization", SOCLAB_NAME);
  const owop = demoId("organization", OWOP_NAME);
  await createTestContract(t.db, soclab, {
    number: "DSS-I.526.3.2025",
    startDate: "2025-03-01",
    endDate: "2027-11-30",
    years: [2025, 2026, 2027].map((year) => ({
      year,
      grantGrosze: 1_000_000,
      ownFinancialGrosze: 0,
      ownNonFinancialGrosze: 0,
      participantFeesGrosze: 0,
    })),
    costLines: [2025, 2026, 2027].map((year) => ({
      kind: "task" as const,
      year,
      name: `Zajęcia ${year}`,
      units: "10",
      unit: "szt.",
      unitCostGrosze: 100_000,
      totalGrosze: 1_000_000,
      grantGrosze: 1_000_000,
    })),
  });
  const one = {
    startDate: "2026-02-01",
    endDate: "2026-10-31",
    years: [{ year: 2026, grantGrosze: 1_000_000, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
    costLines: [
      {
        kind: "task" as const,
        year: 2026,
        name: "Zajęcia",
        units: "10",
        unit: "szt.",
        unitCostGrosze: 100_000,
        totalGrosze: 1_000_000,
        grantGrosze: 1_000_000,
      },
    ],
  };
  await createTestContract(t.db, owop, { number: "DSS-I.526.14.2026", ...one });
  await createTestContract(t.db, soclab, {
    number: "DSS-I.526.7.2025",
    ...one,
    startDate: "2025-02-01",
    endDate: "2025-11-30",
    years: [{ ...one.years[0], year: 2025 }],
    costLines: [{ ...one.costLines[0], year: 2025 }],
  });
  await seedReports(t.db);
  await seedReports(t.db); // idempotent
}, 120_000);
afterAll(() => t?.close());

const byNumber = async (number: string) => (await t.db.select().from(contracts).where(eq(contracts.number, number)))[0];

describe("reports demo seed", () => {
  it("seeds the journeys' contracts once, with deterministic report ids", async () => {
    expect(await t.db.select().from(contracts).where(eq(contracts.number, REPORTS_E2E.settle))).toHaveLength(1);
    const hold = await byNumber(REPORTS_E2E.hold);
    const r = await contractReporting(t.db, admin, hold.id, now);
    expect(r!.reports.map((x) => [x.id, x.status])).toEqual([
      [reportDemoId(REPORTS_E2E.hold, "partial", 2025), "submitted"],
      [reportDemoId(REPORTS_E2E.hold, "partial", 2026), "due"],
      [reportDemoId(REPORTS_E2E.hold, "final", 2027), "due"],
    ]);
    expect(r!.tranches.map((x) => x.state)).toEqual(["paid", "held", "held"]);
  });

  it("puts the contracts module's demo contracts in the agreed states", async () => {
    const multi = await contractReporting(t.db, admin, (await byNumber("DSS-I.526.3.2025")).id, now);
    expect(multi!.reports.map((x) => [x.kind, x.year, x.status])).toEqual([
      ["partial", 2025, "accepted"],
      ["partial", 2026, "due"],
      ["final", 2027, "due"],
    ]);
    const one = await contractReporting(t.db, admin, (await byNumber("DSS-I.526.14.2026")).id, now);
    expect(one!.reports.map((x) => x.status)).toEqual(["submitted"]);
    const rounds = await t.db.select().from(reportRounds).where(eq(reportRounds.reportId, one!.reports[0].id));
    expect(rounds).toHaveLength(1);

    const settled = await byNumber("DSS-I.526.7.2025");
    expect(settled.status).toBe("settled");
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, settled.id));
    expect(s.toReturnGrosze).toBe(50_000); // 5 % of the 10 000 zł line came back
    expect(s.returnedGrosze).toBe(50_000);
    const [final] = await t.db.select().from(contractReports).where(eq(contractReports.contractId, settled.id));
    expect(final.status).toBe("accepted");
  });
});

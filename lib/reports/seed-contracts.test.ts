import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts, contractSettlements } from "@/lib/db/schema";
import { seedContracts } from "@/lib/db/seed/contracts";
import { demoId } from "@/lib/db/seed/demo";
import { seedCompetitions } from "@/lib/db/seed/competitions";
import { seedDemo, seedReferenceData } from "@/lib/db/seed/index";
import { seedReports } from "@/lib/db/seed/reports";
import { seedScoring } from "@/lib/db/seed/scoring";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { contractReporting } from "./queries";
import { principalOf } from "./test-fixtures";

/** The reports demo on top of the contracts module's real demo seed (the agreed contract numbers). */
let t: TestDatabase;
const now = new Date("2026-11-27T10:00:00Z");
const admin = principalOf({ id: demoId("user", "admin@demo.test"), email: "admin@demo.test" }, [], true);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  await seedCompetitions(t.db);
  await seedScoring(t.db);
  await seedContracts(t.db);
  await seedReports(t.db);
}, 180_000);
afterAll(() => t?.close());

const reporting = async (number: string) => {
  const [c] = await t.db.select().from(contracts).where(eq(contracts.number, number));
  return contractReporting(t.db, admin, c.id, now);
};

describe("reports demo on the contracts demo", () => {
  it("DSS-I.526.3.2025: the 2025 partial report accepted, the 2026 one due", async () => {
    const r = await reporting("DSS-I.526.3.2025");
    expect(r!.reports.filter((x) => x.kind === "partial").map((x) => [x.year, x.status])).toEqual([
      [2025, "accepted"],
      [2026, "due"],
    ]);
  });
  it("DSS-I.526.14.2026: the final report submitted, awaiting acceptance", async () => {
    const r = await reporting("DSS-I.526.14.2026");
    expect(r!.reports.find((x) => x.kind === "final")!.status).toBe("submitted");
  });
  it("DSS-I.526.7.2025: settled with a return recorded", async () => {
    const r = await reporting("DSS-I.526.7.2025");
    expect(r!.contract.status).toBe("settled");
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, r!.contract.id));
    expect(s.toReturnGrosze).toBeGreaterThan(0);
    expect(s.returnedGrosze).toBe(s.toReturnGrosze);
  });
});

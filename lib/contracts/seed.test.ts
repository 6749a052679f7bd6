import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts, contractTranches } from "@/lib/db/schema";
import { seedCompetitions } from "@/lib/db/seed/competitions";
import { seedContracts } from "@/lib/db/seed/contracts";
import { seedDemo, seedReferenceData } from "@/lib/db/seed/index";
import { seedScoring } from "@/lib/db/seed/scoring";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { contractableOffers } from "./queries";
import { listRegister } from "./register";
import { trancheProblems } from "./rules";
import { principalOf } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  await seedCompetitions(t.db);
  await seedScoring(t.db);
  await seedContracts(t.db);
  await seedContracts(t.db); // idempotent
}, 120_000);
afterAll(() => t?.close());

describe("contracts demo seed", () => {
  it("seeds the coordinated contracts once, with schedules within the grant", async () => {
    const rows = await t.db
      .select()
      .from(contracts)
      .where(inArray(contracts.number, ["DSS-I.526.3.2025", "DSS-I.526.14.2026", "DSS-I.526.7.2025", "DSS-I.526.91.2026"]));
    expect(rows.map((r) => r.status).sort()).toEqual(["in_progress", "in_progress", "in_progress", "in_progress"]);
    for (const c of rows) {
      const tranches = await t.db.select().from(contractTranches).where(eq(contractTranches.contractId, c.id));
      const years = await t.db.query.contractYears.findMany({ where: (y, { eq: e }) => e(y.contractId, c.id) });
      expect(trancheProblems(tranches, years)).toEqual([]);
    }
    const register = await listRegister(t.db, { year: 2027 });
    expect(register.items.map((r) => r.number)).toContain("DSS-I.526.3.2025");
  });

  it("leaves granted offers without a contract for the administrator", async () => {
    const admin = principalOf({ id: "00000000-0000-4000-8000-000000000001", email: "a@x" }, [], true);
    const offers = await contractableOffers(t.db, admin);
    expect(offers.some((o) => o.competitionNumber === "DSS-I.526.40.2026")).toBe(true);
    expect(offers.some((o) => o.competitionNumber === "DE-III.526.2.2026")).toBe(true);
  });
});

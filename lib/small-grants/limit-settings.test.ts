import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { smallGrantLimitSets, smallGrantPools } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser } from "@/tests/factories";
import { addLimitSet, setPlannedPool } from "./limit-settings";
import { limitSetInForce } from "./store";
import { principalOf } from "./testing";

let t: TestDatabase;
let admin: ReturnType<typeof principalOf>;
let resident: ReturnType<typeof principalOf>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = principalOf(await createUser(t.db, { isAdmin: true }), [], true);
  resident = principalOf(await createUser(t.db));
});
afterAll(() => t?.close());

describe("limit settings", () => {
  it("the migration seeds both sets of DESIGN.md §3 and the pools of 2025 and 2026", async () => {
    expect(await limitSetInForce(t.db, "2026-08-31")).toMatchObject({
      maxGrantGrosze: 1_000_000,
      maxTaskDays: 90,
      maxYearlyPerOrganizationGrosze: 2_000_000,
      maxPoolShareBp: 2000,
    });
    expect(await limitSetInForce(t.db, "2026-09-01")).toMatchObject({
      maxGrantGrosze: 2_000_000,
      maxTaskDays: null,
      maxYearlyPerOrganizationGrosze: 4_000_000,
      maxPoolShareBp: 3000,
    });
    expect((await t.db.select().from(smallGrantPools)).map((p) => p.year).sort()).toEqual([2025, 2026]);
  });

  it("an administrator adds a dated set (validated, audited); it applies from its date", async () => {
    const bad = await addLimitSet(t.db, admin, {
      effectiveFrom: "2028-01-01",
      maxGrant: "abc",
      maxTaskDays: "0",
      maxYearlyPerOrganization: "50000",
      maxPoolSharePercent: "101",
    });
    expect(bad).toEqual({
      ok: false,
      fieldErrors: { maxGrant: ["invalidMoney"], maxTaskDays: ["invalidDays"], maxPoolSharePercent: ["invalidPercent"] },
    });
    const added = await addLimitSet(t.db, admin, {
      effectiveFrom: "2028-01-01",
      maxGrant: "25 000",
      maxTaskDays: "",
      maxYearlyPerOrganization: "50 000,00",
      maxPoolSharePercent: "32,5",
      legalBasis: "nowelizacja",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(await limitSetInForce(t.db, "2028-01-01")).toMatchObject({
      maxGrantGrosze: 2_500_000,
      maxTaskDays: null,
      maxYearlyPerOrganizationGrosze: 5_000_000,
      maxPoolShareBp: 3250,
    });
    expect((await limitSetInForce(t.db, "2027-12-31"))?.maxGrantGrosze).toBe(2_000_000);
    expect((await auditOf(t.db, added.value.id))[0].action).toBe("smallGrant.addLimitSet");
    expect(
      await addLimitSet(t.db, admin, {
        effectiveFrom: "2028-01-01",
        maxGrant: "1",
        maxTaskDays: "",
        maxYearlyPerOrganization: "1",
        maxPoolSharePercent: "1",
      }),
    ).toEqual({ ok: false, fieldErrors: { effectiveFrom: ["limitSetExists"] } });
  });

  it("an administrator sets a year's pool; a resident can change neither", async () => {
    expect((await setPlannedPool(t.db, admin, { year: "2027", plannedPool: "32 000 000", source: "Program 2027" })).ok).toBe(true);
    expect((await setPlannedPool(t.db, admin, { year: "2027", plannedPool: "33 000 000" })).ok).toBe(true);
    const [pool] = await t.db.select().from(smallGrantPools).where(eq(smallGrantPools.year, 2027));
    expect(pool.plannedPoolGrosze).toBe(3_300_000_000);
    expect(await auditOf(t.db, "2027")).toHaveLength(2);
    await expect(setPlannedPool(t.db, resident, { year: "2027", plannedPool: "1" })).rejects.toThrow(ForbiddenError);
    await expect(
      addLimitSet(t.db, resident, {
        effectiveFrom: "2029-01-01",
        maxGrant: "1",
        maxTaskDays: "",
        maxYearlyPerOrganization: "1",
        maxPoolSharePercent: "1",
      }),
    ).rejects.toThrow(ForbiddenError);
    expect((await t.db.select().from(smallGrantPools).where(eq(smallGrantPools.year, 2027)))[0].plannedPoolGrosze).toBe(3_300_000_000);
    expect(await t.db.select().from(smallGrantLimitSets).where(eq(smallGrantLimitSets.effectiveFrom, "2029-01-01"))).toHaveLength(0);
  });
});

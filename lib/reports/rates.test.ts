import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { taxArrearsRates } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser } from "@/tests/factories";
import { addTaxArrearsRate, taxArrearsRateList } from "./rates";
import { principalOf } from "./testing";

let t: TestDatabase;
let admin: Principal;
let resident: Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = principalOf(await createUser(t.db, { isAdmin: true }), [], true);
  resident = principalOf(await createUser(t.db));
});
afterAll(() => t?.close());

describe("the tax-arrears rate, a dated setting", () => {
  it("art. 56 § 1 OP: starts with 11 % from 4 Dec 2025 (lombard 4.50 %) and the earlier periods", async () => {
    const rates = await taxArrearsRateList(t.db, admin);
    expect(rates.at(-1)).toMatchObject({ effectiveFrom: "2025-12-04", lombardBp: 450, rateBp: 1100 });
    expect(rates.every((r) => r.rateBp === Math.max(800, 2 * r.lombardBp + 200))).toBe(true);
  });

  it("art. 56 § 1 OP: a new period is computed from the lombard rate (200 % + 2 points, at least 8 %), audited", async () => {
    expect(await addTaxArrearsRate(t.db, admin, { effectiveFrom: "2027-03-05", lombard: "4,25", source: "Komunikat MF" })).toEqual({
      ok: true,
      value: { rateBp: 1050 },
    });
    expect(await addTaxArrearsRate(t.db, admin, { effectiveFrom: "2027-06-05", lombard: "1.5", source: "Komunikat MF" })).toEqual({
      ok: true,
      value: { rateBp: 800 },
    });
    const [row] = await t.db.select().from(taxArrearsRates).where(eq(taxArrearsRates.effectiveFrom, "2027-03-05"));
    expect(row).toMatchObject({ lombardBp: 425, rateBp: 1050, source: "Komunikat MF", createdBy: admin.userId });
    expect(await auditOf(t.db, "2027-03-05")).toEqual([expect.objectContaining({ action: "settlement.addRate" })]);
  });

  it("refuses a second period on the same date, bad input with field messages, and anyone but an administrator", async () => {
    expect(await addTaxArrearsRate(t.db, admin, { effectiveFrom: "2025-12-04", lombard: "4,00", source: "Komunikat" })).toEqual({
      ok: false,
      fieldErrors: { effectiveFrom: ["rateExists"] },
    });
    const bad = await addTaxArrearsRate(t.db, admin, { effectiveFrom: "2027-02-30", lombard: "4,5%", source: "" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { effectiveFrom: ["invalidDate"], lombard: ["invalidPercent"], source: ["sourceRequired"] },
    });
    const before = await t.db.select().from(taxArrearsRates);
    await expect(addTaxArrearsRate(t.db, resident, { effectiveFrom: "2028-01-01", lombard: "4", source: "x y z" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(addTaxArrearsRate(t.db, null, { effectiveFrom: "2028-01-01", lombard: "4", source: "x y z" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(taxArrearsRateList(t.db, resident)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(taxArrearsRates)).toEqual(before);
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { terminateContract } from "@/lib/contracts/commands";
import { contracts, grantReturns } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, createOrganization, createUser } from "@/tests/factories";
import { recordReturnPayment, settleTermination } from "./commands";
import { contractReporting } from "./queries";
import { createTestContract, principalOf } from "./testing";

let t: TestDatabase;
let owner: Principal;
let admin: Principal;
let orgId: string;
const now = new Date("2026-07-20T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  const [u1, a1] = await Promise.all([createUser(t.db), createUser(t.db, { isAdmin: true })]);
  orgId = await createOrganization(t.db, "Fundacja Rozwiązana");
  await addOrganizationMember(t.db, orgId, u1.id, "owner");
  owner = principalOf(u1, [[orgId, "owner"]]);
  admin = principalOf(a1, [], true);
});
afterAll(() => t?.close());

describe("settlement on termination", () => {
  it("art. 251 ust. 2 ufp: the grant unused at termination is due 15 days after it, with interest from the day after", async () => {
    const c = await createTestContract(t.db, orgId);
    // before termination there is nothing to settle this way
    expect(await settleTermination(t.db, admin, { contractId: c.id, amount: "100" }, now)).toEqual({
      ok: false,
      formError: "notTerminated",
    });
    expect(
      await terminateContract(t.db, admin, { contractId: c.id, reason: "Organizacja zaprzestała realizacji zadania." }, "2026-06-10"),
    ).toEqual({
      ok: true,
      value: null,
    });
    await expect(settleTermination(t.db, owner, { contractId: c.id, amount: "100" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    // paid 40 000 + 60 000 zł: no more can be unused
    expect(await settleTermination(t.db, admin, { contractId: c.id, amount: "100000,01" }, now)).toEqual({
      ok: false,
      fieldErrors: { amount: ["returnAbovePaid"] },
    });
    expect(await settleTermination(t.db, admin, { contractId: c.id, amount: "12000" }, now)).toEqual({
      ok: true,
      value: { dueDate: "2026-06-25" },
    });
    expect(await settleTermination(t.db, admin, { contractId: c.id, amount: "1" }, now)).toEqual({
      ok: false,
      formError: "terminationSettled",
    });
    const [owed] = await t.db.select().from(grantReturns).where(eq(grantReturns.contractId, c.id));
    expect(owed).toMatchObject({ year: 2026, kind: "unused", basis: "art251ust2", amountGrosze: 1_200_000, interestFrom: "2026-06-26" });

    // art. 251 ust. 5 ufp: paid 10 days late: 12 000 zł × 11 % × 10 / 365 = 36,16 zł → 36 zł
    expect(await recordReturnPayment(t.db, admin, { returnId: owed.id, paidOn: "2026-07-05", amount: "12036,01" }, now)).toEqual({
      ok: false,
      fieldErrors: { amount: ["returnAboveDue"] },
    });
    expect(await recordReturnPayment(t.db, admin, { returnId: owed.id, paidOn: "2026-07-05", amount: "12036" }, now)).toEqual({
      ok: true,
      value: { settled: false, stillOwedGrosze: 0 },
    });
    const [row] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(row.status).toBe("terminated");
    const view = await contractReporting(t.db, owner, c.id, now);
    expect(view!.returns[0].account).toMatchObject({ principalPaidGrosze: 1_200_000, interestPaidGrosze: 3_600, stillOwedGrosze: 0 });
    expect(view!.canRecordReturn).toBe(false);
    expect((await contractReporting(t.db, admin, c.id, now))!.canSettleTermination).toBe(false);
  });
});

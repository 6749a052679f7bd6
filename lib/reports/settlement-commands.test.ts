/** The settlement of a contract: the final report's acceptance, unused money and spending beyond the tolerance, returns and their payments. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractReports, contracts, contractSettlements, contractTranches, grantReturnPayments, grantReturns } from "@/lib/db/schema";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { auditOf } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { saveReportDraft, submitReport, decideReport, recordReturnPayment } from "./commands";
import { contractReporting } from "./queries";
import { markTranchePaid } from "@/lib/contracts/tranches";
import { completeReport, createTestContract, reportingCast, reportsOf as reportsOfContract } from "./testing";

let t: TestDatabase;
let owner: Principal;
let admin: Principal;
let orgId: string;
const now = new Date("2026-11-27T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  ({ orgId, owner, admin } = await reportingCast(t.db));
});
afterAll(() => t?.close());

const reportsOf = (contractId: string) => reportsOfContract(t.db, owner, contractId, now);

describe("final report, settlement and returns", () => {
  it("accepting the final report settles: unused money and spending beyond the tolerance (§ 5 of the framework contract, on the item's total) are returned", async () => {
    const c = await createTestContract(t.db, orgId);
    const { final } = await reportsOf(c.id);
    const [w25, , w26, k26] = [...c.lines].sort((a, b) => a.year - b.year || a.position - b.position);
    // 2026 workshops: an item of 45 000, 42 000 of it grant; 47 000 of grant spent. The tolerance is
    // 10 % of the item's total (4 500), so 46 500 is allowed → 500 zł beyond;
    // 2026 coordination: 18 000 planned, 12 000 spent; everything else as planned.
    const content = completeReport(c.lines, {
      [w26.id]: { total: 4_900_000, grant: 4_700_000 },
      [k26.id]: { total: 1_500_000, grant: 1_200_000 },
    });
    expect(await submitReport(t.db, owner, { reportId: final.id, content }, now)).toMatchObject({ ok: true });
    const decided = await decideReport(t.db, admin, { reportId: final.id, decision: "accept" }, now);
    expect(decided.ok).toBe(true);
    // spent 28 000 + 12 000 + 47 000 + 12 000 = 99 000 of 100 000 paid → unused 1 000; beyond 500
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s).toMatchObject({
      paidGrosze: 10_000_000,
      grantSpentGrosze: 9_900_000,
      unusedGrosze: 100_000,
      overToleranceGrosze: 50_000,
      toReturnGrosze: 150_000,
      grantUsedGrosze: 9_850_000,
      returnDueDate: "2026-11-16",
      settledOn: null,
    });
    expect(s.lines.find((l) => l.lineId === w25.id)).toMatchObject({ overToleranceGrosze: 0 });
    expect(s.lines.find((l) => l.lineId === w26.id)).toMatchObject({ plannedTotalGrosze: 4_500_000, allowedGrantGrosze: 4_650_000 });
    const [row] = await t.db.select().from(contracts).where(eq(contracts.id, c.id));
    expect(row.status).toBe("final_report_accepted");

    // art. 251 ust. 2 and art. 252 ufp: the returns, split by kind, with their own dates; both statutory
    // days fall on a weekend (Sunday 15 November, Saturday 12 December 2026) and move to the Monday
    // after (art. 12 § 5 Ordynacji podatkowej), interest on the unused grant from the day after that
    const owed = await t.db.select().from(grantReturns).where(eq(grantReturns.contractId, c.id)).orderBy(grantReturns.kind);
    expect(owed.map((r) => [r.kind, r.year, r.basis, r.amountGrosze, r.dueDate, r.interestFrom, r.foundOn])).toEqual([
      ["misused", 2026, "art252", 50_000, "2026-12-14", "2026-03-20", "2026-11-27"],
      ["unused", 2026, "art251ust2", 100_000, "2026-11-16", "2026-11-17", null],
    ]);
    const [misused, unused] = owed;

    // art. 251 ust. 5 ufp: the unused grant paid 9 days late (17–25 Nov): 1 000 zł × 11 % × 9 / 365 = 2,71 zł → 3 zł
    expect(await recordReturnPayment(t.db, admin, { returnId: unused.id, paidOn: "2026-11-25", amount: "1003,01" }, now)).toEqual({
      ok: false,
      fieldErrors: { amount: ["returnAboveDue"] },
    });
    expect(await recordReturnPayment(t.db, admin, { returnId: unused.id, paidOn: "2026-11-28", amount: "100" }, now)).toEqual({
      ok: false,
      fieldErrors: { paidOn: ["dateInFuture"] },
    });
    await expect(recordReturnPayment(t.db, owner, { returnId: unused.id, paidOn: "2026-11-25", amount: "1" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await recordReturnPayment(t.db, admin, { returnId: unused.id, paidOn: "2026-11-25", amount: "1003" }, now)).toEqual({
      ok: true,
      value: { settled: false, stillOwedGrosze: 0 },
    });
    // art. 252 ust. 5 pkt 1 ufp: interest from the transfer (20 Mar): 500 zł × 11 % × 253 / 365 = 38,12 zł → 38 zł
    const reporting = await contractReporting(t.db, admin, c.id, now);
    expect(
      reporting!.returns.map((r) => [r.kind, r.account.principalPaidGrosze, r.account.interestPaidGrosze, r.account.stillOwedGrosze]),
    ).toEqual([
      ["misused", 0, 0, 53_800],
      ["unused", 100_000, 300, 0],
    ]);
    expect(reporting!.returnTotals.stillOwedGrosze).toBe(53_800);
    // the page shows the moved date next to the day the act names
    expect(reporting!.returns.map((r) => [r.kind, r.dueDate, r.statutoryDueDate])).toEqual([
      ["misused", "2026-12-14", "2026-12-12"],
      ["unused", "2026-11-16", "2026-11-15"],
    ]);
    expect(await recordReturnPayment(t.db, admin, { returnId: misused.id, paidOn: "2026-11-27", amount: "538" }, now)).toEqual({
      ok: true,
      value: { settled: true, stillOwedGrosze: 0 },
    });
    const [after] = await t.db.select().from(contracts).where(eq(contracts.id, c.id));
    expect(after.status).toBe("settled");
    const [s2] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s2).toMatchObject({ returnedGrosze: 150_000, settledOn: "2026-11-27" });
    const payments = await t.db.select().from(grantReturnPayments).orderBy(grantReturnPayments.paidOn);
    expect(payments.filter((p) => p.returnId === unused.id || p.returnId === misused.id).map((p) => [p.paidOn, p.amountGrosze])).toEqual([
      ["2026-11-25", 100_300],
      ["2026-11-27", 53_800],
    ]);
    expect(await auditOf(t.db, c.id)).toContainEqual(expect.objectContaining({ action: "contract.recordReturn" }));
    expect(await recordReturnPayment(t.db, admin, { returnId: misused.id, paidOn: "2026-11-26", amount: "1" }, now)).toEqual({
      ok: false,
      formError: "alreadySettled",
    });
  });

  it("a contract with nothing to return is settled at once", async () => {
    const c = await createTestContract(t.db, orgId);
    const { final } = await reportsOf(c.id);
    await submitReport(t.db, owner, { reportId: final.id, content: completeReport(c.lines) }, now);
    await decideReport(t.db, admin, { reportId: final.id, decision: "accept" }, now);
    const [row] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(row.status).toBe("settled");
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s).toMatchObject({ toReturnGrosze: 0, returnDueDate: null, settledOn: "2026-11-27" });
    // reports can no longer be written on a settled contract
    const { partial } = await reportsOf(c.id);
    expect(await saveReportDraft(t.db, owner, { reportId: partial.id, content: {} }, now)).toEqual({
      ok: false,
      formError: "reportNotEditable",
    });
  });

  it("art. 18 ust. 4 and art. 16: a contract is not settled while the city still owes a tranche; paying what is owed settles it", async () => {
    const c = await createTestContract(t.db, orgId);
    const [, , , k26] = [...c.lines].sort((a, b) => a.year - b.year || a.position - b.position);
    // the 2026 tranche (60 000 zł) was never paid; the final report shows 10 000 zł less spent in 2026
    await t.db
      .update(contractTranches)
      .set({ paidOn: null, paidGrosze: null, waitsForReportYear: null })
      .where(and(eq(contractTranches.contractId, c.id), eq(contractTranches.year, 2026)));
    const [tranche2026] = await t.db
      .select()
      .from(contractTranches)
      .where(and(eq(contractTranches.contractId, c.id), eq(contractTranches.year, 2026)));
    const { final } = await reportsOf(c.id);
    const content = completeReport(c.lines, { [k26.id]: { total: 1_100_000, grant: 800_000 } });
    expect(await submitReport(t.db, owner, { reportId: final.id, content }, now)).toMatchObject({ ok: true });
    expect((await decideReport(t.db, admin, { reportId: final.id, decision: "accept" }, now)).ok).toBe(true);
    const [accepted] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(accepted.status).toBe("final_report_accepted");
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s).toMatchObject({
      paidGrosze: 4_000_000,
      toReturnGrosze: 0,
      stillToPayGrosze: 5_000_000,
      returnDueDate: null,
      settledOn: null,
    });

    // the city pays only what the settlement says it owes, never the whole remaining tranche
    const pay = (paidAmount: string, paidOn = "2026-11-26") =>
      markTranchePaid(t.db, admin, { trancheId: tranche2026.id, paidOn, paidAmount }, "2026-11-27");
    expect(await pay("60000")).toEqual({ ok: false, fieldErrors: { paidAmount: ["paidAboveOwed"] } });
    await expect(
      markTranchePaid(t.db, owner, { trancheId: tranche2026.id, paidOn: "2026-11-26", paidAmount: "50000" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id))).toEqual([s]);
    expect(await pay("50000")).toEqual({ ok: true, value: null });
    const [settled] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(settled.status).toBe("settled");
    const [s2] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s2).toMatchObject({
      paidGrosze: 9_000_000,
      grantUsedGrosze: 9_000_000,
      stillToPayGrosze: 0,
      toReturnGrosze: 0,
      settledOn: "2026-11-26",
    });
  });

  it("a contract whose settlement asks for a return takes no further payment", async () => {
    const c = await createTestContract(t.db, orgId);
    const { final } = await reportsOf(c.id);
    const [, , , k26] = [...c.lines].sort((a, b) => a.year - b.year || a.position - b.position);
    // 2026: 50 000 zł paid, 10 000 zł unpaid; 15 000 zł less spent → 85 000 eligible of 90 000 paid: 5 000 to return
    await t.db
      .update(contractTranches)
      .set({ amountGrosze: 5_000_000, paidGrosze: 5_000_000 })
      .where(and(eq(contractTranches.contractId, c.id), eq(contractTranches.year, 2026)));
    await t.db
      .insert(contractTranches)
      .values({ contractId: c.id, year: 2026, position: 1, dueDate: "2026-06-30", amountGrosze: 1_000_000, waitsForReportYear: null });
    const content = completeReport(c.lines, { [k26.id]: { total: 600_000, grant: 300_000 } });
    await submitReport(t.db, owner, { reportId: final.id, content }, now);
    await decideReport(t.db, admin, { reportId: final.id, decision: "accept" }, now);
    const [s] = await t.db.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id));
    expect(s).toMatchObject({ toReturnGrosze: 500_000, stillToPayGrosze: 0, settledOn: null });
    const [unpaid] = await t.db
      .select()
      .from(contractTranches)
      .where(and(eq(contractTranches.contractId, c.id), eq(contractTranches.position, 1)));
    expect(await markTranchePaid(t.db, admin, { trancheId: unpaid.id, paidOn: "2026-11-26", paidAmount: "1" }, "2026-11-27")).toEqual({
      ok: false,
      formError: "nothingOwed",
    });
  });

  it("the grant spent cannot exceed the contract's grant", async () => {
    const c = await createTestContract(t.db, orgId);
    const { final } = await reportsOf(c.id);
    const [, , w26] = [...c.lines].sort((a, b) => a.year - b.year || a.position - b.position);
    const result = await submitReport(
      t.db,
      owner,
      { reportId: final.id, content: completeReport(c.lines, { [w26.id]: { total: 4_600_000, grant: 4_600_000 } }) },
      now,
    );
    expect(result.issues).toContainEqual({ field: "costs", key: "grantAboveContract" });
    const [row] = await t.db
      .select()
      .from(contractReports)
      .where(and(eq(contractReports.id, final.id)));
    expect(row.status).toBe("draft");
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contractReports,
  contracts,
  contractSettlements,
  contractTranches,
  grantReturnPayments,
  grantReturns,
  reportRounds,
} from "@/lib/db/schema";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { saveReportDraft, submitReport, decideReport, recordReturnPayment, requestPartialReport, ensureAllRunning } from "./commands";
import { contractReporting, reportDetail } from "./queries";
import { insertContract } from "@/lib/contracts/insert";
import { markTranchePaid } from "@/lib/contracts/tranches";
import { completeReport, createTestContract, principalOf, testContractInput } from "./testing";

let t: TestDatabase;
let owner: Principal;
let ownerEmail: string;
let stranger: Principal;
let admin: Principal;
let adminInOrg: Principal;
let orgId: string;
const now = new Date("2026-11-27T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  const [u1, u2, a1, a2] = await Promise.all([
    createUser(t.db),
    createUser(t.db),
    createUser(t.db, { isAdmin: true }),
    createUser(t.db, { isAdmin: true }),
  ]);
  orgId = await createOrganization(t.db, "Fundacja Sprawozdawcza");
  const otherOrg = await createOrganization(t.db, "Fundacja Obca");
  await addOrganizationMember(t.db, orgId, u1.id, "editor");
  await addOrganizationMember(t.db, otherOrg, u2.id, "owner");
  await addOrganizationMember(t.db, orgId, a2.id, "owner");
  owner = principalOf(u1, [[orgId, "editor"]]);
  ownerEmail = u1.email;
  stranger = principalOf(u2, [[otherOrg, "owner"]]);
  admin = principalOf(a1, [], true);
  adminInOrg = principalOf(a2, [[orgId, "owner"]], true);
});
afterAll(() => t?.close());

async function reportsOf(contractId: string) {
  const r = await contractReporting(t.db, owner, contractId, now);
  return { partial: r!.reports.find((x) => x.kind === "partial")!, final: r!.reports.find((x) => x.kind === "final")! };
}

const snapshot = (reportId: string) =>
  Promise.all([
    t.db.select().from(contractReports).where(eq(contractReports.id, reportId)),
    t.db.select().from(reportRounds).where(eq(reportRounds.reportId, reportId)),
  ]);

describe("reports of a contract", () => {
  it("are owed from signing: a partial report per year before the last and the final one; planning again adds nothing", async () => {
    const c = await createTestContract(t.db, orgId);
    const r = await contractReporting(t.db, owner, c.id, now);
    expect(r!.reports.map((x) => [x.kind, x.year, x.dueDate, x.status])).toEqual([
      ["partial", 2025, "2026-01-31", "due"],
      ["final", 2026, "2026-11-30", "due"],
    ]);
    expect(r!.reports[0].overdue).toBe(true);
    await ensureAllRunning(t.db); // the reports.plan job
    expect(await t.db.select().from(contractReports).where(eq(contractReports.contractId, c.id))).toHaveLength(2);
  });

  it("reading a contract's reports writes nothing (the reports.plan job creates missing ones)", async () => {
    const c = await t.db.transaction((tx) =>
      insertContract(tx, { ...testContractInput(orgId), number: `READ/${Math.random().toString(36).slice(2, 8)}` }),
    );
    expect((await contractReporting(t.db, owner, c.id, now))!.reports).toEqual([]);
    expect(await t.db.select().from(contractReports).where(eq(contractReports.contractId, c.id))).toHaveLength(0);
    expect(await ensureAllRunning(t.db)).toBeGreaterThanOrEqual(1);
    expect((await contractReporting(t.db, owner, c.id, now))!.reports.map((x) => x.kind)).toEqual(["partial", "final"]);
  });

  it("a first draft is prefilled from the schedule and the cost lines of the period", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    const d = await reportDetail(t.db, owner, partial.id, now);
    expect(d!.content.activities.items.map((a) => a.name)).toEqual(["Warsztaty wiosenne"]);
    expect(d!.content.costs.lines.map((l) => l.lineId).sort()).toEqual(
      c.lines
        .filter((l) => l.year === 2025)
        .map((l) => l.id)
        .sort(),
    );
  });
});

describe("autosave, submission and rounds", () => {
  it("saves with an optimistic version and refuses a stale one", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    const content = completeReport(c.lines.filter((l) => l.year === 2025));
    const first = await saveReportDraft(t.db, owner, { reportId: partial.id, version: 1, content }, now);
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    const stale = await saveReportDraft(
      t.db,
      owner,
      { reportId: partial.id, version: 1, content: { ...content, additional: { info: "stara karta" } } },
      now,
    );
    expect(stale).toEqual({ ok: false, formError: "staleVersion" });
    const [row] = await t.db.select().from(contractReports).where(eq(contractReports.id, partial.id));
    expect(row).toMatchObject({ version: 2, status: "draft" });
    expect((row.content as { additional: { info: string } }).additional.info).toBe("");
  });

  it("a refused submission keeps what was typed; lines of another period are dropped", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    const content = completeReport(c.lines.filter((l) => l.year === 2025));
    content.results.narrative = "";
    content.costs.lines.push({ lineId: c.lines.find((l) => l.year === 2026)!.id, actualTotal: "1,00", actualGrant: "1,00" });
    const result = await submitReport(t.db, owner, { reportId: partial.id, version: 1, content }, now);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual({ field: "results.narrative", key: "required" });
    const [row] = await t.db.select().from(contractReports).where(eq(contractReports.id, partial.id));
    expect(row.status).toBe("draft");
    expect((row.content as { costs: { lines: unknown[] } }).costs.lines).toHaveLength(2);
    expect((row.content as { people: { staff: string } }).people.staff).toBe("2 trenerów, koordynatorka");
  });

  it("submitted → returned with remarks → corrected → accepted, every round kept", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    const content = completeReport(c.lines.filter((l) => l.year === 2025));
    expect(await submitReport(t.db, owner, { reportId: partial.id, version: 1, content }, now)).toMatchObject({
      ok: true,
      value: { round: 1 },
    });
    expect(await saveReportDraft(t.db, owner, { reportId: partial.id, content }, now)).toEqual({
      ok: false,
      formError: "reportNotEditable",
    });
    expect(await decideReport(t.db, admin, { reportId: partial.id, decision: "return", remarks: "" }, now)).toMatchObject({
      ok: false,
      fieldErrors: { remarks: ["remarksRequired"] },
    });
    expect(
      await decideReport(t.db, admin, { reportId: partial.id, decision: "return", remarks: "Uzupełnij listy obecności." }, now),
    ).toMatchObject({ ok: true });
    const mails = await mailsTo(t.db, ownerEmail);
    expect(mails.at(-1)!.text).toContain("Uzupełnij listy obecności.");

    const detail = await reportDetail(t.db, owner, partial.id, now);
    expect(detail!.report.status).toBe("returned");
    expect(detail!.lastRemarks).toBe("Uzupełnij listy obecności.");
    content.attachments = [{ title: "Listy obecności", url: "https://example.org/listy.pdf" }];
    const version = detail!.report.version;
    expect(await submitReport(t.db, owner, { reportId: partial.id, version, content }, now)).toMatchObject({
      ok: true,
      value: { round: 2 },
    });
    expect(await decideReport(t.db, admin, { reportId: partial.id, decision: "accept" }, now)).toMatchObject({
      ok: true,
      value: { settlement: null },
    });

    const rounds = await t.db.select().from(reportRounds).where(eq(reportRounds.reportId, partial.id)).orderBy(reportRounds.round);
    expect(rounds.map((r) => [r.round, r.decision, r.remarks])).toEqual([
      [1, "returned", "Uzupełnij listy obecności."],
      [2, "accepted", null],
    ]);
    expect((rounds[0].content as { attachments: unknown[] }).attachments).toEqual([]);
    expect((rounds[1].content as { attachments: unknown[] }).attachments).toHaveLength(1);
    const r = await contractReporting(t.db, owner, c.id, now);
    expect(r!.acceptedPartialYears.has(2025)).toBe(true);
    expect((await auditOf(t.db, partial.id)).map((a) => a.action)).toEqual([
      "report.accept",
      "report.submit",
      "report.return",
      "report.submit",
    ]);
  });
});

describe("refusals (nothing changes)", () => {
  it("another organization can neither read nor write nor submit a report", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    const before = await snapshot(partial.id);
    const content = completeReport(c.lines.filter((l) => l.year === 2025));
    await expect(contractReporting(t.db, stranger, c.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportDetail(t.db, stranger, partial.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveReportDraft(t.db, stranger, { reportId: partial.id, content }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitReport(t.db, stranger, { reportId: partial.id, content }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveReportDraft(t.db, null, { reportId: partial.id, content }, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(partial.id)).toEqual(before);
  });

  it("an organization cannot accept its own report, nor can an administrator who belongs to it", async () => {
    const c = await createTestContract(t.db, orgId);
    const { partial } = await reportsOf(c.id);
    await submitReport(t.db, owner, { reportId: partial.id, content: completeReport(c.lines.filter((l) => l.year === 2025)) }, now);
    const before = await snapshot(partial.id);
    await expect(decideReport(t.db, owner, { reportId: partial.id, decision: "accept" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideReport(t.db, stranger, { reportId: partial.id, decision: "accept" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await decideReport(t.db, adminInOrg, { reportId: partial.id, decision: "accept" }, now)).toEqual({
      ok: false,
      formError: "ownReport",
    });
    await expect(recordReturnPayment(t.db, owner, { returnId: c.id, paidOn: "2026-11-20", amount: "1" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await snapshot(partial.id)).toEqual(before);
    const r = await contractReporting(t.db, adminInOrg, c.id, now);
    expect(r!.canDecide).toBe(false);
  });
});

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

describe("a partial report when the contract asks", () => {
  it("the administrator asks for one on a one-year contract, due at least 30 days after delivery (framework contract); the organization is mailed; refusals change nothing", async () => {
    const c = await createTestContract(t.db, orgId, {
      startDate: "2026-02-01",
      endDate: "2026-12-20",
      years: [{ year: 2026, grantGrosze: 1_000_000, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
      costLines: [
        {
          kind: "task",
          year: 2026,
          name: "Zajęcia",
          units: "10",
          unit: "szt.",
          unitCostGrosze: 100_000,
          totalGrosze: 1_000_000,
          grantGrosze: 1_000_000,
        },
      ],
    });
    const input = { contractId: c.id, periodEnd: "2026-06-30", dueDate: "2026-12-27" };
    await expect(requestPartialReport(t.db, owner, input, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await requestPartialReport(t.db, admin, { ...input, dueDate: "2026-06-01" }, now)).toEqual({
      ok: false,
      fieldErrors: { dueDate: ["dueBeforePeriodEnd"] },
    });
    expect(await requestPartialReport(t.db, admin, { ...input, dueDate: "2026-11-26" }, now)).toEqual({
      ok: false,
      fieldErrors: { dueDate: ["dueInPast"] },
    });
    // framework contract: at least 30 days from delivery of the request (27 November → 27 December at the earliest)
    for (const dueDate of ["2026-11-28", "2026-12-26"])
      expect(await requestPartialReport(t.db, admin, { ...input, dueDate }, now)).toEqual({
        ok: false,
        fieldErrors: { dueDate: ["dueWithin30Days"] },
      });
    expect(await requestPartialReport(t.db, admin, { ...input, periodEnd: "2026-12-20", dueDate: "2027-01-10" }, now)).toEqual({
      ok: false,
      fieldErrors: { periodEnd: ["periodOutsideTask"] },
    });
    expect(
      await t.db
        .select()
        .from(contractReports)
        .where(and(eq(contractReports.contractId, c.id), eq(contractReports.kind, "partial"))),
    ).toEqual([]);

    const made = await requestPartialReport(t.db, admin, input, now);
    expect(made.ok).toBe(true);
    const r = await contractReporting(t.db, owner, c.id, now);
    expect(r!.reports.map((x) => [x.kind, x.periodStart, x.periodEnd, x.dueDate])).toEqual([
      ["partial", "2026-02-01", "2026-06-30", "2026-12-27"],
      ["final", "2026-02-01", "2026-12-20", "2027-01-19"],
    ]);
    expect((await mailsTo(t.db, ownerEmail)).at(-1)!.subject).toContain("prosi o sprawozdanie częściowe");
    expect(await requestPartialReport(t.db, admin, { ...input, periodEnd: "2026-09-30" }, now)).toEqual({
      ok: false,
      fieldErrors: { periodEnd: ["partialExists"] },
    });
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractReports, reportRounds } from "@/lib/db/schema";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { auditOf, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { saveReportDraft, submitReport, decideReport, recordReturnPayment, requestPartialReport, ensureAllRunning } from "./commands";
import { contractReporting, reportDetail } from "./queries";
import { insertContract } from "@/lib/contracts/insert";
import { completeReport, createTestContract, reportingCast, reportsOf as reportsOfContract, testContractInput } from "./testing";

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
  ({ orgId, owner, ownerEmail, stranger, admin, adminInOrg } = await reportingCast(t.db));
});
afterAll(() => t?.close());

const reportsOf = (contractId: string) => reportsOfContract(t.db, owner, contractId, now);

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

import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contractCostLines, contractReports, contracts, contractSettlements, contractTranches, reportRounds } from "@/lib/db/schema";
import type { NewContract } from "@/lib/contracts/insert";
import { sampleReportContent } from "@/lib/reports/sample";
import { settle } from "@/lib/reports/settlement";
import { demoId } from "./demo";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";
import { REPORTS_E2E, reportDemoId } from "./reports-ids";

/*
 * Reports demo (issue 6 point 8), on the contracts seeded by lib/db/seed/contracts.ts, found by
 * number (skipped when absent): DSS-I.526.3.2025 — the 2025 partial report accepted, the 2026 one
 * due; DSS-I.526.14.2026 — the final report submitted, awaiting acceptance; DSS-I.526.7.2025 — the
 * final report accepted and settled with a return recorded. Plus contracts of its own for the
 * e2e journeys (numbers outside the numbering pattern, so they never shift real numbers):
 *   R1 — a 2025–2026 contract of SocLab, both tranches paid, reports due: partial → final → settlement;
 *   R2 — a 2025–2027 contract of SocLab whose 2026 tranche is held until the 2025 report (submitted) is accepted;
 *   R3 — a 2026 contract of OWOP whose final report is overdue (refusals from the outside, reminders,
 *        the dashboards: its tranche is due this month).
 * Report ids are deterministic: demoId("report", `${number}:${kind}:${year}`). Marker: R1 exists.
 */
export { REPORTS_E2E, reportDemoId };

const admin = demoId("user", "admin@demo.test");
const ngo = demoId("user", "ngo@demo.test");
const ngo2 = demoId("user", "ngo2@demo.test");

function terms(
  number: string,
  organizationId: string,
  startDate: string,
  endDate: string,
  grants: Record<number, number>,
  waits: boolean,
): NewContract {
  const years = Object.entries(grants).map(([year, grant]) => ({
    year: Number(year),
    grantGrosze: grant,
    ownFinancialGrosze: grant / 10,
    ownNonFinancialGrosze: 0,
    participantFeesGrosze: 0,
  }));
  return {
    id: demoId("contract", number),
    number,
    source: "offer",
    status: "in_progress",
    createdBy: admin,
    createdOn: startDate,
    title:
      number === REPORTS_E2E.other
        ? "Akademia lidera osiedlowego"
        : number === REPORTS_E2E.hold
          ? "Sąsiedzkie centrum wsparcia — trzy lata"
          : "Klub młodego badacza — warsztaty naukowe",
    fundingForm: "support",
    areaSlug: null,
    startDate,
    endDate,
    years,
    // per year: workshops (70 % of the grant) and coordination (30 %), own money 10 % on top
    costLines: years.flatMap((y) => {
      const task = (y.grantGrosze / 10) * 7; // grants are whole multiples of 10 grosze: exact
      const coordination = y.grantGrosze - task;
      return [
        {
          kind: "task" as const,
          year: y.year,
          name: `Warsztaty ${y.year}`,
          units: "100",
          unit: "godz.",
          unitCostGrosze: (task + y.ownFinancialGrosze) / 100,
          totalGrosze: task + y.ownFinancialGrosze,
          grantGrosze: task,
        },
        {
          kind: "admin" as const,
          year: y.year,
          name: `Koordynacja ${y.year}`,
          units: "10",
          unit: "mies.",
          unitCostGrosze: coordination / 10,
          totalGrosze: coordination,
          grantGrosze: coordination,
        },
      ];
    }),
    schedule: years.map((y) => ({
      name: `Cykl warsztatów ${y.year}`,
      startDate: y.year === Number(startDate.slice(0, 4)) ? startDate : `${y.year}-01-15`,
      endDate: y.year === Number(endDate.slice(0, 4)) ? endDate : `${y.year}-12-15`,
      year: y.year,
    })),
    bankAccount: "PL61109010140000071219812874",
    cityRepresentatives: [{ name: "Anna Wysocka", role: "Dyrektor Departamentu Spraw Społecznych" }],
    parties: [{ organizationId, isLead: true, representatives: [{ name: "Marta Kowalczyk", role: "prezeska zarządu" }] }],
    costShiftToleranceBp: 1000,
    firstTrancheDays: 30,
    tranchesWaitForPartialReport: waits,
  };
}

async function linesOf(tx: Tx, contractId: string) {
  return tx
    .select()
    .from(contractCostLines)
    .where(eq(contractCostLines.contractId, contractId))
    .orderBy(asc(contractCostLines.year), asc(contractCostLines.position));
}

/** Inserts the owed report rows with deterministic ids (ensureReportsFor then finds them). */
async function reportRows(
  tx: Tx,
  contractId: string,
  number: string,
  rows: { kind: "partial" | "final"; year: number; periodStart: string; periodEnd: string; dueDate: string }[],
) {
  await tx
    .insert(contractReports)
    .values(rows.map((r) => ({ id: reportDemoId(number, r.kind, r.year), contractId, ...r })))
    .onConflictDoNothing();
}

/** A report submitted (and optionally decided) in one round, with a complete content over its lines. */
async function submitted(
  tx: Tx,
  reportId: string,
  lines: Awaited<ReturnType<typeof linesOf>>,
  at: string,
  by: string,
  decision?: { accepted: boolean; at: string },
  spend?: Parameters<typeof sampleReportContent>[1],
) {
  const content = sampleReportContent(lines, spend);
  await tx.insert(reportRounds).values({
    reportId,
    round: 1,
    content,
    submittedBy: by,
    submittedAt: new Date(at),
    decision: decision ? "accepted" : null,
    decidedBy: decision ? admin : null,
    decidedAt: decision ? new Date(decision.at) : null,
  });
  await tx
    .update(contractReports)
    .set({
      content,
      version: 2,
      status: decision ? "accepted" : "submitted",
      submittedAt: new Date(at),
      acceptedAt: decision ? new Date(decision.at) : null,
      acceptedBy: decision ? admin : null,
    })
    .where(eq(contractReports.id, reportId));
  return content;
}

/*
 * insertContract and ensureReportsFor are server-only modules: imported when the seeder runs (inside
 * the app), not when lib/db/seed is loaded, so plain Node scripts (tsx scripts/bench.ts) can import it.
 */
const server = async () => ({ ...(await import("@/lib/contracts/insert")), ...(await import("@/lib/reports/ensure")) });

async function seedE2eContracts(tx: Tx) {
  const { insertContract } = await server();
  const soclab = demoId("organization", SOCLAB_NAME);
  const owop = demoId("organization", OWOP_NAME);

  const r1 = await insertContract(
    tx,
    terms(REPORTS_E2E.settle, soclab, "2025-03-01", "2026-10-31", { 2025: 4_000_000, 2026: 6_000_000 }, false),
  );
  await tx.insert(contractTranches).values([
    {
      contractId: r1.id,
      year: 2025,
      position: 1,
      dueDate: "2025-03-31",
      amountGrosze: 4_000_000,
      paidOn: "2025-03-20",
      paidGrosze: 4_000_000,
      paidBy: admin,
    },
    {
      contractId: r1.id,
      year: 2026,
      position: 1,
      dueDate: "2026-02-28",
      amountGrosze: 6_000_000,
      paidOn: "2026-02-20",
      paidGrosze: 6_000_000,
      paidBy: admin,
    },
  ]);
  await reportRows(tx, r1.id, REPORTS_E2E.settle, [
    { kind: "partial", year: 2025, periodStart: "2025-03-01", periodEnd: "2025-12-31", dueDate: "2026-01-31" },
    { kind: "final", year: 2026, periodStart: "2025-03-01", periodEnd: "2026-10-31", dueDate: "2026-11-30" },
  ]);

  const r2 = await insertContract(
    tx,
    terms(REPORTS_E2E.hold, soclab, "2025-04-01", "2027-10-31", { 2025: 3_000_000, 2026: 3_000_000, 2027: 3_000_000 }, true),
  );
  await tx.insert(contractTranches).values([
    {
      contractId: r2.id,
      year: 2025,
      position: 1,
      dueDate: "2025-04-30",
      amountGrosze: 3_000_000,
      paidOn: "2025-04-22",
      paidGrosze: 3_000_000,
      paidBy: admin,
    },
    { contractId: r2.id, year: 2026, position: 1, dueDate: "2026-03-15", amountGrosze: 3_000_000, waitsForReportYear: 2025 },
    { contractId: r2.id, year: 2027, position: 1, dueDate: "2027-03-15", amountGrosze: 3_000_000, waitsForReportYear: 2026 },
  ]);
  await reportRows(tx, r2.id, REPORTS_E2E.hold, [
    { kind: "partial", year: 2025, periodStart: "2025-04-01", periodEnd: "2025-12-31", dueDate: "2026-01-31" },
    { kind: "partial", year: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31", dueDate: "2027-01-31" },
    { kind: "final", year: 2027, periodStart: "2025-04-01", periodEnd: "2027-10-31", dueDate: "2027-11-30" },
  ]);
  const r2lines = (await linesOf(tx, r2.id)).filter((l) => l.year === 2025);
  await submitted(tx, reportDemoId(REPORTS_E2E.hold, "partial", 2025), r2lines, "2026-01-28T10:00:00+01:00", ngo);

  const r3 = await insertContract(tx, terms(REPORTS_E2E.other, owop, "2026-02-01", "2026-10-20", { 2026: 2_000_000 }, false));
  await tx
    .insert(contractTranches)
    .values([{ contractId: r3.id, year: 2026, position: 1, dueDate: "2026-11-30", amountGrosze: 2_000_000 }]);
  await reportRows(tx, r3.id, REPORTS_E2E.other, [
    { kind: "final", year: 2026, periodStart: "2026-02-01", periodEnd: "2026-10-20", dueDate: "2026-11-19" },
  ]);
}

async function reportOf(tx: Tx, contractId: string, kind: "partial" | "final", year?: number) {
  const rows = await tx
    .select()
    .from(contractReports)
    .where(and(eq(contractReports.contractId, contractId), eq(contractReports.kind, kind)));
  return rows.find((r) => year === undefined || r.year === year);
}

/** The demo states on the contracts seeded by the contracts module (each skipped when absent). */
async function seedOnContracts(tx: Tx) {
  const { ensureReportsFor } = await server();
  const found = await tx
    .select()
    .from(contracts)
    .where(inArray(contracts.number, ["DSS-I.526.3.2025", "DSS-I.526.14.2026", "DSS-I.526.7.2025"]));
  const byNumber = new Map(found.map((c) => [c.number, c]));

  const multi = byNumber.get("DSS-I.526.3.2025");
  if (multi && ["signed", "in_progress"].includes(multi.status)) {
    await ensureReportsFor(tx, multi.id);
    const partial = await reportOf(tx, multi.id, "partial", 2025);
    if (partial?.status === "due")
      await submitted(
        tx,
        partial.id,
        (await linesOf(tx, multi.id)).filter((l) => l.year === 2025),
        "2026-01-26T12:00:00+01:00",
        ngo,
        { accepted: true, at: "2026-02-09T10:00:00+01:00" },
      );
  }

  const oneYear = byNumber.get("DSS-I.526.14.2026");
  if (oneYear && ["signed", "in_progress"].includes(oneYear.status)) {
    await ensureReportsFor(tx, oneYear.id);
    const final = await reportOf(tx, oneYear.id, "final");
    if (final?.status === "due") await submitted(tx, final.id, await linesOf(tx, oneYear.id), "2026-11-20T15:30:00+01:00", ngo2);
  }

  const settled = byNumber.get("DSS-I.526.7.2025");
  if (settled && ["signed", "in_progress"].includes(settled.status)) {
    await ensureReportsFor(tx, settled.id);
    const final = await reportOf(tx, settled.id, "final");
    if (!final || final.status !== "due") return;
    const lines = await linesOf(tx, settled.id);
    // the first line under-spent by 5 % of its grant: that money comes back
    const first = lines[0];
    const spend = first
      ? {
          [first.id]: {
            total: first.totalGrosze - Math.floor(first.grantGrosze / 20),
            grant: first.grantGrosze - Math.floor(first.grantGrosze / 20),
          },
        }
      : {};
    await submitted(tx, final.id, lines, "2026-01-20T11:00:00+01:00", ngo, { accepted: true, at: "2026-02-10T09:00:00+01:00" }, spend);
    const tranches = await tx.select().from(contractTranches).where(eq(contractTranches.contractId, settled.id));
    const paid = tranches.reduce((s, t) => s + (t.paidOn ? (t.paidGrosze ?? 0) : 0), 0);
    const result = settle({
      lines: lines.map((l) => ({
        lineId: l.id,
        year: l.year,
        name: l.name,
        plannedGrantGrosze: l.grantGrosze,
        actualGrantGrosze: l.id === first?.id ? l.grantGrosze - Math.floor(l.grantGrosze / 20) : l.grantGrosze,
      })),
      grantedGrosze: settled.totalGrantGrosze,
      paidGrosze: paid,
      toleranceBp: settled.costShiftToleranceBp,
    });
    const returns =
      result.toReturnGrosze > 0
        ? [{ paidOn: "2026-02-20", amountGrosze: result.toReturnGrosze, recordedBy: admin, recordedAt: "2026-02-23T09:00:00.000Z" }]
        : [];
    await tx.insert(contractSettlements).values({
      contractId: settled.id,
      reportId: final.id,
      toleranceBp: settled.costShiftToleranceBp,
      grantedGrosze: result.grantedGrosze,
      paidGrosze: result.paidGrosze,
      grantSpentGrosze: result.grantSpentGrosze,
      grantUsedGrosze: result.grantUsedGrosze,
      unusedGrosze: result.unusedGrosze,
      overToleranceGrosze: result.overToleranceGrosze,
      toReturnGrosze: result.toReturnGrosze,
      stillToPayGrosze: result.stillToPayGrosze,
      lines: result.lines,
      returnDueDate: result.toReturnGrosze > 0 ? "2026-02-25" : null,
      returnedGrosze: result.toReturnGrosze,
      returns,
      settledOn: result.toReturnGrosze > 0 ? "2026-02-23" : "2026-02-10",
      computedBy: admin,
      computedAt: new Date("2026-02-10T09:00:00+01:00"),
    });
    await tx.update(contracts).set({ status: "settled" }).where(eq(contracts.id, settled.id));
  }
}

export async function seedReports(db: Db) {
  const [marker] = await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.number, REPORTS_E2E.settle));
  if (marker) return;
  await db.transaction(async (tx) => {
    await seedE2eContracts(tx);
    await seedOnContracts(tx);
  });
}

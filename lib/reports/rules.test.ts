import { describe, expect, it } from "vitest";
import { normalizeReportContent } from "./content";
import { reportIssues, reportOverdue, reportSums, trancheState, type PlannedLine } from "./rules";

const lines: PlannedLine[] = [
  { id: "a", kind: "task", year: 2026, name: "Warsztaty", totalGrosze: 1_000_000, grantGrosze: 900_000 },
  { id: "b", kind: "admin", year: 2026, name: "Koordynacja", totalGrosze: 200_000, grantGrosze: 100_000 },
];
const sources = { grantGrosze: 1_000_000, ownFinancialGrosze: 200_000, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 };

function filled() {
  const c = normalizeReportContent({});
  c.results.narrative = "Opis";
  c.people.staff = "Trenerzy";
  c.costs.lines = [
    { lineId: "a", actualTotal: "10 000,00", actualGrant: "9000" },
    { lineId: "b", actualTotal: "2000", actualGrant: "1000" },
  ];
  c.sources.ownFinancial = "2000";
  c.declarations = { statusUnchanged: true, truth: true, procurement: true, data: true };
  return c;
}

describe("reportIssues", () => {
  it("accepts a complete report", () => {
    expect(reportIssues(filled(), lines, sources)).toEqual([]);
  });

  it("names each missing or wrong field", () => {
    const c = filled();
    c.results.narrative = " ";
    c.costs.lines[0].actualTotal = "";
    c.costs.lines[1].actualGrant = "abc";
    c.people.volunteers = "3,5";
    c.attachments = [
      { title: "", url: "ftp://x" },
      { title: "", url: "" },
    ];
    c.declarations.truth = false;
    expect(reportIssues(c, lines, sources)).toEqual([
      { field: "results.narrative", key: "required" },
      { field: "costs.a.actualTotal", key: "required" },
      { field: "costs.b.actualGrant", key: "invalidMoney" },
      { field: "people.volunteers", key: "invalidNumber" },
      { field: "attachments.0.title", key: "required" },
      { field: "attachments.0.url", key: "invalidUrl" },
      { field: "declarations.truth", key: "declarationRequired" },
    ]);
  });

  it("refuses grant above a line's spending, above the period's grant, and sources that do not add up", () => {
    const c = filled();
    c.costs.lines[1].actualGrant = "2500";
    expect(reportIssues(c, lines, sources)).toEqual(
      expect.arrayContaining([
        { field: "costs.b.actualGrant", key: "grantAboveLineTotal" },
        { field: "costs", key: "grantAboveContract" },
      ]),
    );
    const d = filled();
    d.sources.ownFinancial = "1999,99";
    expect(reportIssues(d, lines, sources)).toEqual([{ field: "sources", key: "sourcesMismatch" }]);
  });
});

describe("reportSums", () => {
  it("puts the actuals next to the plan by kind and by source, with shares in basis points", () => {
    const s = reportSums(filled(), lines, sources);
    expect(s.byKind).toEqual({ task: { planned: 1_000_000, actual: 1_000_000 }, admin: { planned: 200_000, actual: 200_000 } });
    expect(s.sources[0]).toEqual({ key: "grantGrosze", planned: 1_000_000, actual: 1_000_000, plannedShareBp: 8333, actualShareBp: 8333 });
    expect(s.actualTotal).toBe(1_200_000);
  });
});

describe("tranches and overdue reports", () => {
  const now = new Date("2026-11-27T10:00:00Z");
  const ctx = { waitsForPartialReport: true, acceptedPartialYears: new Set<number>() };
  it("holds a tranche waiting for a partial report until it is accepted", () => {
    const tranche = { dueDate: "2026-02-28", paidOn: null, waitsForReportYear: 2025 };
    expect(trancheState(tranche, ctx, now)).toBe("held");
    expect(trancheState(tranche, { ...ctx, acceptedPartialYears: new Set([2025]) }, now)).toBe("overdue");
    expect(trancheState(tranche, { ...ctx, waitsForPartialReport: false }, now)).toBe("overdue");
    expect(trancheState({ ...tranche, paidOn: "2026-03-01" }, ctx, now)).toBe("paid");
    expect(trancheState({ dueDate: "2026-12-15", paidOn: null, waitsForReportYear: null }, ctx, now)).toBe("due");
  });
  it("calls a report overdue only while it is still with the organization", () => {
    expect(reportOverdue({ status: "draft", dueDate: "2026-11-26" }, now)).toBe(true);
    expect(reportOverdue({ status: "returned", dueDate: "2026-11-26" }, now)).toBe(true);
    expect(reportOverdue({ status: "submitted", dueDate: "2026-11-26" }, now)).toBe(false);
    expect(reportOverdue({ status: "due", dueDate: "2026-11-27" }, now)).toBe(false);
  });
});

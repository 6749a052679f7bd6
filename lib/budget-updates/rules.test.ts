import { describe, expect, it } from "vitest";
import type { CompetitionLimits } from "@/lib/offers/rules";
import { computeSums } from "@/lib/offers/rules";
import { withUpdate } from "./content";
import { budgetUpdateIssues, costLineChanges, cutFromLargestLine, isCutGrant, startingUpdate, totalChanges } from "./rules";
import { cutGrantOfferContent, fittingUpdate } from "./testing";

const limits: CompetitionLimits = {
  fundingForm: "support",
  minGrantGrosze: 35_000_00,
  maxGrantGrosze: 60_000_00,
  minOwnFinancialBp: 500,
  minOwnNonFinancialBp: 0,
  maxAdminCostBp: 1000,
  taskStartDate: "2027-01-01",
  taskEndDate: "2027-12-31",
};
const granted = 30_000_00;
const codes = (update = fittingUpdate()) =>
  budgetUpdateIssues(cutGrantOfferContent(), update, limits, granted, 2027).issues.map((i) => i.code);

describe("updated budget after a cut grant (framework contract, Dz.U. 2018 poz. 2057: the updated budget and schedule are the contract's annex)", () => {
  it("a grant lower than requested, and only that, calls for an update", () => {
    expect(isCutGrant({ grantedGrosze: 30_000_00, requestedGrantGrosze: 38_000_00 })).toBe(true);
    expect(isCutGrant({ grantedGrosze: 38_000_00, requestedGrantGrosze: 38_000_00 })).toBe(false);
    expect(isCutGrant({ grantedGrosze: 0, requestedGrantGrosze: 38_000_00 })).toBe(false);
    expect(isCutGrant({ grantedGrosze: null, requestedGrantGrosze: 38_000_00 })).toBe(false);
  });

  it("starts from the offer's own schedule, results and costs, with the grant awarded in V.B", () => {
    const start = startingUpdate(cutGrantOfferContent(), granted);
    expect(start.costs.lines).toHaveLength(2);
    expect(start.task.schedule[0].action).toBe("Warsztaty");
    expect(start.sources.requestedGrant).toBe("30000,00");
    // the original costs no longer match the sources: 30 000 + 4 000 ≠ 42 000
    expect(codes(start)).toEqual(["sourcesMismatch"]);
  });

  it("accepts an update whose sums agree, within the own-contribution and administrative-cost shares", () => {
    expect(codes()).toEqual([]);
  });

  it("the grant in V.B must equal the amount awarded (not the competition's minimum: the city decided it)", () => {
    const update = fittingUpdate();
    update.costs.lines[0].units = "15.5"; // 31 000 zł + 2 000 zł
    update.sources.requestedGrant = "31000";
    expect(codes(update)).toEqual(["grantNotAwarded"]);
  });

  it("checks the own financial contribution share like the offer generator (uodpp art. 15 ust. 1 pkt 3: own contribution)", () => {
    const update = fittingUpdate();
    update.costs.lines[0].units = "14.5"; // 29 000 zł + 2 000 zł = 31 000 zł
    update.sources.ownFinancial = "1000"; // 3.2 % < 5 %
    expect(codes(update)).toEqual(["ownFinancialTooLow"]);
  });

  it("checks the administrative cost share like the offer generator", () => {
    const update = fittingUpdate();
    update.costs.lines[0].units = "14"; // 28 000 zł
    update.costs.lines[1].unitCost = "4000"; // 4 000 / 32 000 = 12.5 % > 10 %
    expect(codes(update)).toEqual(["adminShareTooHigh"]);
  });

  it("needs a cost line, a schedule row and a result", () => {
    const update = fittingUpdate();
    update.task.schedule = [];
    update.task.results = [];
    update.costs.lines = [];
    expect(codes(update)).toEqual(expect.arrayContaining(["required"]));
    const fields = budgetUpdateIssues(cutGrantOfferContent(), update, limits, granted, 2027).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["task.schedule", "task.results", "costs.lines"]));
  });

  it("compares the cost table line by line and the totals of V.A and V.B", () => {
    const before = computeSums(cutGrantOfferContent(), 2027);
    const update = fittingUpdate();
    update.costs.lines.push({ kind: "task", year: "2027", name: "Materiały", units: "0", unit: "kpl.", unitCost: "0" });
    update.costs.lines.splice(1, 1);
    const after = computeSums(withUpdate(cutGrantOfferContent(), update), 2027);
    expect(
      costLineChanges(before.lines, after.lines).map((l) => [
        l.name,
        l.change,
        l.before?.totalGrosze ?? null,
        l.after?.totalGrosze ?? null,
      ]),
    ).toEqual([
      ["Warsztaty", "changed", 40_000_00, 30_000_00],
      ["Materiały", "added", null, 0],
      ["Księgowość", "removed", 2_000_00, null],
    ]);
    const totals = Object.fromEntries(totalChanges(before, after).map((t) => [t.key, t.difference]));
    expect(totals).toMatchObject({ totalCost: -12_000_00, requestedGrant: -8_000_00, ownFinancial: -2_000_00, adminCosts: -2_000_00 });
  });

  it("the demo's way: the cut taken from the largest task line keeps the sums right", () => {
    const update = cutFromLargestLine(cutGrantOfferContent(), granted, 2027)!;
    expect(update.costs.lines[0]).toMatchObject({ units: "1", unitCost: "32000,00" });
    expect(codes(update)).toEqual([]);
    const evenLines = cutGrantOfferContent();
    evenLines.costs.lines = [
      { kind: "task", year: "2027", name: "Warsztaty", units: "10", unit: "godz.", unitCost: "2000" },
      { kind: "task", year: "2027", name: "Wyjazd", units: "1", unit: "kpl.", unitCost: "20000" },
    ];
    expect(cutFromLargestLine(evenLines, 10_000_00, 2027)).toBeNull(); // a cut of 28 000 zł is more than either line
  });
});

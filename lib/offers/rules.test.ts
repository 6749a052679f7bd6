import { describe, expect, it } from "vitest";
import { offerChecksum } from "./checksum";
import { emptyContent, normalizeContent, type OfferContent } from "./content";
import { checkLimits, computeSums, missingFields, splitIssues, splitMissing, splitShares, type CompetitionLimits } from "./rules";
import { completeContent } from "./testing";

const limits: CompetitionLimits = {
  fundingForm: "support",
  minGrantGrosze: 2_000_000,
  maxGrantGrosze: 6_000_000,
  minOwnFinancialBp: 500,
  minOwnNonFinancialBp: 0,
  maxAdminCostBp: 1000,
  taskStartDate: "2027-01-15",
  taskEndDate: "2027-12-15",
};

function offer(patch: (c: OfferContent) => void): OfferContent {
  const c = emptyContent();
  c.costs.lines = [
    { kind: "task", year: "2027", name: "Warsztaty", units: "10", unit: "godz.", unitCost: "150,00" },
    { kind: "admin", year: "2027", name: "Księgowość", units: "1", unit: "usługa", unitCost: "100" },
  ];
  c.sources = {
    requestedGrant: "1500",
    ownFinancial: "100",
    volunteerHours: "",
    volunteerRate: "",
    otherNonFinancial: "",
    participantFees: "",
  };
  patch(c);
  return c;
}
const codes = (c: OfferContent, l = limits) => checkLimits(c, computeSums(c, 2027), l).map((i) => i.code);

describe("sums", () => {
  it("has no float drift", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; in grosze it is 30
    const c = emptyContent();
    c.costs.lines = [
      { kind: "task", year: "", name: "a", units: "1", unit: "x", unitCost: "0,10" },
      { kind: "task", year: "", name: "b", units: "1", unit: "x", unitCost: "0,20" },
      { kind: "task", year: "", name: "c", units: "3", unit: "x", unitCost: "33,33" },
      { kind: "task", year: "", name: "d", units: "0,5", unit: "x", unitCost: "0,01" },
    ];
    const sums = computeSums(c, 2027);
    expect(sums.totalCost).toBe(10 + 20 + 9999 + 1);
  });
  it("sums per type, year and sources incl. volunteers (hours × rate)", () => {
    const c = offer((c) => {
      c.costs.lines.push({ kind: "task", year: "2028", name: "Obóz", units: "2", unit: "szt.", unitCost: "1000" });
      c.sources.volunteerHours = "12,5";
      c.sources.volunteerRate = "40";
    });
    const s = computeSums(c, 2027);
    expect(s.taskCosts).toBe(150_000 + 200_000);
    expect(s.adminCosts).toBe(10_000);
    expect(s.byYear).toEqual({ 2027: 160_000, 2028: 200_000 });
    expect(s.volunteerValue).toBe(50_000);
    expect(s.sourcesTotal).toBe(150_000 + 10_000 + 50_000);
  });
});

describe("limits", () => {
  it("accepts an offer inside the limits", () => {
    const c = offer((c) => {
      c.sources.requestedGrant = "1500";
      c.task.startDate = "2027-02-01";
      c.task.endDate = "2027-06-30";
    });
    expect(codes(c, { ...limits, minGrantGrosze: null })).toEqual([]);
  });
  it("refuses a grant above the maximum and below the minimum", () => {
    expect(codes(offer((c) => (c.sources.requestedGrant = "60000,01")))).toContain("grantAboveMax");
    expect(codes(offer(() => {}))).toContain("grantBelowMin");
  });
  it("checks the own financial contribution % (support form only)", () => {
    const c = offer((c) => {
      c.sources.requestedGrant = "1550";
      c.sources.ownFinancial = "50";
    });
    expect(codes(c)).toContain("ownFinancialTooLow"); // 50 / 1600 = 3.125 % < 5 %
    expect(codes(c, { ...limits, fundingForm: "entrustment" })).not.toContain("ownFinancialTooLow");
  });
  it("checks the administrative cost share exactly", () => {
    // admin 100 of 1600 = 6.25 %
    expect(
      codes(
        offer(() => {}),
        { ...limits, maxAdminCostBp: 625 },
      ),
    ).not.toContain("adminShareTooHigh");
    expect(
      codes(
        offer(() => {}),
        { ...limits, maxAdminCostBp: 624 },
      ),
    ).toContain("adminShareTooHigh");
  });
  it("checks task dates against the competition window", () => {
    expect(codes(offer((c) => (c.task.startDate = "2027-01-14")))).toContain("taskStartTooEarly");
    expect(codes(offer((c) => (c.task.endDate = "2027-12-16")))).toContain("taskEndTooLate");
    expect(codes(offer((c) => ((c.task.startDate = "2027-05-01"), (c.task.endDate = "2027-04-01"))))).toContain("taskDatesOrder");
  });
});

describe("checksum", () => {
  it("is stable regardless of key order, and changes with any change", () => {
    const a = { b: 1, a: { y: [1, 2], x: "zł" } };
    const b = { a: { x: "zł", y: [1, 2] }, b: 1 };
    expect(offerChecksum(a)).toBe(offerChecksum(b));
    expect(offerChecksum(a)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(offerChecksum({ ...a, b: 2 })).not.toBe(offerChecksum(a));
    expect(offerChecksum({ b: 1, a: { y: [2, 1], x: "zł" } })).not.toBe(offerChecksum(a));
  });
});

describe("declarations (form VII, Dz.U. 2018 poz. 2057)", () => {
  const declared = (patch: (c: OfferContent) => void) =>
    offer((c) => {
      c.declarations = {
        scope: true,
        fees: true,
        taxArrears: "none",
        socialInsuranceArrears: "none",
        register: true,
        truth: true,
        data: true,
      };
      patch(c);
    });
  const declarationMissing = (c: OfferContent) => missingFields(c, computeSums(c, 2027)).some((i) => i.section === "declarations");

  it("form VII points 3 and 4: tax and social insurance arrears are two answers, 'nie zalega' or 'zalega', neither forced", () => {
    expect(declarationMissing(declared(() => {}))).toBe(false);
    // declaring arrears is an answer the city weighs in formal review, not an error of the form
    expect(declarationMissing(declared((c) => (c.declarations.socialInsuranceArrears = "owes")))).toBe(false);
    expect(declarationMissing(declared((c) => (c.declarations.taxArrears = "")))).toBe(true);
    expect(declarationMissing(declared((c) => (c.declarations.truth = false)))).toBe(true);
  });

  it("form VII: a draft saved with the old single tick reads as 'nie zalega' for both", () => {
    const legacy = normalizeContent({ declarations: { scope: true, arrears: true } });
    expect(legacy.declarations).toMatchObject({ scope: true, taxArrears: "none", socialInsuranceArrears: "none" });
    expect(normalizeContent({ declarations: { arrears: false } }).declarations.taxArrears).toBe("");
  });
});

describe("V.C split between joint applicants", () => {
  const parties = ["lead", "partner"];
  const withSplit = (rows: [string, string][]) => {
    const c = completeContent(); // V.A 40 000 zł, V.B grant 36 000 zł
    c.split.shares = rows.map(([costs, grant], i) => ({ organizationId: parties[i], costs, grant }));
    return c;
  };
  const codes = (c: ReturnType<typeof completeContent>) =>
    splitIssues(c, computeSums(c, 2027), parties).map((i) => [i.field, i.code, i.params ?? {}]);

  it("art. 14 ust. 2 uodpp, form V.C (Dz.U. 2018 poz. 2057): the partners' grants add up exactly to the grant requested in V.B", () => {
    expect(
      codes(
        withSplit([
          ["24000", "20000"],
          ["16 000,00", "16 000,00"],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        withSplit([
          ["24000", "20000"],
          ["16000", "15999,99"],
        ]),
      ),
    ).toEqual([["split.grant", "splitGrantMismatch", { split: 3_599_999, grant: 3_600_000 }]]);
  });

  it("art. 14 ust. 2 uodpp, form V.C: the partners' costs add up exactly to the total cost in V.A, and no partner takes more grant than its costs", () => {
    expect(
      codes(
        withSplit([
          ["20000", "20000,01"],
          ["16000", "15999,99"],
        ]),
      ),
    ).toEqual([
      ["split.costs", "splitCostsMismatch", { split: 3_600_000, total: 4_000_000 }],
      ["split.grant.lead", "splitGrantAboveCosts", {}],
    ]);
  });

  it("art. 14 ust. 2 uodpp: every party states both amounts (0 is an answer); an amount that is not money is explained at its field", () => {
    const c = withSplit([["40000", "36000"]]);
    expect(splitMissing(c, parties).map((i) => i.field)).toEqual(["split.costs.partner", "split.grant.partner"]);
    c.split.shares.push({ organizationId: "partner", costs: "0", grant: "12,345" });
    expect(splitMissing(c, parties)).toEqual([]);
    expect(codes(c)).toContainEqual(["split.grant.partner", "splitAmountInvalid", {}]);
  });

  it("art. 14 ust. 1 uodpp: a single applicant has no V.C, and rows of a removed partner do not count", () => {
    const c = withSplit([["1", "1"]]);
    expect(splitIssues(c, computeSums(c, 2027), ["lead"])).toEqual([]);
    expect(splitMissing(c, ["lead"])).toEqual([]);
    c.split.shares.push({ organizationId: "removed", costs: "39999", grant: "35999" });
    expect(splitShares(c, ["lead", "partner"])).toEqual({
      shares: [
        { organizationId: "lead", costsGrosze: 100, grantGrosze: 100 },
        { organizationId: "partner", costsGrosze: null, grantGrosze: null },
      ],
      costs: 100,
      grant: 100,
    });
  });

  it("form V.C (Dz.U. 2018 poz. 2057): keeps readable the free text of offers written before V.C was a table", () => {
    const old = normalizeContent({ split: { note: "Lider 60%, partner 40%" } });
    expect(old.split).toEqual({ shares: [], note: "Lider 60%, partner 40%" });
  });
});

import { describe, expect, it } from "vitest";
import { normalizeContent } from "@/lib/offers/content";
import { partySharesOf, termsFromOffer, withYearGrants, yearSplit } from "./draft";
import { contractTermsProblems } from "./insert";
import {
  periodWithinYears,
  addDays,
  costShiftProblems,
  firstTrancheDeadline,
  gateYearFor,
  largestRemainder,
  normalizeBankAccount,
  parseRepresentatives,
  splitGrantOverLines,
  termsDiff,
  trancheHeld,
  trancheProblems,
  withinTolerance,
  yearsOfPeriod,
} from "./rules";
import { contractNumberMatcher, formatContractNumber, nextContractNumber } from "./settings";

describe("largest remainder", () => {
  it("adds up exactly and gives the leftover grosze to the largest remainders", () => {
    expect(largestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder(10_000_01, [3, 3, 4])).toEqual([3_000_00, 3_000_00, 4_000_01]);
    expect(largestRemainder(7, [0, 0])).toEqual([4, 3]);
    expect(largestRemainder(0, [5, 5])).toEqual([0, 0]);
  });

  it("never drifts on awkward proportions", () => {
    for (const total of [1, 99, 1_000_003, 33_333_33, 9_007_199_254]) {
      const weights = [7, 13, 29, 1, 50_000];
      const shares = largestRemainder(total, weights);
      expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
      shares.forEach((s) => expect(Number.isInteger(s)).toBe(true));
    }
  });
});

describe("per-year and per-line splits", () => {
  it("splits the grant and own money per year in proportion to each year's costs", () => {
    const years = yearSplit(
      [2025, 2026, 2027],
      new Map([
        [2025, 30_000_00],
        [2026, 30_000_00],
        [2027, 40_000_00],
      ]),
      { grant: 90_000_01, ownFinancial: 10_000_00, ownNonFinancial: 0, fees: 0 },
    );
    expect(years.map((y) => y.grantGrosze)).toEqual([27_000_00, 27_000_00, 36_000_01]);
    expect(years.reduce((s, y) => s + y.grantGrosze, 0)).toBe(90_000_01);
    expect(years.map((y) => y.ownFinancialGrosze)).toEqual([3_000_00, 3_000_00, 4_000_00]);
  });

  it("gives each line of a year a share of that year's grant, never above the line's cost", () => {
    const lines = [
      { kind: "task" as const, year: 2026, name: "A", units: "1", unit: "x", unitCostGrosze: 1001, totalGrosze: 1001 },
      { kind: "task" as const, year: 2026, name: "B", units: "1", unit: "x", unitCostGrosze: 2003, totalGrosze: 2003 },
      { kind: "admin" as const, year: 2027, name: "C", units: "1", unit: "x", unitCostGrosze: 500, totalGrosze: 500 },
    ];
    const out = splitGrantOverLines(lines, [
      { year: 2026, grantGrosze: 2999 },
      { year: 2027, grantGrosze: 400 },
    ]);
    expect(out.map((l) => l.grantGrosze)).toEqual([999, 2000, 400]);
    out.forEach((l) => expect(l.grantGrosze).toBeLessThanOrEqual(l.totalGrosze));
  });

  it("draws consistent terms from a granted multi-year joint offer", () => {
    const content = normalizeContent({
      applicant: { representatives: [{ name: "Anna Nowak", role: "prezes" }] },
      task: {
        title: "Klub",
        startDate: "2025-03-01",
        endDate: "2027-11-30",
        schedule: [{ action: "Zajęcia", from: "2025-03-01", to: "2027-11-30", who: "" }],
        results: [],
      },
    });
    const lines = [2025, 2026, 2027].flatMap((year) => [
      {
        kind: "task" as const,
        year,
        name: `Zajęcia ${year}`,
        units: "100.00",
        unit: "godz.",
        unitCostGrosze: 100_00,
        totalGrosze: 10_000_00,
      },
      {
        kind: "admin" as const,
        year,
        name: `Księgowość ${year}`,
        units: "1.00",
        unit: "usł.",
        unitCostGrosze: 1_000_00,
        totalGrosze: 1_000_00,
      },
    ]);
    const terms = termsFromOffer(
      {
        title: "Klub",
        organizationId: "lead",
        grantedGrosze: 30_000_01,
        ownFinancialGrosze: 2_999_99,
        ownNonFinancialGrosze: 0,
        participantFeesGrosze: 0,
        content,
      },
      lines,
      ["partner"],
      { fundingForm: "support", areaSlug: "health", taskStartDate: null, taskEndDate: null },
    );
    expect(contractTermsProblems(terms)).toEqual([]);
    expect(terms.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(terms.years.reduce((s, y) => s + y.grantGrosze, 0)).toBe(30_000_01);
    expect(terms.costLines.reduce((s, l) => s + l.grantGrosze, 0)).toBe(30_000_01);
    expect(terms.parties).toEqual([
      { organizationId: "lead", isLead: true, representatives: [{ name: "Anna Nowak", role: "prezes" }] },
      { organizationId: "partner", isLead: false, representatives: [] },
    ]);
    expect(terms.tranchesWaitForPartialReport).toBe(true);
    const moved = withYearGrants(
      terms,
      new Map([
        [2025, 9_000_01],
        [2026, 10_000_00],
        [2027, 11_000_00],
      ]),
    );
    expect(contractTermsProblems(moved)).toEqual([]);
    expect(moved.costLines.filter((l) => l.year === 2025).reduce((s, l) => s + l.grantGrosze, 0)).toBe(9_000_01);
    expect(
      contractTermsProblems(
        withYearGrants(
          terms,
          new Map([
            [2025, 0],
            [2026, 0],
            [2027, 30_000_01],
          ]),
        ),
      ),
    ).toContain("contracts.errors.lineGrantAboveTotal");
    expect(contractTermsProblems({ ...terms, years: terms.years.map((y) => ({ ...y, grantGrosze: y.grantGrosze + 1 })) })).toContain(
      "contracts.errors.yearGrantMismatch",
    );
  });

  it("knows the years of a period and refuses more than five", () => {
    expect(yearsOfPeriod("2025-03-01", "2027-02-01")).toEqual([2025, 2026, 2027]);
    expect(yearsOfPeriod("2027-01-01", "2026-01-01")).toEqual([]);
  });
});

describe("tranches", () => {
  const years = [
    { year: 2026, grantGrosze: 10_000_00 },
    { year: 2027, grantGrosze: 5_000_00 },
  ];
  it("never exceed the grant of a year or the total", () => {
    expect(
      trancheProblems(
        [
          { year: 2026, dueDate: "2026-02-01", amountGrosze: 6_000_00 },
          { year: 2026, dueDate: "2026-06-01", amountGrosze: 4_000_00 },
        ],
        years,
      ),
    ).toEqual([]);
    expect(
      trancheProblems(
        [
          { year: 2026, dueDate: "2026-02-01", amountGrosze: 6_000_00 },
          { year: 2026, dueDate: "2026-06-01", amountGrosze: 4_000_01 },
        ],
        years,
      ),
    ).toEqual(["tranchesAboveYearGrant"]);
    expect(trancheProblems([{ year: 2027, dueDate: "2027-02-01", amountGrosze: 5_000_01 }], years)).toEqual(["tranchesAboveYearGrant"]);
    expect(trancheProblems([{ year: 2028, dueDate: "2028-02-01", amountGrosze: 1 }], years)).toContain("trancheOutsideYears");
    expect(trancheProblems([{ year: 2026, dueDate: "2026-02-01", amountGrosze: 0 }], years)).toContain("trancheNotPositive");
    expect(trancheProblems([{ year: 2026, dueDate: "2026-02-01", amountGrosze: 100, paidGrosze: 101 }], years)).toContain(
      "paidAboveTranche",
    );
  });

  it("in total too, when a year's grant would allow it but the sum would not", () => {
    // Years can only sum to the total, so exceeding the total means exceeding some year.
    const out = trancheProblems(
      [
        { year: 2026, dueDate: "2026-02-01", amountGrosze: 10_000_00 },
        { year: 2027, dueDate: "2027-02-01", amountGrosze: 5_000_01 },
      ],
      years,
    );
    expect(out).toEqual(["tranchesAboveYearGrant", "tranchesAboveTotalGrant"]);
  });

  it("the first is due within the contract's days after both signatures", () => {
    expect(firstTrancheDeadline({ organizationSignedOn: "2026-01-10", citySignedOn: "2026-01-20", firstTrancheDays: 30 })).toBe(
      "2026-02-19",
    );
    expect(firstTrancheDeadline({ organizationSignedOn: null, citySignedOn: "2026-01-20", firstTrancheDays: 30 })).toBeNull();
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("a later year's tranche is held until the previous year's partial report is accepted", () => {
    expect(gateYearFor(2025, 2025, true)).toBeNull();
    expect(gateYearFor(2026, 2025, true)).toBe(2025);
    expect(gateYearFor(2026, 2025, false)).toBeNull();
    expect(trancheHeld({ waitsForReportYear: 2025 }, [])).toBe(true);
    expect(trancheHeld({ waitsForReportYear: 2025 }, [2025])).toBe(false);
    expect(trancheHeld({ waitsForReportYear: null }, [])).toBe(false);
  });
});

describe("moving money between lines", () => {
  const lines = [
    { year: 2026, grantGrosze: 10_000_00, totalGrosze: 12_000_00 },
    { year: 2026, grantGrosze: 5_000_00, totalGrosze: 8_000_00 },
  ];
  it("§ 5 of the framework contract (Dz.U. 2018 poz. 2057): within the tolerance no amendment is needed", () => {
    // line 2 grows by 500 zł of its 8 000 zł total (6.25 %), by 1 000 zł (12.5 %) it needs an amendment
    expect(withinTolerance(lines, [9_500_00, 5_500_00], 1000)).toBe(true);
    expect(withinTolerance(lines, [9_000_00, 6_000_00], 1000)).toBe(false);
  });
  it("§ 5 of the framework contract: the increase is measured on the item's total, and only an increase counts", () => {
    const mostlyOwn = [
      { year: 2026, grantGrosze: 2_000_00, totalGrosze: 10_000_00 },
      { year: 2026, grantGrosze: 10_000_00, totalGrosze: 10_000_00 },
    ];
    // +1 000 zł is 10 % of the item's 10 000 zł total (50 % of its grant share): no amendment
    expect(withinTolerance(mostlyOwn, [3_000_00, 9_000_00], 1000)).toBe(true);
    expect(withinTolerance(mostlyOwn, [3_000_01, 8_999_99], 1000)).toBe(false);
    // line 2 shrinking by 60 % is not counted: lines 1 and 3 grow by 10 % of their totals each
    const three = [...mostlyOwn, { year: 2026, grantGrosze: 10_000_00, totalGrosze: 10_000_00 }];
    expect(withinTolerance(three, [3_000_00, 4_000_00, 11_000_00], 1000)).toBe(true);
    expect(withinTolerance(three, [3_000_00, 3_999_99, 11_000_01], 1000)).toBe(false);
  });
  it("keeps each year's sum and each line within its cost", () => {
    expect(costShiftProblems(lines, [9_000_00, 6_000_00])).toEqual([]);
    expect(costShiftProblems(lines, [9_000_00, 6_000_01])).toEqual(["yearSumChanged"]);
    expect(costShiftProblems(lines, [6_000_00, 9_000_00])).toEqual(["lineGrantAboveTotal"]);
    expect(costShiftProblems(lines, [1])).toEqual(["costLinesChanged"]);
  });
});

describe("numbers, accounts, representatives, differences", () => {
  it("follows the number pattern", () => {
    expect(formatContractNumber(12, 2026)).toBe("DSS-I.526.12.2026");
    expect(nextContractNumber(["DSS-I.526.3.2026", "DSS-I.526.14.2026", "DSS-I.526.99.2025", "X-1"], 2026)).toBe("DSS-I.526.15.2026");
    expect(nextContractNumber([], 2027, "UM/{year}/{n}")).toBe("UM/2027/1");
    expect(contractNumberMatcher(2026).test("DSS-I.526.7.2026")).toBe(true);
    expect(contractNumberMatcher(2026).test("DSS-I.526.7.2025")).toBe(false);
  });
  it("checks a bank account's IBAN digits", () => {
    expect(normalizeBankAccount("61 1090 1014 0000 0712 1981 2874")).toBe("61 1090 1014 0000 0712 1981 2874");
    expect(normalizeBankAccount("PL61109010140000071219812874")).toBe("61 1090 1014 0000 0712 1981 2874");
    expect(normalizeBankAccount("62 1090 1014 0000 0712 1981 2874")).toBeNull();
    expect(normalizeBankAccount("123")).toBeNull();
  });
  it("reads representatives one per line", () => {
    expect(parseRepresentatives("Anna Nowak, prezes zarządu\n\n Jan Kowalski ")).toEqual([
      { name: "Anna Nowak", role: "prezes zarządu" },
      { name: "Jan Kowalski", role: "" },
    ]);
  });
  it("lists what changed between versions", () => {
    const base = termsFromOffer(
      {
        title: "T",
        organizationId: "o",
        grantedGrosze: 1000,
        ownFinancialGrosze: 0,
        ownNonFinancialGrosze: 0,
        participantFeesGrosze: 0,
        content: normalizeContent({ task: { startDate: "2026-01-01", endDate: "2026-12-31" } }),
      },
      [{ kind: "task", year: 2026, name: "L", units: "1", unit: "x", unitCostGrosze: 1000, totalGrosze: 1000 }],
      [],
      { fundingForm: "support", areaSlug: null, taskStartDate: null, taskEndDate: null },
    );
    const next = { ...base, bankAccount: "61 1090 1014 0000 0712 1981 2874", endDate: "2026-11-30" };
    expect(termsDiff(base, next).map((c) => c.field)).toEqual(["endDate", "bankAccount"]);
    expect(termsDiff(base, base)).toEqual([]);
  });
});

describe("contract length", () => {
  it("art. 16 ust. 2 uodpp: at most 5 years counted as time — 1 Jul 2026 to 30 Jun 2031 is lawful, one more day is not", () => {
    expect(periodWithinYears("2026-07-01", "2031-06-30", 5)).toBe(true);
    expect(periodWithinYears("2026-07-01", "2031-07-01", 5)).toBe(false);
    expect(periodWithinYears("2027-01-01", "2031-12-31", 5)).toBe(true);
    expect(periodWithinYears("2027-01-01", "2032-01-01", 5)).toBe(false);
    expect(periodWithinYears("2028-02-29", "2033-02-28", 5)).toBe(true);
    expect(periodWithinYears("2028-02-29", "2033-03-01", 5)).toBe(false);
  });
});

describe("the split between joint applicants in the contract", () => {
  const content = (rows: { organizationId: string; costs: string; grant: string }[]) => normalizeContent({ split: { shares: rows } });
  const typed = content([
    { organizationId: "lead", costs: "7000", grant: "6000" },
    { organizationId: "partner", costs: "5000", grant: "5000" },
  ]);

  it("art. 14 ust. 2 uodpp, V.C of the offer: carried over as typed when the grant was awarded in full", () => {
    expect(partySharesOf(typed, ["lead", "partner"], { grantGrosze: 11_000_00, costsGrosze: 12_000_00 })).toEqual([
      { costsGrosze: 7_000_00, grantGrosze: 6_000_00 },
      { costsGrosze: 5_000_00, grantGrosze: 5_000_00 },
    ]);
  });

  it("art. 14 ust. 2 uodpp with a cut grant: scaled in proportion, adding up exactly to the grant awarded and the updated costs", () => {
    const shares = partySharesOf(typed, ["lead", "partner"], { grantGrosze: 8_800_00, costsGrosze: 9_600_00 })!;
    expect(shares).toEqual([
      { costsGrosze: 5_600_00, grantGrosze: 4_800_00 },
      { costsGrosze: 4_000_00, grantGrosze: 4_000_00 },
    ]);
  });

  it("art. 14 ust. 1 uodpp: none for a single applicant or an older offer without a complete V.C table", () => {
    expect(partySharesOf(typed, ["lead"], { grantGrosze: 1, costsGrosze: 1 })).toBeNull();
    expect(
      partySharesOf(content([{ organizationId: "lead", costs: "1", grant: "1" }]), ["lead", "partner"], { grantGrosze: 1, costsGrosze: 2 }),
    ).toBeNull();
  });

  it("art. 14 ust. 2 uodpp: the contract's terms are inconsistent when the parties' grants do not make up the whole grant", () => {
    const terms = {
      title: "Zadanie",
      fundingForm: "support" as const,
      areaSlug: null,
      startDate: "2026-02-01",
      endDate: "2026-11-30",
      years: [{ year: 2026, grantGrosze: 11_000_00, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
      costLines: [],
      schedule: [],
      bankAccount: "",
      cityRepresentatives: [],
      parties: [
        { organizationId: "lead", isLead: true, representatives: [], costsGrosze: 7_000_00, grantGrosze: 6_000_00 },
        { organizationId: "partner", isLead: false, representatives: [], costsGrosze: 5_000_00, grantGrosze: 5_000_00 },
      ],
      costShiftToleranceBp: 1000,
      firstTrancheDays: 30,
      tranchesWaitForPartialReport: false,
    };
    expect(contractTermsProblems(terms)).toEqual([]);
    terms.parties[1].grantGrosze = 4_999_99;
    expect(contractTermsProblems(terms)).toEqual(["contracts.errors.partyGrantMismatch"]);
  });
});

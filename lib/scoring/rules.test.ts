import { describe, expect, it } from "vitest";
import { nomineeRefusal } from "./commission-rules";
import { nextToScore, rankOffers, runningTotal, scoreError, sheetErrors, type MemberTotalInput } from "./rules";
import { grantError, parseZloty, remainingBudget } from "@/lib/decisions/rules";
import { itemsToFix, outcomeOf } from "@/lib/review/rules";

const m = (memberId: string, total: number, extra: Partial<MemberTotalInput> = {}): MemberTotalInput => ({
  memberId,
  kind: "city_staff",
  total,
  submitted: true,
  ...extra,
});

describe("score range", () => {
  it("accepts whole points from 0 to the maximum and refuses the rest", () => {
    expect(scoreError(0, 10)).toBeNull();
    expect(scoreError(10, 10)).toBeNull();
    expect(scoreError(11, 10)).toBe("scoreAboveMax");
    expect(scoreError(-1, 10)).toBe("scoreNegative");
    expect(scoreError(2.5, 10)).toBe("scoreNotInteger");
    expect(scoreError(Number.NaN, 10)).toBe("scoreNotInteger");
  });
});

describe("ranking", () => {
  it("is the mean of members' totals per offer, best first, fundable from the minimum", () => {
    const ranking = rankOffers(
      [
        { offerId: "a", memberTotals: [m("x", 40), m("y", 50)] },
        { offerId: "b", memberTotals: [m("x", 80), m("y", 70)] },
        { offerId: "c", memberTotals: [m("x", 60), m("y", 60)] },
      ],
      { minimumPoints: 60 },
    );
    expect(ranking.map((r) => [r.offerId, r.position, r.mean, r.fundable])).toEqual([
      ["b", 1, 75, true],
      ["c", 2, 60, true],
      ["a", 3, 45, false],
    ]);
  });

  it("leaves out experts (advisory vote), declared conflicts and unsubmitted sheets", () => {
    const [row] = rankOffers(
      [
        {
          offerId: "a",
          memberTotals: [m("x", 60), m("e", 0, { kind: "expert" }), m("c", 0, { conflict: true }), m("d", 10, { submitted: false })],
        },
      ],
      { minimumPoints: 50 },
    );
    expect(row.mean).toBe(60);
    expect(row.votes).toBe(1);
    expect(row.outliers).toEqual([]);
  });

  it("flags a member whose total differs from the mean by more than the share (25 % by default)", () => {
    const totals = [m("x", 70), m("y", 70), m("z", 40)];
    const [row] = rankOffers([{ offerId: "a", memberTotals: totals }], { minimumPoints: 0 });
    expect(row.mean).toBe(60);
    expect(row.outliers).toEqual(["z"]);
    const [lenient] = rankOffers([{ offerId: "a", memberTotals: totals }], { minimumPoints: 0, outlierShare: 0.5 });
    expect(lenient.outliers).toEqual([]);
  });

  it("gives offers without votes no position: last, apart, and not fundable", () => {
    const ranking = rankOffers(
      [
        { offerId: "none", memberTotals: [] },
        { offerId: "one", memberTotals: [m("x", 10)] },
        { offerId: "onlyExpert", memberTotals: [m("e", 90, { kind: "expert" })] },
        { offerId: "two", memberTotals: [m("x", 20)] },
      ],
      { minimumPoints: 0 },
    );
    expect(ranking.map((r) => [r.offerId, r.position])).toEqual([
      ["two", 1],
      ["one", 2],
      ["none", null],
      ["onlyExpert", null],
    ]);
    expect(ranking[2]).toMatchObject({ mean: null, fundable: false });
  });
});

describe("grants and the budget", () => {
  const base = { budget: 100_000_00, requested: 60_000_00, fundable: true, offerId: "a" };
  it("never lets grants sum above the budget", () => {
    const others = [{ offerId: "b", amount: 50_000_00 }];
    expect(grantError({ ...base, amount: 50_000_00, otherGrants: others })).toBeNull();
    expect(grantError({ ...base, amount: 50_000_01, otherGrants: others })).toBe("grantOverBudget");
    expect(remainingBudget(100_000_00, others)).toBe(50_000_00);
  });
  it("replaces the offer's own earlier grant instead of adding to it", () => {
    expect(
      grantError({
        ...base,
        amount: 60_000_00,
        otherGrants: [
          { offerId: "a", amount: 60_000_00 },
          { offerId: "b", amount: 40_000_00 },
        ],
      }),
    ).toBeNull();
  });
  it("refuses more than requested, negative amounts and grants for offers below the minimum", () => {
    expect(grantError({ ...base, amount: 60_000_01, otherGrants: [] })).toBe("grantAboveRequested");
    expect(grantError({ ...base, amount: -1, otherGrants: [] })).toBe("grantNegative");
    expect(grantError({ ...base, fundable: false, amount: 1, otherGrants: [] })).toBe("grantNotFundable");
    expect(grantError({ ...base, fundable: false, amount: 0, otherGrants: [] })).toBeNull();
  });
  it("parses zloty amounts into grosze", () => {
    expect(parseZloty("12 500,50")).toBe(1_250_050);
    expect(parseZloty("12500.5 zł")).toBe(1_250_050);
    expect(parseZloty("12,345")).toBeNull();
    expect(parseZloty("-3")).toBeNull();
  });
});

describe("commission: nominee of a bidder", () => {
  const bidders = new Set(["org-bidding"]);
  it("refuses a person nominated by, or a member of, a bidding organization", () => {
    expect(nomineeRefusal({ biddingOrganizationIds: bidders, nominatingOrganizationId: "org-bidding", personOrganizationIds: [] })).toBe(
      "nominatedByBidder",
    );
    expect(
      nomineeRefusal({ biddingOrganizationIds: bidders, nominatingOrganizationId: "org-other", personOrganizationIds: ["org-bidding"] }),
    ).toBe("memberOfBidder");
    expect(
      nomineeRefusal({ biddingOrganizationIds: bidders, nominatingOrganizationId: "org-other", personOrganizationIds: ["org-x"] }),
    ).toBeNull();
  });
});

describe("formal review checklist", () => {
  it("rejects on any no, asks for a correction on any fixable, passes otherwise", () => {
    const ok = {
      complete: "yes",
      onTime: "yes",
      eligibleApplicant: "yes",
      withinLimits: "yes",
      declarations: "yes",
      signatures: "yes",
    } as const;
    expect(outcomeOf(ok)).toBe("passed");
    expect(outcomeOf({ ...ok, signatures: "fixable" })).toBe("correction");
    expect(itemsToFix({ ...ok, signatures: "fixable", complete: "fixable" })).toEqual(["complete", "signatures"]);
    expect(outcomeOf({ ...ok, signatures: "fixable", onTime: "no" })).toBe("rejected");
  });
});

describe("score sheet (browser and command)", () => {
  const criteria = [
    { id: "a", maxPoints: 10, mayBeNotApplicable: false },
    { id: "b", maxPoints: 5, mayBeNotApplicable: true },
  ];
  it("names each problem at its field: missing, above the maximum, not a whole number, missing justification", () => {
    expect(sheetErrors(criteria, { "points.a": "11", "justification.a": "Dobrze.", "points.b": "2,5" })).toEqual({
      "points.a": ["scoreAboveMax"],
      "points.b": ["scoreNotInteger"],
      "justification.b": ["required"],
    });
    expect(sheetErrors(criteria, {})).toEqual({
      "points.a": ["required"],
      "justification.a": ["required"],
      "points.b": ["required"],
      "justification.b": ["required"],
    });
    expect(sheetErrors(criteria, { "points.a": "10", "justification.a": "x", "notApplicable.b": "on" })).toEqual({});
    expect(sheetErrors(criteria, { "notApplicable.a": "on", "points.b": "5", "justification.b": "x" })).toEqual({
      "points.a": ["notApplicableRefused"],
    });
  });

  it("keeps a running total of the valid points out of the maximum of the criteria that apply", () => {
    expect(runningTotal(criteria, {})).toEqual({ points: 0, max: 15 });
    expect(runningTotal(criteria, { "points.a": "7", "points.b": "12" })).toEqual({ points: 7, max: 15 });
    expect(runningTotal(criteria, { "points.a": "7", "points.b": "4" })).toEqual({ points: 11, max: 15 });
    expect(runningTotal(criteria, { "points.a": "7", "notApplicable.b": "on" })).toEqual({ points: 7, max: 10 });
  });

  it("offers the next offer still to score after the current one, wrapping round, or none", () => {
    const todo = new Set(["o1", "o4"]);
    expect(nextToScore(["o1", "o2", "o3", "o4"], (id) => todo.has(id), "o2")).toBe("o4");
    expect(nextToScore(["o1", "o2", "o3", "o4"], (id) => todo.has(id), "o4")).toBe("o1");
    expect(nextToScore(["o1", "o2"], () => false, "o1")).toBeNull();
  });
});

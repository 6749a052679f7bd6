import { describe, expect, it } from "vitest";
import { misusedReturnDue, returnAccount, settleYears, statutoryDueDate, unusedReturnDue } from "./grant-returns";
import type { RatePeriod } from "./interest";

const rates: RatePeriod[] = [
  { effectiveFrom: "2025-11-06", rateBp: 1150 },
  { effectiveFrom: "2025-12-04", rateBp: 1100 },
];
const line = (id: string, year: number, planned: number, actual: number) => ({
  lineId: id,
  year,
  name: id,
  plannedGrantGrosze: planned,
  plannedTotalGrosze: planned,
  actualGrantGrosze: actual,
});

describe("due dates of returns", () => {
  it("art. 251 ust. 1 ufp: unused grant of a year is due by 31 January of the next year", () => {
    expect(unusedReturnDue(2024, "2024-12-31")).toEqual({ dueDate: "2025-01-31", statutoryDate: "2025-01-31", basis: "art251ust1" });
    // an earlier year of a multi-year contract: its period of use is the whole year
    expect(unusedReturnDue(2026, "2027-10-31")).toEqual({ dueDate: "2027-02-01", statutoryDate: "2027-01-31", basis: "art251ust1" });
  });
  it("art. 251 ust. 1 ufp with art. 12 § 5 Ordynacji podatkowej: 31 January 2026, a Saturday, moves to Monday 2 February", () => {
    expect(unusedReturnDue(2025, "2025-12-31")).toEqual({ dueDate: "2026-02-02", statutoryDate: "2026-01-31", basis: "art251ust1" });
    expect(unusedReturnDue(2025, "2026-10-31")).toEqual({ dueDate: "2026-02-02", statutoryDate: "2026-01-31", basis: "art251ust1" });
  });
  it("art. 251 ust. 2 ufp: when the period of use ends before 31 December, within 15 days after its end", () => {
    expect(unusedReturnDue(2026, "2026-12-20")).toEqual({ dueDate: "2027-01-04", statutoryDate: "2027-01-04", basis: "art251ust2" });
    expect(unusedReturnDue(2026, "2026-12-30")).toEqual({ dueDate: "2027-01-14", statutoryDate: "2027-01-14", basis: "art251ust2" });
    // art. 12 § 5 Ordynacji podatkowej: 15 November 2025 is a Saturday; 6 April 2026 is Easter Monday
    expect(unusedReturnDue(2025, "2025-10-31")).toEqual({ dueDate: "2025-11-17", statutoryDate: "2025-11-15", basis: "art251ust2" });
    expect(unusedReturnDue(2026, "2026-03-22")).toEqual({ dueDate: "2026-04-07", statutoryDate: "2026-04-06", basis: "art251ust2" });
  });
  it("art. 251 ust. 2 ufp: a terminated contract's period of use ends on termination, the same 15 days", () => {
    expect(unusedReturnDue(2026, "2026-06-10")).toEqual({ dueDate: "2026-06-25", statutoryDate: "2026-06-25", basis: "art251ust2" });
  });
  it("art. 252 ust. 1 ufp: grant used against the contract is due within 15 days of the finding", () => {
    expect(misusedReturnDue("2026-12-20")).toBe("2027-01-04");
    expect(misusedReturnDue("2026-11-01")).toBe("2026-11-16");
  });
  it("art. 252 ust. 1 ufp with art. 12 § 5 Ordynacji podatkowej: a due date on a Saturday or a holiday moves to the next working day", () => {
    expect(misusedReturnDue("2026-12-04")).toBe("2026-12-21"); // 19 December 2026: Saturday
    expect(misusedReturnDue("2025-12-09")).toBe("2025-12-29"); // 24 December 2025: a holiday, then 25–26 December and a weekend
    expect(misusedReturnDue("2026-05-20")).toBe("2026-06-05"); // 4 June 2026: Corpus Christi
  });
  it("the statutory date of a stored return is the day the act names, shown next to the moved one", () => {
    expect(statutoryDueDate({ kind: "misused", year: 2026, foundOn: "2026-12-04" }, "2026-10-31")).toBe("2026-12-19");
    expect(statutoryDueDate({ kind: "unused", year: 2025, foundOn: null }, "2025-10-31")).toBe("2025-11-15");
    expect(statutoryDueDate({ kind: "unused", year: 2025, foundOn: null }, "2026-10-31")).toBe("2026-01-31");
  });
});

describe("settling a multi-year contract per budget year", () => {
  const years = [
    {
      year: 2024,
      grantedGrosze: 4_000_000,
      lines: [line("a24", 2024, 4_000_000, 3_900_000)],
      payments: [{ paidOn: "2024-03-10", amountGrosze: 4_000_000 }],
    },
    {
      year: 2025,
      grantedGrosze: 6_000_000,
      lines: [line("w25", 2025, 4_200_000, 4_700_000), line("k25", 2025, 1_800_000, 1_200_000)],
      payments: [
        { paidOn: "2025-02-28", amountGrosze: 3_000_000 },
        { paidOn: "2025-06-30", amountGrosze: 3_000_000 },
      ],
    },
  ];
  const result = settleYears(years, 1000, { periodOfUseEnd: "2025-10-31", foundOn: "2026-12-04" });

  it("art. 251 ust. 1 ufp: each year's unused part is that year's, due 31 January after it", () => {
    expect(result.years.map((y) => [y.year, y.unusedGrosze, y.overToleranceGrosze])).toEqual([
      [2024, 100_000, 0],
      [2025, 100_000, 80_000],
    ]);
    expect(result.returns[0]).toEqual({
      year: 2024,
      kind: "unused",
      basis: "art251ust1",
      amountGrosze: 100_000,
      dueDate: "2025-01-31",
      interestFrom: "2025-02-01",
      foundOn: null,
    });
  });
  it("art. 251 ust. 2 ufp: the last year's unused part is due 15 days after the period of use ends", () => {
    expect(result.returns[1]).toMatchObject({
      year: 2025,
      kind: "unused",
      basis: "art251ust2",
      dueDate: "2025-11-17", // 15 November 2025 is a Saturday (art. 12 § 5 Ordynacji podatkowej)
      interestFrom: "2025-11-18",
    });
  });
  it("art. 252 ust. 1 pkt 1 and ust. 5 ufp: spending beyond the allowed shift is returned with interest from the transfer", () => {
    expect(result.returns[2]).toEqual({
      year: 2025,
      kind: "misused",
      basis: "art252",
      amountGrosze: 80_000,
      dueDate: "2026-12-21", // 19 December 2026 is a Saturday
      interestFrom: "2025-06-30",
      foundOn: "2026-12-04",
    });
  });
  it("a year under-spent cannot make up for another year over-spent (per budget year)", () => {
    const r = settleYears(
      [
        {
          year: 2025,
          grantedGrosze: 100_000,
          lines: [line("a", 2025, 100_000, 50_000)],
          payments: [{ paidOn: "2025-01-10", amountGrosze: 100_000 }],
        },
        {
          year: 2026,
          grantedGrosze: 100_000,
          lines: [line("b", 2026, 100_000, 100_000)],
          payments: [{ paidOn: "2026-01-10", amountGrosze: 100_000 }],
        },
      ],
      0,
      { periodOfUseEnd: "2026-12-31", foundOn: "2027-02-01" },
    );
    expect(r.returns.map((x) => [x.year, x.kind, x.amountGrosze, x.dueDate])).toEqual([[2025, "unused", 50_000, "2026-02-02"]]);
  });
  it("nothing returned, nothing listed", () => {
    const r = settleYears(
      [
        {
          year: 2026,
          grantedGrosze: 100_000,
          lines: [line("a", 2026, 100_000, 100_000)],
          payments: [{ paidOn: "2026-01-10", amountGrosze: 100_000 }],
        },
      ],
      1000,
      { periodOfUseEnd: "2026-12-31", foundOn: "2027-02-01" },
    );
    expect(r.returns).toEqual([]);
  });
});

describe("a return's payments and interest", () => {
  const unused = { amountGrosze: 100_000, dueDate: "2025-11-15", interestFrom: "2025-11-16", rates };

  it("art. 251 ust. 1 ufp: paid by the due date, no interest", () => {
    const a = returnAccount({ ...unused, payments: [{ paidOn: "2025-11-15", amountGrosze: 100_000 }], today: "2026-12-06" });
    expect(a).toMatchObject({
      principalPaidGrosze: 100_000,
      interestPaidGrosze: 0,
      principalOwedGrosze: 0,
      stillOwedGrosze: 0,
      overdue: false,
    });
  });

  it("art. 251 ust. 5 ufp, art. 55 § 2 OP: a late partial payment covers principal and its interest proportionally", () => {
    // 505 zł paid on 15 Dec 2025: 500 zł principal + 5 zł interest (4.64 zł, 18 days at 11.5 % and 12 at 11 %)
    const a = returnAccount({ ...unused, payments: [{ paidOn: "2025-12-15", amountGrosze: 50_500 }], today: "2025-12-15" });
    expect(a.payments[0]).toMatchObject({ principalGrosze: 50_000, interestGrosze: 500, interestBaseGrosze: 50_000, surplusGrosze: 0 });
    expect(a.payments[0].interest.exactGrosze).toBe("464.38");
    expect(a.principalOwedGrosze).toBe(50_000);
    // the 500 zł still owed bears the same interest to the same day
    expect(a.interestToDate.roundedGrosze).toBe(500);
    expect(a.stillOwedGrosze).toBe(50_500);
    expect(a.overdue).toBe(true);
  });

  it("art. 63 § 1 OP: what rounding interest to złoty leaves of a payment goes to the principal", () => {
    // 500 zł paid: x + round(interest(x)) ≤ 500 zł; interest on ~495 zł is 4.60 zł → 5 zł, so x = 495 zł
    const a = returnAccount({ ...unused, payments: [{ paidOn: "2025-12-15", amountGrosze: 50_000 }], today: "2025-12-15" });
    expect(a.payments[0].interestGrosze).toBe(500);
    expect(a.payments[0].principalGrosze).toBe(49_500);
    expect(a.payments[0].principalGrosze + a.payments[0].interestGrosze).toBe(50_000);
  });

  it("art. 56a § 1 OP: the principal still owed bears interest to the day it is paid, across rate periods", () => {
    // 1 000 zł from 16 Nov 2025 to 6 Dec 2026: 18 days at 11.5 %, 368 days at 11 % = 5.67 + 110.90 = 116.57 zł → 117 zł
    const a = returnAccount({ ...unused, payments: [], today: "2026-12-06" });
    expect(a.interestToDate.spans.map((s) => s.days)).toEqual([18, 368]);
    expect(a.interestToDate.exactGrosze).toBe("11657.53");
    expect(a.stillOwedGrosze).toBe(100_000 + 11_700);
  });

  it("art. 252 ust. 5 pkt 1 ufp: interest on misused grant runs from the transfer, even before the return is due", () => {
    const a = returnAccount({
      amountGrosze: 80_000,
      dueDate: "2026-12-19",
      interestFrom: "2025-12-04",
      payments: [],
      rates,
      today: "2025-12-04",
    });
    expect(a.interestToDate.spans).toEqual([{ from: "2025-12-04", to: "2025-12-04", days: 1, rateBp: 1100 }]);
    expect(a.overdue).toBe(false);
  });

  it("several payments in date order; the last pays the rest with its interest; a surplus is shown", () => {
    const a = returnAccount({
      ...unused,
      payments: [
        { paidOn: "2026-01-15", amountGrosze: 100_000 }, // entered first, paid later
        { paidOn: "2025-12-15", amountGrosze: 50_500 },
      ],
      today: "2026-12-06",
    });
    expect(a.payments.map((p) => p.paidOn)).toEqual(["2025-12-15", "2026-01-15"]);
    // 500 zł from 16 Nov 2025 to 15 Jan 2026: 18 days at 11.5 % + 43 at 11 % = 2.84 + 6.48 = 9.32 zł → 9 zł
    expect(a.payments[1]).toMatchObject({ principalGrosze: 50_000, interestGrosze: 900, surplusGrosze: 100_000 - 50_000 - 900 });
    expect(a).toMatchObject({ principalOwedGrosze: 0, stillOwedGrosze: 0, interestPaidGrosze: 1_400 });
  });
});

import { describe, expect, it } from "vitest";
import { interestFor, roundToZloty, taxArrearsRateBp, type RatePeriod } from "./interest";

const eleven: RatePeriod[] = [{ effectiveFrom: "2025-12-04", rateBp: 1100 }];
const history: RatePeriod[] = [
  { effectiveFrom: "2025-12-04", rateBp: 1100 },
  { effectiveFrom: "2025-11-06", rateBp: 1150 },
];

describe("the tax-arrears rate", () => {
  it("art. 56 § 1 OP: 200 % of the NBP lombard rate plus 2 points", () => {
    expect(taxArrearsRateBp(450)).toBe(1100); // lombard 4.50 % (from 4 Dec 2025) → 11 %
    expect(taxArrearsRateBp(625)).toBe(1450);
    expect(taxArrearsRateBp(475)).toBe(1150);
  });
  it("art. 56 § 1 OP: never below 8 % a year", () => {
    expect(taxArrearsRateBp(50)).toBe(800);
    expect(taxArrearsRateBp(0)).toBe(800);
    expect(taxArrearsRateBp(300)).toBe(800);
    expect(taxArrearsRateBp(301)).toBe(802);
  });
  it("refuses a rate that is not whole basis points", () => {
    expect(() => taxArrearsRateBp(4.5)).toThrow(RangeError);
    expect(() => taxArrearsRateBp(-1)).toThrow(RangeError);
  });
});

describe("rounding interest", () => {
  it("art. 63 § 1 OP: under 50 gr is dropped, 50 gr and more rounds up to the full złoty", () => {
    expect(roundToZloty(449n, 1n)).toBe(400);
    expect(roundToZloty(450n, 1n)).toBe(500);
    expect(roundToZloty(4499n, 10n)).toBe(400); // 449.9 gr
    expect(roundToZloty(0n, 1n)).toBe(0);
    expect(roundToZloty(49n, 1n)).toBe(0);
    expect(roundToZloty(50n, 1n)).toBe(100);
  });
});

describe("interest per day", () => {
  it("art. 56a § 1 OP: amount × rate × days / 365, both ends of the span counted", () => {
    // 1 000 zł at 11 % for 30 days = 9.0411 zł → 9 zł
    const r = interestFor(100_000, "2026-02-01", "2026-03-02", eleven);
    expect(r.spans).toEqual([{ from: "2026-02-01", to: "2026-03-02", days: 30, rateBp: 1100 }]);
    expect(r.exactGrosze).toBe("904.11");
    expect(r.roundedGrosze).toBe(900);
    expect(r.uncoveredDays).toBe(0);
  });
  it("art. 56a § 1 OP: a 365-day year even in a leap year", () => {
    // 2028 is a leap year: 366 days at 11 % on 1 000 zł = 110.30 zł, not 110 zł
    const r = interestFor(100_000, "2028-01-01", "2028-12-31", eleven);
    expect(r.spans[0].days).toBe(366);
    expect(r.exactGrosze).toBe("11030.14");
    expect(r.roundedGrosze).toBe(11_000);
  });
  it("art. 56 § 1 OP: each day at the rate in force that day, split at every change", () => {
    // 500 zł from 16 Nov to 15 Dec 2025: 18 days at 11.5 %, 12 days at 11 % = 2.8356 + 1.8082 = 4.6438 zł → 5 zł
    const r = interestFor(50_000, "2025-11-16", "2025-12-15", history);
    expect(r.spans).toEqual([
      { from: "2025-11-16", to: "2025-12-03", days: 18, rateBp: 1150 },
      { from: "2025-12-04", to: "2025-12-15", days: 12, rateBp: 1100 },
    ]);
    expect(r.exactGrosze).toBe("464.38");
    expect(r.roundedGrosze).toBe(500);
  });
  it("is nothing for a payment on or before the first day of interest", () => {
    expect(interestFor(100_000, "2026-02-01", "2026-01-31", eleven)).toMatchObject({ spans: [], roundedGrosze: 0 });
    expect(interestFor(100_000, "2026-02-01", "2026-02-01", eleven).spans[0].days).toBe(1);
    expect(interestFor(0, "2026-02-01", "2026-03-01", eleven).roundedGrosze).toBe(0);
  });
  it("reports the days no rate period covers instead of guessing a rate", () => {
    const r = interestFor(100_000, "2025-12-01", "2025-12-10", eleven);
    expect(r.uncoveredDays).toBe(3);
    expect(r.spans).toEqual([{ from: "2025-12-04", to: "2025-12-10", days: 7, rateBp: 1100 }]);
    expect(interestFor(100_000, "2025-11-01", "2025-11-03", eleven).uncoveredDays).toBe(3);
    expect(interestFor(100_000, "2025-12-03", "2025-12-04", eleven).uncoveredDays).toBe(1);
  });
  it("stays exact for large amounts (integer arithmetic)", () => {
    const r = interestFor(9_000_000_000_000, "2026-01-01", "2026-12-31", eleven);
    expect(r.roundedGrosze).toBe(990_000_000_000);
  });
});

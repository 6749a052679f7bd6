import { describe, expect, it } from "vitest";
import { lineTotal, maxAmountGrosze, parseMoney, parseUnits } from "./money";

describe("money", () => {
  it("parses typed amounts into grosze", () => {
    expect(parseMoney("12 500,50 zł")).toBe(1_250_050);
    expect(parseMoney("0.1")).toBe(10);
    expect(parseMoney("abc")).toBeNull();
    expect(parseUnits("2,5")).toBe(250);
  });
  it("multiplies in exact integer arithmetic", () => {
    expect(lineTotal(333, 1_999_999_999_999)).toBe(6_659_999_999_997); // exact beyond 2^53 products
  });
  it("refuses amounts over the largest one (they overflowed bigint in the database)", () => {
    expect(parseMoney("10 000 000 000,00")).toBe(maxAmountGrosze);
    expect(parseMoney("10 000 000 000,01")).toBeNull();
    expect(parseMoney("999999999999")).toBeNull();
    expect(Number.isSafeInteger(maxAmountGrosze * 1000)).toBe(true);
  });
});

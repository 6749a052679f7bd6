import { describe, expect, it } from "vitest";
import { formatDay, formatMoney, formatNumber } from "./format";

describe("the locale's formats", () => {
  it("shows a calendar date in words, never as ISO, on the same day in every time zone", () => {
    expect(formatDay("2026-03-01", "pl")).toBe("1 marca 2026");
    expect(formatDay("2026-12-31", "pl")).toBe("31 grudnia 2026");
    expect(formatDay("2026-03-01", "en")).toBe("1 March 2026");
  });

  it("shows a missing date as a dash and a partial one as typed", () => {
    expect(formatDay(null, "pl")).toBe("—");
    expect(formatDay("", "pl")).toBe("—");
    expect(formatDay("2026-03", "pl")).toBe("2026-03");
  });

  it("shows hours and money with the locale's decimal separator", () => {
    expect(formatNumber(100, "pl")).toBe("100");
    expect(formatNumber(12.5, "pl")).toBe("12,5");
    expect(formatMoney(1_250_050, "pl").replace(/\s/g, " ")).toBe("12 500,50 zł");
  });
});

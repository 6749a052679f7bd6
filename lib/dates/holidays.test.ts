import { describe, expect, it } from "vitest";
import { easterSunday, isWorkingDay, polishHolidays, termEnd } from "./holidays";

describe("the Polish calendar of days free from work", () => {
  it("Easter Sunday by the Gregorian computus", () => {
    expect(["2019", "2024", "2025", "2026", "2027", "2038"].map((y) => easterSunday(Number(y)))).toEqual([
      "2019-04-21",
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2038-04-25",
    ]);
  });

  it("ustawa o dniach wolnych od pracy, art. 1: the holidays of 2026, with Easter Monday, Pentecost Sunday and Corpus Christi", () => {
    expect([...polishHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-01-06",
      "2026-04-05",
      "2026-04-06", // Easter Monday
      "2026-05-01",
      "2026-05-03",
      "2026-05-24", // Pentecost Sunday
      "2026-06-04", // Corpus Christi
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("the list is dated: 24 December free from 2025 (ustawa z 6 grudnia 2024 r.), 6 January from 2011", () => {
    expect(polishHolidays(2024).has("2024-12-24")).toBe(false);
    expect(polishHolidays(2025).has("2025-12-24")).toBe(true);
    expect(polishHolidays(2010).has("2010-01-06")).toBe(false);
    expect(polishHolidays(2011).has("2011-01-06")).toBe(true);
    expect(isWorkingDay("2024-12-24")).toBe(true); // a Tuesday, still a working day
    expect(isWorkingDay("2025-12-24")).toBe(false);
  });
});

describe("the end of a term (art. 12 § 5 Ordynacji podatkowej)", () => {
  it("a term ending on a working day stays", () => {
    expect(termEnd("2025-12-16")).toBe("2025-12-16");
    expect(termEnd("2026-11-16")).toBe("2026-11-16");
  });
  it("a term ending on a Saturday or a Sunday ends on the Monday", () => {
    expect(termEnd("2025-11-15")).toBe("2025-11-17"); // Saturday
    expect(termEnd("2027-01-31")).toBe("2027-02-01"); // Sunday
  });
  it("a term ending on a public holiday ends on the next working day, past a weekend that follows", () => {
    expect(termEnd("2026-04-06")).toBe("2026-04-07"); // Easter Monday
    expect(termEnd("2026-06-04")).toBe("2026-06-05"); // Corpus Christi
    expect(termEnd("2025-12-24")).toBe("2025-12-29"); // 24–26 December, then Saturday and Sunday
    expect(termEnd("2026-11-11")).toBe("2026-11-12");
    expect(termEnd("2026-10-31")).toBe("2026-11-02"); // Saturday, then All Saints' Day on Sunday
  });
});

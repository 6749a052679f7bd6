import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  inForceOn,
  withPeriods,
  isIsoDate,
  warsawDate,
  warsawEndOfDay,
  warsawToday,
  warsawToInstant,
} from "./warsaw";

describe("the Warsaw calendar", () => {
  it("gives today's Warsaw date, which changes at Warsaw midnight, not UTC's", () => {
    expect(warsawToday(new Date("2026-11-27T22:59:00Z"))).toBe("2026-11-27");
    expect(warsawToday(new Date("2026-11-27T23:01:00Z"))).toBe("2026-11-28");
    expect(warsawToday(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(warsawToday(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    // New Year's Eve: the year changes an hour before UTC's
    expect(warsawToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(warsawToday()).toBe(warsawDate(new Date()));
  });

  it("ends a day at 23:59:59 Warsaw time in winter, in summer and on the days the clocks change", () => {
    expect(warsawEndOfDay("2026-12-21").toISOString()).toBe("2026-12-21T22:59:59.000Z");
    expect(warsawEndOfDay("2026-07-01").toISOString()).toBe("2026-07-01T21:59:59.000Z");
    expect(warsawEndOfDay("2027-03-28").toISOString()).toBe("2027-03-28T21:59:59.000Z"); // spring forward: CEST by evening
    expect(warsawEndOfDay("2027-10-31").toISOString()).toBe("2027-10-31T22:59:59.000Z"); // fall back: CET by evening
    expect(warsawDate(warsawEndOfDay("2027-10-31"))).toBe("2027-10-31");
    expect(warsawEndOfDay("2027-10-31").getTime() + 1000).toBe(warsawToInstant("2027-11-01").getTime());
  });

  it("does calendar arithmetic on dates without a time zone", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-06-01", "2026-08-29")).toBe(89);
    expect(["2028-02-29", "2026-12-31"].every(isIsoDate)).toBe(true);
    expect(["2026-02-29", "2026-02-30", "2026-13-01", "2026-1-01", "", "2026-01-01T00:00"].some(isIsoDate)).toBe(false);
  });
});

describe("dated settings", () => {
  const settings = [
    { effectiveFrom: "2027-01-01", name: "2027" },
    { effectiveFrom: "2019-01-01", name: "2019" },
    { effectiveFrom: "2024-06-15", name: "2024" },
  ];
  it("the latest one starting on or before the day is in force, whatever the order given", () => {
    expect(inForceOn(settings, "2018-12-31")).toBeNull();
    expect(inForceOn(settings, "2019-01-01")?.name).toBe("2019");
    expect(inForceOn(settings, "2024-06-14")?.name).toBe("2019");
    expect(inForceOn(settings, "2024-06-15")?.name).toBe("2024");
    expect(inForceOn(settings, "2026-12-31")?.name).toBe("2024");
    expect(inForceOn(settings, "2030-01-01")?.name).toBe("2027");
  });
  it("each is in force until the day before the next one starts; the last onwards", () => {
    expect(withPeriods(settings).map((s) => [s.name, s.effectiveFrom, s.until])).toEqual([
      ["2019", "2019-01-01", "2024-06-14"],
      ["2024", "2024-06-15", "2026-12-31"],
      ["2027", "2027-01-01", null],
    ]);
  });
});

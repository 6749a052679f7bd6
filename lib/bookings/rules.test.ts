import { describe, expect, it } from "vitest";
import { warsawToInstant } from "@/lib/dates/warsaw";
import {
  isCalendarWeek,
  publicWeekHref,
  cancellationOutcome,
  monthBounds,
  nearestFreeSlots,
  occurrenceDates,
  onDate,
  openingHoursProblem,
  weekStart,
  windowProblem,
  withinMonthlyLimit,
} from "./rules";
import type { BookingSettings } from "./settings";

const settings: BookingSettings = {
  windowDays: 60,
  hoursPerMonth: 20,
  cancellationNoticeHours: 24,
  opensAt: "08:00",
  closesAt: "16:00",
  slotMinutes: 30,
  maxRepeatMonths: 6,
};
const at = (date: string, from: string, to: string) => ({ startsAt: warsawToInstant(date, from), endsAt: warsawToInstant(date, to) });

describe("opening hours (Warsaw, working days)", () => {
  it("accepts 8:00–16:00 on a working day in winter and in summer (across DST)", () => {
    expect(openingHoursProblem(at("2026-12-08", "08:00", "16:00"), settings)).toBeNull();
    expect(openingHoursProblem(at("2027-06-08", "08:00", "16:00"), settings)).toBeNull();
    // 8:00 in Warsaw is 07:00 UTC in winter, 06:00 UTC in summer
    expect(at("2026-12-08", "08:00", "09:00").startsAt.toISOString()).toBe("2026-12-08T07:00:00.000Z");
    expect(at("2027-06-08", "08:00", "09:00").startsAt.toISOString()).toBe("2027-06-08T06:00:00.000Z");
  });
  it("the Tuesday after the spring change (Monday is Easter Monday) and the one after the autumn change keep 8:00 Warsaw", () => {
    expect(openingHoursProblem(at("2027-03-30", "08:00", "10:00"), settings)).toBeNull();
    expect(openingHoursProblem(at("2026-10-26", "08:00", "10:00"), settings)).toBeNull();
    // 06:00 UTC on 30 March 2027 is 08:00 Warsaw (summer time); 05:30 UTC is 07:30, before opening
    expect(
      openingHoursProblem({ startsAt: new Date("2027-03-30T06:00:00Z"), endsAt: new Date("2027-03-30T07:00:00Z") }, settings),
    ).toBeNull();
    expect(openingHoursProblem({ startsAt: new Date("2027-03-30T05:30:00Z"), endsAt: new Date("2027-03-30T07:00:00Z") }, settings)).toBe(
      "outsideHours",
    );
  });
  it("refuses before opening, after closing, across days, off the grid, weekends and holidays", () => {
    expect(openingHoursProblem(at("2026-12-08", "07:30", "09:00"), settings)).toBe("outsideHours");
    expect(openingHoursProblem(at("2026-12-08", "15:00", "16:30"), settings)).toBe("outsideHours");
    expect(openingHoursProblem(at("2026-12-08", "09:10", "10:00"), settings)).toBe("offGrid");
    expect(openingHoursProblem(at("2026-12-12", "09:00", "10:00"), settings)).toBe("closedDay"); // Saturday
    expect(openingHoursProblem(at("2026-12-24", "09:00", "10:00"), settings)).toBe("closedDay"); // Wigilia, a holiday since 2025
    expect(openingHoursProblem(at("2026-12-25", "09:00", "10:00"), settings)).toBe("closedDay");
    expect(openingHoursProblem(at("2026-12-08", "10:00", "09:00"), settings)).toBe("endsBeforeStart");
    expect(
      openingHoursProblem({ startsAt: warsawToInstant("2026-12-08", "15:00"), endsAt: warsawToInstant("2026-12-09", "09:00") }, settings),
    ).toBe("outsideHours");
  });
});

describe("booking window", () => {
  const now = warsawToInstant("2026-12-07", "10:00");
  it("refuses the past and beyond the window, counted in Warsaw days", () => {
    expect(windowProblem(at("2026-12-07", "09:00", "10:00"), now, settings)).toBe("inThePast");
    expect(windowProblem(at("2027-02-05", "09:00", "10:00"), now, settings)).toBeNull(); // 60 days
    expect(windowProblem(at("2027-02-08", "09:00", "10:00"), now, settings)).toBe("beyondWindow");
  });
});

describe("monthly hours and cancellation", () => {
  it("counts hours against the monthly limit", () => {
    expect(withinMonthlyLimit(18, at("2026-12-08", "09:00", "11:00"), settings)).toBe(true);
    expect(withinMonthlyLimit(18.5, at("2026-12-08", "09:00", "11:00"), settings)).toBe(false);
  });
  it("a Warsaw month starts at midnight Warsaw time", () => {
    expect(monthBounds("2026-12").startsAt.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(monthBounds("2026-12").endsAt.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(monthBounds("2027-04").startsAt.toISOString()).toBe("2027-03-31T22:00:00.000Z");
  });
  it("cancelling later than the notice counts as a no-show", () => {
    const startsAt = warsawToInstant("2026-12-09", "10:00");
    expect(cancellationOutcome(startsAt, warsawToInstant("2026-12-08", "10:00"), settings)).toBe("cancelled");
    expect(cancellationOutcome(startsAt, warsawToInstant("2026-12-08", "10:01"), settings)).toBe("no_show");
  });
});

describe("repetition", () => {
  it("weekly up to the end date, capped at six months", () => {
    expect(occurrenceDates("2026-12-08", "weekly", "2026-12-29", settings)).toEqual([
      "2026-12-08",
      "2026-12-15",
      "2026-12-22",
      "2026-12-29",
    ]);
    const capped = occurrenceDates("2026-12-08", "weekly", "2027-12-31", settings);
    expect(capped.at(-1)).toBe("2027-06-08");
    expect(capped).toHaveLength(27);
  });
  it("monthly on the same day, skipping months without it", () => {
    expect(occurrenceDates("2026-12-31", "monthly", "2027-05-31", settings)).toEqual([
      "2026-12-31",
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
    ]);
  });
  it("keeps the wall-clock time across DST", () => {
    const range = onDate(at("2027-03-22", "14:00", "15:00"), "2027-03-30");
    expect(range.startsAt.toISOString()).toBe("2027-03-30T12:00:00.000Z");
  });
});

describe("nearest free slots", () => {
  const now = warsawToInstant("2026-12-07", "07:00");
  it("offers the free slots of the same length nearest the wanted time (earlier first on a tie), the same day first", () => {
    const busy = [at("2026-12-08", "09:00", "12:00"), at("2026-12-08", "13:00", "14:00")];
    const slots = nearestFreeSlots(at("2026-12-08", "10:00", "11:00"), busy, settings, now);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      warsawToInstant("2026-12-08", "08:00").toISOString(),
      warsawToInstant("2026-12-08", "12:00").toISOString(),
      warsawToInstant("2026-12-08", "14:00").toISOString(),
    ]);
  });
  it("moves on to the next working day when the day is full (skipping a weekend)", () => {
    const busy = [at("2026-12-11", "08:00", "16:00")];
    const slots = nearestFreeSlots(at("2026-12-11", "10:00", "12:00"), busy, settings, now, { count: 1 });
    expect(slots[0].startsAt.toISOString()).toBe(warsawToInstant("2026-12-14", "08:00").toISOString());
  });
  it("the Monday of a week", () => {
    expect(weekStart("2026-12-10")).toBe("2026-12-07");
    expect(weekStart("2026-12-13")).toBe("2026-12-07");
    expect(weekStart("2026-12-07")).toBe("2026-12-07");
  });
});

describe("the public week pages", () => {
  it("exist only for a Monday within a year of today, so the cache stays bounded", () => {
    expect(isCalendarWeek("2026-12-07", "2026-12-09")).toBe(true);
    expect(isCalendarWeek("2026-12-08", "2026-12-09")).toBe(false);
    expect(isCalendarWeek("2026-02-30", "2026-12-09")).toBe(false);
    expect(isCalendarWeek("next", "2026-12-09")).toBe(false);
    expect(isCalendarWeek("2027-12-06", "2026-12-09")).toBe(true);
    expect(isCalendarWeek("2028-01-03", "2026-12-09")).toBe(false);
    expect(isCalendarWeek("2025-12-01", "2026-12-09")).toBe(false);
  });
  it("link the current week to the room's own page", () => {
    expect(publicWeekHref("r1")).toBe("/centre/rooms/r1");
    expect(publicWeekHref("r1", "2026-12-14")).toBe("/centre/rooms/r1/week/2026-12-14");
  });
});

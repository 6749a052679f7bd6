import { describe, expect, it } from "vitest";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { daysUntil, finalReportDue, isOverdue, partialReportDue, plannedReports } from "./dates";
import { misusedReturnDue } from "./grant-returns";

describe("due dates (calendar days, Warsaw)", () => {
  it("puts the final report 30 days after the task ends, across month and year ends and leap days", () => {
    expect(finalReportDue("2026-10-31")).toBe("2026-11-30");
    expect(finalReportDue("2026-12-15")).toBe("2027-01-14");
    expect(finalReportDue("2026-12-31")).toBe("2027-01-30");
    expect(finalReportDue("2028-02-01")).toBe("2028-03-02"); // 2028 is a leap year
    expect(finalReportDue("2027-02-01")).toBe("2027-03-03");
    expect(finalReportDue("2026-03-01")).toBe("2026-03-31"); // across the spring DST change: whole days
  });

  it("puts a partial report on 31 January of the next year", () => {
    expect(partialReportDue(2025)).toBe("2026-01-31");
    expect(partialReportDue(2026)).toBe("2027-01-31");
  });

  it("plans a partial report per year but the last, and the final for the whole period", () => {
    expect(plannedReports({ startDate: "2025-03-01", endDate: "2027-11-30" })).toEqual([
      { kind: "partial", year: 2025, periodStart: "2025-03-01", periodEnd: "2025-12-31", dueDate: "2026-01-31" },
      { kind: "partial", year: 2026, periodStart: "2026-01-01", periodEnd: "2026-12-31", dueDate: "2027-01-31" },
      { kind: "final", year: 2027, periodStart: "2025-03-01", periodEnd: "2027-11-30", dueDate: "2027-12-30" },
    ]);
    expect(plannedReports({ startDate: "2026-02-01", endDate: "2026-10-31" })).toEqual([
      { kind: "final", year: 2026, periodStart: "2026-02-01", periodEnd: "2026-10-31", dueDate: "2026-11-30" },
    ]);
  });

  it("is on time through the whole due day in Warsaw and overdue from the next Warsaw midnight", () => {
    // winter (UTC+1): the due day 2027-01-31 ends at 2027-01-31T23:00Z
    expect(isOverdue("2027-01-31", new Date("2027-01-31T22:59:59Z"))).toBe(false);
    expect(isOverdue("2027-01-31", new Date("2027-01-31T23:00:00Z"))).toBe(true);
    // summer (UTC+2): the due day 2026-07-15 ends at 2026-07-15T22:00Z
    expect(isOverdue("2026-07-15", new Date("2026-07-15T21:59:59Z"))).toBe(false);
    expect(isOverdue("2026-07-15", new Date("2026-07-15T22:00:00Z"))).toBe(true);
  });

  it("counts Warsaw days right on the DST changes", () => {
    // 2026-03-29: clocks go 02:00 → 03:00; 2026-10-25: 03:00 → 02:00
    expect(warsawToday(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(warsawToday(new Date("2026-03-29T21:59:00Z"))).toBe("2026-03-29");
    expect(warsawToday(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
    expect(warsawToday(new Date("2026-10-25T22:59:00Z"))).toBe("2026-10-25");
    expect(warsawToday(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
    expect(daysUntil("2026-03-30", new Date("2026-03-28T23:30:00Z"))).toBe(1);
    expect(daysUntil("2026-10-24", new Date("2026-10-25T23:00:00Z"))).toBe(-2);
  });

  it("counts the year end in Warsaw, not in UTC", () => {
    expect(warsawToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(isOverdue("2026-12-31", new Date("2026-12-31T23:30:00Z"))).toBe(true);
    expect(isOverdue("2026-12-31", new Date("2026-12-31T22:30:00Z"))).toBe(false);
  });

  it("art. 252 ust. 1 ufp: 15 days from the finding, dated in Warsaw (acceptance late on 20 Dec UTC is 21 Dec)", () => {
    // 12 December 2026 is a Saturday: the Monday after (art. 12 § 5 Ordynacji podatkowej)
    expect(misusedReturnDue(warsawToday(new Date("2026-11-27T10:00:00Z")))).toBe("2026-12-14");
    expect(misusedReturnDue(warsawToday(new Date("2026-12-20T23:30:00Z")))).toBe("2027-01-05");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

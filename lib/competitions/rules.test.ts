import { describe, expect, it } from "vitest";
import { announcementGaps, cancellationRefusal, deadlineLongEnough, effectiveStatus, shiftYear } from "./rules";
import { minimumOfferDaysSetting } from "./settings";
import { competitionInputSchema } from "./input";
import { instantToWarsaw, remaining, warsawToInstant } from "@/lib/dates/warsaw";

describe("Warsaw time", () => {
  it("converts winter and summer wall-clock times", () => {
    expect(warsawToInstant("2026-12-21", "15:00").toISOString()).toBe("2026-12-21T14:00:00.000Z");
    expect(warsawToInstant("2027-07-01", "15:00").toISOString()).toBe("2027-07-01T13:00:00.000Z");
  });
  it("handles the spring change (28 March 2027)", () => {
    expect(warsawToInstant("2027-03-28", "01:30").toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(warsawToInstant("2027-03-28", "03:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // 02:30 does not exist: moved forward to 03:30 summer time
    expect(warsawToInstant("2027-03-28", "02:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    const a = warsawToInstant("2027-03-28", "01:30");
    const b = warsawToInstant("2027-03-28", "03:30");
    expect(b.getTime() - a.getTime()).toBe(60 * 60000);
  });
  it("handles the autumn change (31 October 2027)", () => {
    expect(warsawToInstant("2027-10-31", "01:30").toISOString()).toBe("2027-10-30T23:30:00.000Z");
    // 02:30 happens twice: the earlier instant (summer time)
    expect(warsawToInstant("2027-10-31", "02:30").toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(warsawToInstant("2027-10-31", "03:30").toISOString()).toBe("2027-10-31T02:30:00.000Z");
  });
  it("round-trips", () => {
    expect(instantToWarsaw(warsawToInstant("2026-12-21", "15:00"))).toEqual({ date: "2026-12-21", time: "15:00" });
    expect(instantToWarsaw(new Date("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30" });
  });
  it("computes the countdown", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(remaining(new Date("2026-12-02T13:05:00Z"), now)).toEqual({ days: 5, hours: 3, minutes: 5, passed: false });
    expect(remaining(new Date("2026-11-27T09:00:00Z"), now).passed).toBe(true);
  });
});

describe("competition rules", () => {
  it("closes offers at the deadline, on read", () => {
    const deadline = warsawToInstant("2026-12-21", "15:00");
    expect(effectiveStatus({ status: "announced", offerDeadline: deadline }, new Date(deadline.getTime() - 1))).toBe("announced");
    expect(effectiveStatus({ status: "announced", offerDeadline: deadline }, deadline)).toBe("offers_closed");
    expect(effectiveStatus({ status: "scoring", offerDeadline: deadline }, new Date("2027-01-01"))).toBe("scoring");
  });
  it("art. 13 ust. 1 with art. 111 § 2 KC: the 21 days end at the end of day 21 (Warsaw), not at its start", () => {
    const published = warsawToInstant("2026-11-30", "10:00");
    // day 21 after 30 November is 21 December; the term ends when that day ends
    expect(deadlineLongEnough(published, warsawToInstant("2026-12-21", "00:00"), 21)).toBe(false);
    expect(deadlineLongEnough(published, warsawToInstant("2026-12-21", "15:00"), 21)).toBe(false);
    expect(deadlineLongEnough(published, warsawToInstant("2026-12-21", "23:59"), 21)).toBe(true);
    expect(deadlineLongEnough(published, warsawToInstant("2026-12-22", "08:00"), 21)).toBe(true);
    expect(deadlineLongEnough(published, warsawToInstant("2026-12-20", "23:59"), 21)).toBe(false);
    // published at 00:30 on 1 December in Warsaw (still 30 November in UTC): the days count from Warsaw's 1 December
    expect(deadlineLongEnough(new Date("2026-11-30T23:30:00Z"), warsawToInstant("2026-12-21", "23:59"), 21)).toBe(false);
    // across the spring change
    expect(deadlineLongEnough(warsawToInstant("2027-03-10", "12:00"), warsawToInstant("2027-03-31", "23:59"), 21)).toBe(true);
    expect(deadlineLongEnough(warsawToInstant("2027-03-10", "12:00"), warsawToInstant("2027-03-31", "12:00"), 21)).toBe(false);
  });
  it("art. 13 ust. 1: the setting may lengthen the 21-day minimum, never shorten it", () => {
    expect(minimumOfferDaysSetting(undefined)).toBe(21);
    expect(minimumOfferDaysSetting("28")).toBe(28);
    expect(minimumOfferDaysSetting("14")).toBe(21);
    expect(minimumOfferDaysSetting("0")).toBe(21);
    expect(minimumOfferDaysSetting("abc")).toBe(21);
  });
  it("shifts dates by a year", () => {
    expect(shiftYear("2026-03-01")).toBe("2027-03-01");
    expect(shiftYear("2028-02-29")).toBe("2029-02-28");
    expect(shiftYear(null)).toBeNull();
  });
});

describe("minimum score", () => {
  const criteria = JSON.stringify([
    { kind: "ability", name: "Możliwość realizacji", maxPoints: 10, supportOnly: false },
    { kind: "own_financial", name: "Wkład własny finansowy", maxPoints: 10, supportOnly: true },
  ]);
  const input = (fundingForm: "support" | "entrustment", minTotalScore: string) => ({
    title: "Konkurs testowy",
    number: "DSS-I.1.2027",
    areaSlug: "seniors",
    fundingForm,
    description: "Opis zadania.",
    budget: "100000",
    minGrant: "",
    maxGrant: "",
    minOwnFinancial: "",
    minOwnNonFinancial: "",
    maxAdminCost: "",
    taskStartDate: "2027-02-01",
    taskEndDate: "2027-11-30",
    deadlineDate: "2027-01-10",
    deadlineTime: "15:00",
    selectionProcedure: "Ocena komisji.",
    selectionDate: "2027-01-25",
    minTotalScore,
    criteria,
  });
  const minimumRefused = (fundingForm: "support" | "entrustment", minTotalScore: string) => {
    const parsed = competitionInputSchema.safeParse(input(fundingForm, minTotalScore));
    return !parsed.success && parsed.error.issues.some((i) => i.path[0] === "minTotalScore");
  };

  it("art. 15 ust. 1 pkt 3 uodpp: in an entrustment call the own-contribution criterion is not scored, so the minimum cannot count on it", () => {
    expect(minimumRefused("support", "15")).toBe(false);
    expect(minimumRefused("entrustment", "15")).toBe(true);
    expect(minimumRefused("entrustment", "10")).toBe(false);
  });
});

describe("announcement content and withdrawal (pure rules)", () => {
  const complete = {
    areaSlug: "seniors",
    description: "Zajęcia dla seniorów",
    budgetGrosze: 100_000_00,
    grantRules: "Wspieranie",
    taskStartDate: "2027-02-01",
    taskEndDate: "2027-12-15",
    taskConditions: "W Białymstoku",
    offerDeadline: new Date("2026-12-28T14:00:00Z"),
    selectionProcedure: "Komisja",
    selectionDate: "2027-01-20",
    criteriaCount: 6,
    previousTasks: [{ year: 2026 }],
    noPreviousTasks: false,
  };
  it("art. 13 ust. 2 uodpp: a complete announcement has no gaps; each missing element is named in the editor's order", () => {
    expect(announcementGaps(complete)).toEqual([]);
    expect(
      announcementGaps({
        ...complete,
        grantRules: " ",
        taskConditions: "",
        selectionDate: null,
        previousTasks: [],
        budgetGrosze: 0,
        criteriaCount: 0,
      }),
    ).toEqual(["budget", "grantRules", "taskConditions", "selectionDate", "criteria", "previousTasks"]);
    expect(announcementGaps({ ...complete, previousTasks: [], noPreviousTasks: true })).toEqual([]);
  });
  it("art. 18a uodpp a contrario: withdrawing a call needs the reservation and an open call", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const open = { status: "announced" as const, offerDeadline: new Date("2026-12-10T14:00:00Z"), reservesCancellation: true };
    expect(cancellationRefusal(open, now)).toBeNull();
    expect(cancellationRefusal({ ...open, reservesCancellation: false }, now)).toBe("cancellationNotReserved");
    expect(cancellationRefusal({ ...open, offerDeadline: new Date("2026-12-01T12:00:00Z") }, now)).toBe("cancelAfterDeadline");
    expect(cancellationRefusal({ ...open, status: "scoring" }, now)).toBe("cancelAfterDeadline");
    expect(cancellationRefusal({ ...open, status: "voided" }, now)).toBe("cannotCancel");
  });
});

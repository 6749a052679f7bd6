import { smallGrantSettings } from "./settings";
import { contractOfSmallGrant } from "./contract";
import { contractTermsProblems } from "@/lib/contracts/insert";
import { describe, expect, it } from "vitest";
import { addWorkingDays, commentsCloseAt, easterSunday, inclusiveDays, isWorkingDay, lastCommentDay, acceptsComments } from "./calendar";
import { limitIssues, limitSetOn, poolCap, type LimitSet } from "./limits";
import { draftOf, parseDraft } from "./schemas";

const before: LimitSet = {
  id: "old",
  effectiveFrom: "2004-01-01",
  maxGrantGrosze: 1_000_000,
  maxTaskDays: 90,
  maxYearlyPerOrganizationGrosze: 2_000_000,
  maxPoolShareBp: 2000,
};
const after: LimitSet = {
  id: "new",
  effectiveFrom: "2026-09-01",
  maxGrantGrosze: 2_000_000,
  maxTaskDays: null,
  maxYearlyPerOrganizationGrosze: 4_000_000,
  maxPoolShareBp: 3000,
};
const sets = [after, before];
const base = {
  grantGrosze: 1_500_000,
  startDate: "2026-10-01",
  endDate: "2027-03-31",
  organizationYearGrosze: 0,
  yearGrosze: 0,
  plannedPoolGrosze: 3_450_000_000,
};

describe("the limit set in force is decided by the submission date", () => {
  it("an offer submitted on 31 August 2026 keeps the old limits, one of 1 September the new ones", () => {
    expect(limitSetOn(sets, "2026-08-31")?.id).toBe("old");
    expect(limitSetOn(sets, "2026-09-01")?.id).toBe("new");
    expect(limitSetOn(sets, "2027-05-01")?.id).toBe("new");
    expect(limitSetOn(sets, "2003-12-31")).toBeNull();
  });

  it("15 000 zł for 182 days: refused under the old set (amount and length), fine under the new one", () => {
    expect(limitIssues(before, base).map((i) => i.key)).toEqual(["aboveTaskLimit", "taskTooLong"]);
    expect(limitIssues(after, base)).toEqual([]);
  });

  it("the task limit is inclusive: exactly 10 000 zł and exactly 90 days pass the old set", () => {
    expect(inclusiveDays("2026-06-01", "2026-08-29")).toBe(90);
    expect(limitIssues(before, { ...base, grantGrosze: 1_000_000, startDate: "2026-06-01", endDate: "2026-08-29" })).toEqual([]);
    expect(
      limitIssues(before, { ...base, grantGrosze: 1_000_001, startDate: "2026-06-01", endDate: "2026-08-30" }).map((i) => i.key),
    ).toEqual(["aboveTaskLimit", "taskTooLong"]);
  });
});

describe("yearly sums", () => {
  it("the organization's sum of the year plus this grant may reach the cap but not pass it", () => {
    expect(limitIssues(after, { ...base, organizationYearGrosze: 2_500_000 })).toEqual([]);
    expect(limitIssues(after, { ...base, organizationYearGrosze: 2_500_001 })).toEqual([
      { field: "grantTotal", key: "aboveOrganizationYearLimit" },
    ]);
  });

  it("the year's small grants stay within the share of the planned pool (rounded down, integer grosze)", () => {
    expect(poolCap(3_450_000_000, 3000)).toBe(1_035_000_000);
    expect(poolCap(1_001, 3333)).toBe(333);
    const pool = 10_000_000; // 100 000 zł → 30 % = 30 000 zł
    expect(limitIssues(after, { ...base, plannedPoolGrosze: pool, yearGrosze: 1_500_000 })).toEqual([]);
    expect(limitIssues(after, { ...base, plannedPoolGrosze: pool, yearGrosze: 1_500_001 })).toEqual([
      { field: "grantTotal", key: "abovePoolShare" },
    ]);
    expect(limitIssues(after, { ...base, plannedPoolGrosze: null })).toEqual([{ field: "grantTotal", key: "poolNotSet" }]);
  });
});

describe("comment window in Warsaw time", () => {
  it("ends at the end of the 7th Warsaw day after publication (winter time)", () => {
    const close = commentsCloseAt(new Date("2026-11-27T09:00:00Z"), 7);
    expect(close.toISOString()).toBe("2026-12-04T23:00:00.000Z"); // 5 Dec 00:00 CET
    expect(lastCommentDay(close)).toBe("2026-12-04");
  });

  it("a publication late in the evening counts by the Warsaw date, not the UTC one", () => {
    // 00:00 on 28 Nov in Warsaw is 23:00 UTC on the 27th
    expect(commentsCloseAt(new Date("2026-11-27T23:00:00Z"), 7).toISOString()).toBe("2026-12-05T23:00:00.000Z");
    expect(commentsCloseAt(new Date("2026-11-27T22:59:59Z"), 7).toISOString()).toBe("2026-12-04T23:00:00.000Z");
  });

  it("across the autumn change (25 Oct 2026): published in summer time, closes at winter midnight", () => {
    const close = commentsCloseAt(new Date("2026-10-22T08:00:00Z"), 7);
    expect(close.toISOString()).toBe("2026-10-29T23:00:00.000Z");
    expect(lastCommentDay(close)).toBe("2026-10-29");
  });

  it("across the spring change (29 Mar 2026): published in winter time, closes at summer midnight", () => {
    const close = commentsCloseAt(new Date("2026-03-25T10:00:00Z"), 7);
    expect(close.toISOString()).toBe("2026-04-01T22:00:00.000Z");
  });

  it("accepts comments from publication until one millisecond before the end", () => {
    const publishedAt = new Date("2026-10-22T08:00:00Z");
    const grant = { status: "published", publishedAt, commentsCloseAt: commentsCloseAt(publishedAt, 7) };
    expect(acceptsComments(grant, new Date("2026-10-29T22:59:59.999Z"))).toBe(true);
    expect(acceptsComments(grant, new Date("2026-10-29T23:00:00.000Z"))).toBe(false);
    expect(acceptsComments(grant, new Date("2026-10-22T07:59:59.999Z"))).toBe(false);
    expect(acceptsComments({ ...grant, status: "accepted" }, new Date("2026-10-25T12:00:00Z"))).toBe(false);
  });
});

describe("publication deadline in working days", () => {
  it("skips weekends and Polish holidays (11 November, 24–26 December since 2025)", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday
    expect(isWorkingDay("2026-06-04")).toBe(false); // Corpus Christi
    expect(addWorkingDays("2026-11-27", 7)).toBe("2026-12-08"); // Fri → 7 working days later
    expect(addWorkingDays("2026-11-06", 7)).toBe("2026-11-18"); // 11 Nov skipped
    expect(addWorkingDays("2026-12-18", 7)).toBe("2026-12-31"); // 24, 25, 26 Dec skipped
  });
});

describe("the simplified offer form", () => {
  it("keeps only known keys and parses money in grosze", () => {
    const draft = draftOf({
      title: "Sąsiedzki piknik",
      areaSlug: "culture",
      character: "local",
      description: "Opis",
      startDate: "2026-12-10",
      endDate: "2026-12-20",
      expectedResults: "50 osób",
      "lines.0.name": "Catering",
      "lines.0.grant": "1 234,56",
      "lines.0.own": "100",
      evil: "x",
      "lines.1.name": "",
    });
    expect(draft.evil).toBeUndefined();
    const parsed = parseDraft(draft);
    expect(parsed.success && parsed.data.lines).toEqual([{ name: "Catering", grant: 123456, own: 10000 }]);
  });

  it("refuses a task crossing the year and a bad amount, at their fields", () => {
    const parsed = parseDraft({
      title: "T",
      areaSlug: "culture",
      character: "local",
      description: "D",
      expectedResults: "R",
      startDate: "2026-12-10",
      endDate: "2027-01-05",
      "lines.0.name": "X",
      "lines.0.grant": "12,345",
    });
    expect(parsed.success ? {} : parsed.fieldErrors).toEqual({ endDate: ["taskCrossesYear"], "lines.0.grant": ["invalidMoney"] });
  });

  it("art. 19a uodpp sets no budget-year rule: a task across the year end is the city's setting (SMALL_GRANT_ONE_BUDGET_YEAR)", () => {
    const draft = {
      title: "Ferie zimowe",
      areaSlug: "culture",
      character: "local",
      description: "D",
      expectedResults: "R",
      startDate: "2026-12-28",
      endDate: "2027-01-08",
      "lines.0.name": "Warsztaty",
      "lines.0.grant": "5000",
    };
    expect(parseDraft(draft).success).toBe(false);
    smallGrantSettings.oneBudgetYear = false;
    try {
      const parsed = parseDraft(draft);
      expect(parsed.success).toBe(true);
      const grant = {
        id: "g",
        organizationId: "o",
        title: "Ferie zimowe",
        areaSlug: "culture",
        startDate: draft.startDate,
        endDate: draft.endDate,
      };
      const contract = contractOfSmallGrant(
        { ...grant, costLines: [{ name: "Warsztaty", grantGrosze: 500_000, ownGrosze: 0 }], grantGrosze: 500_000, ownGrosze: 0 } as never,
        null,
        "2026-12-01",
      );
      // the money is paid and settled from the year the task starts; the contract still covers both years
      expect(contract.years.map((y) => [y.year, y.grantGrosze])).toEqual([
        [2026, 500_000],
        [2027, 0],
      ]);
      expect(contractTermsProblems(contract)).toEqual([]);
    } finally {
      smallGrantSettings.oneBudgetYear = true;
    }
  });
});

import { describe, expect, it } from "vitest";
import { jobRegistry } from "./registry";
import { missedSlot, nextRunOf, parseScheduleOverrides, slotOf } from "./schedule";

const names = jobRegistry.map((e) => e.job.name);

describe("the registry", () => {
  it("names every job once, each with a valid schedule", () => {
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "outbox.deliver",
        "contracts.start",
        "consultations.status",
        "competitions.close",
        "reports.plan",
        "reports.remind",
        "digests.send",
        "privacy.retention",
      ]),
    );
    for (const e of jobRegistry) expect(nextRunOf(e.schedule, new Date()), e.job.name).toBeInstanceOf(Date);
  });
});

describe("schedules in Warsaw time", () => {
  it("a daily 7:00 job's slot is 7:00 Warsaw, winter and summer", () => {
    expect(slotOf("0 7 * * *", new Date("2026-12-01T06:00:00.004Z")).toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(slotOf("0 7 * * *", new Date("2026-07-01T09:00:00Z")).toISOString()).toBe("2026-07-01T05:00:00.000Z");
    expect(nextRunOf("0 7 * * *", new Date("2026-12-01T06:00:00Z"))!.toISOString()).toBe("2026-12-02T06:00:00.000Z");
  });

  it("a slot missed while no instance was up is made up once; a new installation starts on the schedule", () => {
    const now = new Date("2026-12-02T09:00:00Z");
    expect(missedSlot("0 7 * * *", new Date("2026-12-01T06:00:00Z"), now)!.toISOString()).toBe("2026-12-02T06:00:00.000Z");
    expect(missedSlot("0 7 * * *", new Date("2026-12-02T06:00:00Z"), now)).toBeNull();
    expect(missedSlot("0 7 * * *", null, now)).toBeNull();
  });

  it("JOBS_SCHEDULE overrides by name, and refuses unknown jobs or bad patterns clearly", () => {
    expect(parseScheduleOverrides("outbox.deliver=*/2 * * * * *; digests.send = 0 6 * * *", names)).toEqual(
      new Map([
        ["outbox.deliver", "*/2 * * * * *"],
        ["digests.send", "0 6 * * *"],
      ]),
    );
    expect(parseScheduleOverrides(undefined, names).size).toBe(0);
    expect(() => parseScheduleOverrides("nope.job=* * * * *", names)).toThrow(/unknown job "nope.job"/);
    expect(() => parseScheduleOverrides("outbox.deliver=every minute", names)).toThrow(/invalid pattern for outbox.deliver/);
    expect(() => parseScheduleOverrides("outbox.deliver", names)).toThrow(/expected "job.name=cron pattern"/);
  });
});

import { describe, expect, it } from "vitest";
import { describeError, isPermanentFailure, maxAttempts, nextAttemptAt, retryDelayMs } from "./rules";

describe("retries", () => {
  it("wait 1, 2, 4 … minutes, at most 6 hours, and span about a day before giving up", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
    const total = Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / 3600_000).toBeGreaterThan(12);
    expect(total / 3600_000).toBeLessThan(30);
    expect(nextAttemptAt(3, new Date("2026-12-01T10:00:00Z")).toISOString()).toBe("2026-12-01T10:04:00.000Z");
  });

  it("give up at once only when the server refuses the message for good (5xx)", () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 421 })).toBe(false);
    expect(isPermanentFailure({ code: "ECONNREFUSED" })).toBe(false);
    expect(isPermanentFailure(new Error("x"))).toBe(false);
  });

  it("describe an error on one line", () => {
    expect(describeError({ code: "EMESSAGE", responseCode: 421, response: "421 try\nlater" })).toBe("EMESSAGE 421 421 try later");
    expect(describeError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ESOCKET" }))).toBe(
      "ESOCKET connect ECONNREFUSED 127.0.0.1:1",
    );
  });
});

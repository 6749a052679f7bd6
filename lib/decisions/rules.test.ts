import { describe, expect, it } from "vitest";
import { voidGroundOf } from "./rules";

describe("art. 18a ust. 1 uodpp: when a competition must be declared void (pure rule)", () => {
  const facts = { deadlinePassed: true, submitted: 3, awaitingReview: 0, passedReview: 2, fundable: null };
  it("art. 18a ust. 1 pkt 1 uodpp: no offer submitted by the deadline", () => {
    expect(voidGroundOf({ ...facts, submitted: 0, passedReview: 0 })).toBe("no_offers");
    expect(voidGroundOf({ ...facts, submitted: 0, passedReview: 0, deadlinePassed: false })).toBeNull();
  });
  it("art. 18a ust. 1 pkt 2 uodpp: every offer failed the formal review, or none reached the minimum score", () => {
    expect(voidGroundOf({ ...facts, passedReview: 0 })).toBe("no_offer_meets_requirements");
    expect(voidGroundOf({ ...facts, fundable: 0 })).toBe("no_offer_meets_requirements");
  });
  it("art. 18a uodpp: no ground while offers wait for review or one qualifies", () => {
    expect(voidGroundOf({ ...facts, awaitingReview: 1, passedReview: 0 })).toBeNull();
    expect(voidGroundOf(facts)).toBeNull();
    expect(voidGroundOf({ ...facts, fundable: 1 })).toBeNull();
  });
});

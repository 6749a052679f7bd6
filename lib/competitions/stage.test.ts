import { describe, expect, it } from "vitest";
import { competitionStage, nextStep, nextStepHref, type CompetitionCounts } from "./stage";

const now = new Date("2026-05-10T10:00:00Z");
const before = new Date("2026-05-01T13:00:00Z");
const after = new Date("2026-06-01T13:00:00Z");
const none: CompetitionCounts = { submitted: 0, inFormalReview: 0, formallyAccepted: 0, scored: 0, granted: 0 };
const some: CompetitionCounts = { submitted: 4, inFormalReview: 1, formallyAccepted: 2, scored: 1, granted: 0 };

describe("the stage of a competition", () => {
  it("follows its state, and the deadline closes the offers before any job stores it", () => {
    expect(competitionStage({ status: "draft", offerDeadline: after, scoringClosedAt: null }, now)).toBe("draft");
    expect(competitionStage({ status: "announced", offerDeadline: after, scoringClosedAt: null }, now)).toBe("acceptingOffers");
    expect(competitionStage({ status: "announced", offerDeadline: before, scoringClosedAt: null }, now)).toBe("formalReview");
    expect(competitionStage({ status: "formal_review", offerDeadline: before, scoringClosedAt: null }, now)).toBe("formalReview");
    expect(competitionStage({ status: "scoring", offerDeadline: before, scoringClosedAt: null }, now)).toBe("scoring");
    expect(competitionStage({ status: "scoring", offerDeadline: before, scoringClosedAt: before }, now)).toBe("decisions");
    expect(competitionStage({ status: "results_published", offerDeadline: before, scoringClosedAt: before }, now)).toBe("resultsPublished");
    expect(competitionStage({ status: "voided", offerDeadline: before, scoringClosedAt: null }, now)).toBe("voided");
  });
});

describe("the next step", () => {
  const at = (status: "announced" | "scoring" | "results_published" | "closed", scoringClosedAt: Date | null = null) => ({
    status,
    offerDeadline: before,
    scoringClosedAt,
  });

  it("reviews waiting offers, then hands them to the commission; with no offer at all it voids the competition", () => {
    expect(nextStep(at("announced"), some, now)).toEqual({ message: "reviewOffers", target: "review" });
    expect(nextStep(at("announced"), { ...some, inFormalReview: 0 }, now)).toEqual({ message: "startScoring", target: "review" });
    expect(nextStep(at("announced"), none, now)).toEqual({ message: "voidNoOffers", target: "voidForm" });
  });

  it("waits for offers before the deadline and leads through scoring, decisions and contracts after it", () => {
    expect(nextStep({ status: "announced", offerDeadline: after, scoringClosedAt: null }, none, now)).toEqual({
      message: "awaitOffers",
      target: "announcement",
    });
    expect(nextStep(at("scoring"), some, now).target).toBe("commission");
    expect(nextStep(at("scoring", before), some, now).target).toBe("decisions");
    expect(nextStep(at("results_published", before), some, now).target).toBe("contracts");
    expect(nextStep(at("closed", before), some, now)).toEqual({ message: "none", target: "results" });
  });

  it("links each step to its page", () => {
    expect(nextStepHref("c1", "review")).toBe("/admin/competitions/c1/review");
    expect(nextStepHref("c1", "voidForm")).toBe("/admin/competitions/c1#void");
    expect(nextStepHref("c1", "announceForm")).toBe("/admin/competitions/c1#announce");
    expect(nextStepHref("c1", "announcement")).toBe("/competitions/c1");
    expect(nextStepHref("c1", "results")).toBe("/competitions/c1/results");
  });
});

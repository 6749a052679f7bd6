import { describe, expect, it } from "vitest";
import { emptyContent } from "@/lib/offers/content";
import { computeSums, type CompetitionLimits } from "@/lib/offers/rules";
import { declaredContent } from "@/lib/scoring/testing";
import { checklistOf, computedChecks, declarationsCheck, limitsCheck, onTimeCheck, outcomeOf } from "./rules";

const deadline = new Date("2026-03-02T16:00:00+01:00");
const limits: CompetitionLimits = {
  fundingForm: "support",
  minGrantGrosze: null,
  maxGrantGrosze: 20_000_00,
  minOwnFinancialBp: 0,
  minOwnNonFinancialBp: 0,
  maxAdminCostBp: null,
  taskStartDate: null,
  taskEndDate: null,
};

describe("formal review: what the system checks itself", () => {
  it("an offer submitted by the deadline (to the minute) is on time; one a minute late is rejected", () => {
    expect(onTimeCheck(deadline, deadline)).toMatchObject({ passed: true, answer: "yes", explanation: { key: "onTime" } });
    const late = onTimeCheck(new Date(deadline.getTime() + 60_000), deadline);
    expect(late).toMatchObject({ passed: false, answer: "no", explanation: { key: "late" } });
    expect(onTimeCheck(null, deadline)).toMatchObject({ passed: false, answer: "no" });
    expect(onTimeCheck(deadline, null)).toMatchObject({ passed: true, explanation: { key: "noDeadline" } });
  });

  it("a grant above the competition's maximum is outside the limits and names the limit; within them passes", () => {
    const content = emptyContent();
    content.sources.requestedGrant = "25000,00";
    const sums = computeSums(content, 2026);
    const outside = limitsCheck(content, sums, limits);
    expect(outside).toMatchObject({ passed: false, answer: "fixable", explanation: { key: "outsideLimits", values: { count: 1 } } });
    expect(outside.issues?.map((i) => i.code)).toEqual(["grantAboveMax"]);
    content.sources.requestedGrant = "";
    expect(limitsCheck(content, computeSums(content, 2026), limits)).toMatchObject({ passed: true, answer: "yes", issues: [] });
  });

  it("every declaration ticked and both arrears questions answered passes; each missing one is listed", () => {
    expect(declarationsCheck(declaredContent())).toMatchObject({ passed: true, answer: "yes", missing: [] });
    const content = declaredContent();
    content.declarations.truth = false;
    content.declarations.taxArrears = "";
    expect(declarationsCheck(content)).toMatchObject({ passed: false, answer: "fixable", missing: ["truth", "taxArrears"] });
    // "owes" is an answer too: the declaration is made, what it says is for the person to judge
    content.declarations.truth = true;
    content.declarations.taxArrears = "owes";
    expect(declarationsCheck(content).passed).toBe(true);
  });

  it("the checklist takes the person's answers for the asked items and the computed ones for the rest", () => {
    const content = declaredContent();
    const checks = computedChecks({
      submittedAt: new Date(deadline.getTime() + 1000),
      offerDeadline: deadline,
      content,
      sums: computeSums(content, 2026),
      limits,
    });
    const checklist = checklistOf({ complete: "yes", eligibleApplicant: "yes", signatures: "yes" }, checks);
    expect(checklist).toEqual({
      complete: "yes",
      eligibleApplicant: "yes",
      signatures: "yes",
      onTime: "no",
      withinLimits: "yes",
      declarations: "yes",
    });
    expect(outcomeOf(checklist)).toBe("rejected");
    expect(outcomeOf({ ...checklist, onTime: "yes", declarations: "fixable" })).toBe("correction");
  });
});

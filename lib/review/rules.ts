/** Pure rules of the formal review: the checklist and what it means for the offer. */

export const checklistItems = ["complete", "onTime", "eligibleApplicant", "withinLimits", "signatures"] as const;
export type ChecklistItem = (typeof checklistItems)[number];
export type ChecklistAnswer = "yes" | "fixable" | "no";
export type Checklist = Record<ChecklistItem, ChecklistAnswer>;

export type ReviewOutcome = "passed" | "correction" | "rejected";

/** Any "no" rejects; otherwise any "fixable" asks for a correction; all "yes" passes. */
export function outcomeOf(checklist: Checklist): ReviewOutcome {
  const answers = checklistItems.map((item) => checklist[item]);
  if (answers.includes("no")) return "rejected";
  if (answers.includes("fixable")) return "correction";
  return "passed";
}

export function itemsToFix(checklist: Checklist): ChecklistItem[] {
  return checklistItems.filter((item) => checklist[item] === "fixable");
}

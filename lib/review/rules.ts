/** Pure rules of the formal review: the checklist, what the system checks itself, and what it means for the offer. */
import type { OfferContent } from "@/lib/offers/content";
import { arrearsKeys, declarationKeys, normalizeContent } from "@/lib/offers/content";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { checkLimits, computeSums, type CompetitionLimits, type OfferIssue, type OfferSums } from "@/lib/offers/rules";

/** What the system knows and checks itself: shown as computed results, never asked. */
export const computedItems = ["onTime", "withinLimits", "declarations"] as const;
/** What only a person can judge: asked, starting unanswered. */
export const askedItems = ["complete", "eligibleApplicant", "signatures"] as const;
export const checklistItems = ["complete", "onTime", "eligibleApplicant", "withinLimits", "declarations", "signatures"] as const;
export type ChecklistItem = (typeof checklistItems)[number];
export type ComputedItem = (typeof computedItems)[number];
export type AskedItem = (typeof askedItems)[number];
export type ChecklistAnswer = "yes" | "fixable" | "no";
export type Checklist = Record<ChecklistItem, ChecklistAnswer>;

export type ReviewOutcome = "passed" | "correction" | "rejected";

/** Any "no" rejects; otherwise any "fixable" asks for a correction; all "yes" passes. Items missing from an older checklist count as "yes". */
export function outcomeOf(checklist: Partial<Checklist>): ReviewOutcome {
  const answers = checklistItems.map((item) => checklist[item]);
  if (answers.includes("no")) return "rejected";
  if (answers.includes("fixable")) return "correction";
  return "passed";
}

export function itemsToFix(checklist: Partial<Checklist>): ChecklistItem[] {
  return checklistItems.filter((item) => checklist[item] === "fixable");
}

/** One computed check: passed or not, and why (message keys with values, for the page to explain). */
export interface ComputedCheck {
  item: ComputedItem;
  passed: boolean;
  /** "yes" when passed; a late offer is rejected, the other failures can be corrected */
  answer: ChecklistAnswer;
  /** scoringReview.explain.<key> with its values */
  explanation: { key: string; values?: Record<string, string | number> };
  /** for withinLimits: the competition's limits the offer breaks (offerErrors codes) */
  issues?: OfferIssue[];
  /** for declarations: the declarations of section VII not made */
  missing?: string[];
}

export interface ReviewFacts {
  submittedAt: Date | null;
  offerDeadline: Date | null;
  content: OfferContent;
  sums: OfferSums;
  limits: CompetitionLimits;
}

/** Submitted on time: by the competition's offer deadline (instants compare; the deadline is stored as a Warsaw instant). */
export function onTimeCheck(submittedAt: Date | null, offerDeadline: Date | null): ComputedCheck {
  if (!submittedAt) return { item: "onTime", passed: false, answer: "no", explanation: { key: "notSubmitted" } };
  if (!offerDeadline) return { item: "onTime", passed: true, answer: "yes", explanation: { key: "noDeadline" } };
  const passed = submittedAt.getTime() <= offerDeadline.getTime();
  return { item: "onTime", passed, answer: passed ? "yes" : "no", explanation: { key: passed ? "onTime" : "late" } };
}

/** Within the limits the competition sets (grant, own contribution, administrative costs, task dates): the generator's own checks. */
export function limitsCheck(content: OfferContent, sums: OfferSums, limits: CompetitionLimits): ComputedCheck {
  const issues = checkLimits(content, sums, limits);
  const passed = issues.length === 0;
  return {
    item: "withinLimits",
    passed,
    answer: passed ? "yes" : "fixable",
    explanation: { key: passed ? "withinLimits" : "outsideLimits", values: { count: issues.length } },
    issues,
  };
}

/** The declarations of section VII: every statement ticked and both arrears questions answered. */
export function declarationsCheck(content: OfferContent): ComputedCheck {
  const missing = [
    ...declarationKeys.filter((key) => !content.declarations[key]),
    ...arrearsKeys.filter((key) => content.declarations[key] === ""),
  ];
  const passed = missing.length === 0;
  return {
    item: "declarations",
    passed,
    answer: passed ? "yes" : "fixable",
    explanation: { key: passed ? "declarationsMade" : "declarationsMissing", values: { count: missing.length } },
    missing,
  };
}

/** Everything the system checks itself, in the checklist's order. */
export function computedChecks(facts: ReviewFacts): ComputedCheck[] {
  return [
    onTimeCheck(facts.submittedAt, facts.offerDeadline),
    limitsCheck(facts.content, facts.sums, facts.limits),
    declarationsCheck(facts.content),
  ];
}

/** The full checklist: the person's answers to the asked items, the computed answers for the rest. */
export function checklistOf(asked: Record<AskedItem, ChecklistAnswer>, checks: ComputedCheck[]): Checklist {
  const computed = Object.fromEntries(checks.map((c) => [c.item, c.answer])) as Record<ComputedItem, ChecklistAnswer>;
  return { ...asked, ...computed };
}

/** The facts of an offer and its competition the computed checks read (rows as stored). */
export function reviewFactsOf(
  offer: { submittedAt: Date | null; content: unknown },
  competition: Parameters<typeof limitsOf>[0] & { offerDeadline: Date | null },
): ReviewFacts {
  const content = normalizeContent(offer.content);
  return {
    submittedAt: offer.submittedAt,
    offerDeadline: competition.offerDeadline,
    content,
    sums: computeSums(content, defaultYearOf(competition)),
    limits: limitsOf(competition),
  };
}

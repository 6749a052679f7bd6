/*
 * Where a competition stands and what the administrator does next, from its state, its dates and
 * its offers' counts: the "status" tab of the competition says it in words with a link.
 */
import type { CompetitionStatus } from "@/lib/db/schema";
import { effectiveStatus } from "./rules";

export interface CompetitionCounts {
  /** submitted and not withdrawn (whatever happened since) */
  submitted: number;
  /** waiting for the formal review: just submitted or back from a correction */
  inFormalReview: number;
  formallyAccepted: number;
  /** accepted offers with at least one member's scores */
  scored: number;
  /** granted a non-zero sum */
  granted: number;
}

export type CompetitionStage =
  "draft" | "acceptingOffers" | "formalReview" | "scoring" | "decisions" | "resultsPublished" | "closed" | "cancelled" | "voided";

/** The page of the next step: the competition's stage pages, or an anchor of this page (a form on it). */
export type NextStepTarget = "announceForm" | "review" | "voidForm" | "commission" | "decisions" | "contracts" | "announcement" | "results";

export interface NextStep {
  /** the message under competitionStage.next */
  message: "announce" | "awaitOffers" | "reviewOffers" | "voidNoOffers" | "startScoring" | "scoreOffers" | "decide" | "contracts" | "none";
  target: NextStepTarget;
}

export interface CompetitionDates {
  status: CompetitionStatus;
  offerDeadline: Date | null;
  scoringClosedAt: Date | null;
}

export function competitionStage(c: CompetitionDates, now: Date): CompetitionStage {
  switch (effectiveStatus(c, now)) {
    case "draft":
      return "draft";
    case "announced":
      return "acceptingOffers";
    case "offers_closed":
    case "formal_review":
      return "formalReview";
    case "scoring":
      return c.scoringClosedAt ? "decisions" : "scoring";
    case "results_published":
      return "resultsPublished";
    case "closed":
      return "closed";
    case "cancelled":
      return "cancelled";
    case "voided":
      return "voided";
  }
}

export function nextStep(c: CompetitionDates, counts: CompetitionCounts, now: Date): NextStep {
  switch (competitionStage(c, now)) {
    case "draft":
      return { message: "announce", target: "announceForm" };
    case "acceptingOffers":
      return { message: "awaitOffers", target: "announcement" };
    case "formalReview":
      // art. 18a: no offer at all voids the competition; otherwise review them all, then hand them to the commission
      if (counts.submitted === 0) return { message: "voidNoOffers", target: "voidForm" };
      return counts.inFormalReview > 0 ? { message: "reviewOffers", target: "review" } : { message: "startScoring", target: "review" };
    case "scoring":
      return { message: "scoreOffers", target: "commission" };
    case "decisions":
      return { message: "decide", target: "decisions" };
    case "resultsPublished":
      return { message: "contracts", target: "contracts" };
    case "closed":
    case "cancelled":
    case "voided":
      return { message: "none", target: "results" };
  }
}

export function nextStepHref(competitionId: string, target: NextStepTarget): string {
  switch (target) {
    case "announceForm":
      return `/admin/competitions/${competitionId}#announce`;
    case "voidForm":
      return `/admin/competitions/${competitionId}#void`;
    case "review":
    case "commission":
    case "decisions":
      return `/admin/competitions/${competitionId}/${target}`;
    case "contracts":
      return "/admin/contracts";
    case "announcement":
      return `/competitions/${competitionId}`;
    case "results":
      return `/competitions/${competitionId}/results`;
  }
}

import { normalizeContent, type OfferContent } from "@/lib/offers/content";

/**
 * The parts of an offer the updated budget and schedule replace: III.4 (plan and schedule), III.5
 * (expected results), V.A (cost table) and V.B (sources). Everything else stays as submitted.
 */
export interface BudgetUpdateContent {
  task: Pick<OfferContent["task"], "schedule" | "results">;
  costs: OfferContent["costs"];
  sources: OfferContent["sources"];
}

/** A complete, valid update content from anything (missing parts become empty), via the offer's own schema. */
export function normalizeUpdateContent(input: unknown): BudgetUpdateContent {
  const full = normalizeContent(input);
  return pickUpdate(full);
}

export function pickUpdate(content: OfferContent): BudgetUpdateContent {
  return {
    task: { schedule: content.task.schedule, results: content.task.results },
    costs: content.costs,
    sources: content.sources,
  };
}

/** The offer as it would read with the update: its own sections, the updated III.4/III.5 and V.A/V.B. */
export function withUpdate(offer: OfferContent, update: BudgetUpdateContent): OfferContent {
  return {
    ...offer,
    task: { ...offer.task, schedule: update.task.schedule, results: update.task.results },
    costs: update.costs,
    sources: update.sources,
  };
}

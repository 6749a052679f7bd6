import type { PublicCompetition } from "./queries";
import { effectiveStatus } from "./rules";

export const competitionApiHeaders = {
  "Cache-Control": "public, max-age=60",
  "Access-Control-Allow-Origin": "*",
};

type Row = NonNullable<PublicCompetition> | Omit<NonNullable<PublicCompetition>, "criteria">;

/** Public fields of a competition for open data; money in grosze and as a decimal string in zł. */
export function competitionToApi(c: Row, now = new Date()) {
  const zl = (g: number | null) => (g === null ? null : (g / 100).toFixed(2));
  return {
    id: c.id,
    number: c.number,
    title: c.title,
    status: effectiveStatus(c, now),
    area: c.areaSlug,
    fundingForm: c.fundingForm,
    description: c.description,
    budgetGrosze: c.budgetGrosze,
    budgetPln: zl(c.budgetGrosze),
    minGrantGrosze: c.minGrantGrosze,
    maxGrantGrosze: c.maxGrantGrosze,
    minOwnFinancialPercent: c.minOwnFinancialBp / 100,
    minOwnNonFinancialPercent: c.minOwnNonFinancialBp / 100,
    maxAdminCostPercent: c.maxAdminCostBp === null ? null : c.maxAdminCostBp / 100,
    taskStartDate: c.taskStartDate,
    taskEndDate: c.taskEndDate,
    publishedAt: c.publishedAt,
    offerDeadline: c.offerDeadline,
    selectionProcedure: c.selectionProcedure,
    selectionDate: c.selectionDate,
    previousTasks: c.previousTasks,
    documents: c.documents,
    minTotalScore: c.minTotalScore,
    noPreviousTasks: c.noPreviousTasks,
    /** The announcement reserved the right to withdraw the call (odwołanie) before the offer deadline. */
    reservesCancellation: c.reservesCancellation,
    /** Withdrawn (status "cancelled"): the published reason and date. */
    cancellationReason: c.cancellationReason,
    cancelledAt: c.cancelledAt,
    /** Void (status "voided", art. 18a): the statutory ground ("no_offers" | "no_offer_meets_requirements"), justification, date. */
    voidGround: c.voidGround,
    voidJustification: c.voidJustification,
    voidedAt: c.voidedAt,
    ...("criteria" in c ? { criteria: c.criteria } : {}),
    links: {
      self: `/api/v1/competitions/${c.id}`,
      page: `/competitions/${c.id}`,
      results: c.status === "results_published" || c.status === "closed" ? `/api/v1/competitions/${c.id}/results` : null,
    },
  };
}

import type { competitions } from "@/lib/db/schema";
import type { CompetitionLimits } from "./rules";

type CompetitionRow = typeof competitions.$inferSelect;

export function limitsOf(
  c: Pick<
    CompetitionRow,
    | "fundingForm"
    | "minGrantGrosze"
    | "maxGrantGrosze"
    | "minOwnFinancialBp"
    | "minOwnNonFinancialBp"
    | "maxAdminCostBp"
    | "taskStartDate"
    | "taskEndDate"
  >,
): CompetitionLimits {
  return {
    fundingForm: c.fundingForm,
    minGrantGrosze: c.minGrantGrosze,
    maxGrantGrosze: c.maxGrantGrosze,
    minOwnFinancialBp: c.minOwnFinancialBp,
    minOwnNonFinancialBp: c.minOwnNonFinancialBp,
    maxAdminCostBp: c.maxAdminCostBp,
    taskStartDate: c.taskStartDate,
    taskEndDate: c.taskEndDate,
  };
}

/** The year cost lines default to: the year the competition's task starts. */
export function defaultYearOf(c: { taskStartDate: string | null }): number {
  return c.taskStartDate ? Number(c.taskStartDate.slice(0, 4)) : new Date().getFullYear();
}

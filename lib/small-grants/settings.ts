/**
 * Procedure settings of art. 19a (DESIGN.md §3): numbers the law or practice may change, so they are
 * overridable through the environment. The money limits are dated settings in the database
 * (small_grant_limit_sets, small_grant_pools), edited on the administrator's settings page.
 */
export const smallGrantSettings = {
  /** The administrator publishes the offer within this many working days of its submission. */
  publishWithinWorkingDays: Number(process.env.SMALL_GRANT_PUBLISH_WORKING_DAYS ?? 7),
  /** The offer is public for comments for this many days after the day of publication. */
  commentWindowDays: Number(process.env.SMALL_GRANT_COMMENT_DAYS ?? 7),
  /**
   * The city's choice, not art. 19a: a small-grant task starts and ends in one budget year. With
   * SMALL_GRANT_ONE_BUDGET_YEAR=false a task may run across the year end; its grant is then paid and
   * counted (yearly limits, pool) in the year the task starts.
   */
  oneBudgetYear: process.env.SMALL_GRANT_ONE_BUDGET_YEAR !== "false",
  /** At most this many lines in the simplified cost table. */
  maxCostLines: 20,
};

import { contractSettings } from "@/lib/contracts/settings";

/**
 * Report deadlines and reminders: settings, not constants (DESIGN.md §3), overridable through the
 * environment until a settings screen exists.
 *
 * - The final report is due `contractSettings.finalReportDays` (30) days after the task ends (art. 18).
 * - A partial report covers one budget year of a multi-year contract (every year but the last, which
 *   the final report covers) and is due on `partialReportDueMonthDay` of the next year: 31 January by
 *   default, the date framework contracts commonly use, one day after "30 days after the year ends".
 * - A partial report the city asks for during the task is due at least `requestedPartialMinimumDays` (30)
 *   days after the request is delivered (the framework contract's term; the mail goes out the day it is
 *   made, the day of delivery is not counted, art. 111 § 2 KC). Not configurable: a term of the contract.
 * - Returns of grant have statutory dates (ufp art. 251, 252), not settings: see ./grant-returns.ts.
 *   The interest rate on late returns is a dated setting kept in the database (tax_arrears_rates, ./rates.ts).
 */
export const reportSettings = {
  finalReportDays: Number(process.env.REPORT_FINAL_DAYS ?? contractSettings.finalReportDays),
  partialReportDueMonthDay: process.env.REPORT_PARTIAL_DUE_MONTH_DAY ?? "01-31",
  requestedPartialMinimumDays: 30,
  /** A reminder this many days before the due date, and one this many days after it, each once. */
  remindDaysBefore: Number(process.env.REPORT_REMIND_DAYS_BEFORE ?? 7),
  remindDaysAfter: Number(process.env.REPORT_REMIND_DAYS_AFTER ?? 1),
};

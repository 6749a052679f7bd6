/**
 * The limits of art. 19a, pure: which set applies (by the offer's submission date) and what an
 * offer breaks. Money in integer grosze, shares in basis points; no floats.
 */
import { inclusiveDays } from "./calendar";
import { inForceOn } from "@/lib/dates/warsaw";

export interface LimitSet {
  id: string;
  effectiveFrom: string;
  maxGrantGrosze: number;
  maxTaskDays: number | null;
  maxYearlyPerOrganizationGrosze: number;
  maxPoolShareBp: number;
}

/** The set in force on a Warsaw date: the latest one starting on or before it. */
export function limitSetOn<T extends Pick<LimitSet, "effectiveFrom">>(sets: readonly T[], date: string): T | null {
  return inForceOn(sets, date);
}

/** pool × share, rounded down to whole grosze, in exact integer arithmetic. */
export function poolCap(plannedPoolGrosze: number, shareBp: number): number {
  return Number((BigInt(plannedPoolGrosze) * BigInt(shareBp)) / 10000n);
}

export interface LimitContext {
  grantGrosze: number;
  startDate: string;
  endDate: string;
  /** This organization's other small grants of the year that count (not refused or withdrawn). */
  organizationYearGrosze: number;
  /** All small grants of the year that count, this one excluded. */
  yearGrosze: number;
  /** The city's planned NGO grant pool of the year; null when not set. */
  plannedPoolGrosze: number | null;
}

export type LimitIssue =
  | { field: "grantTotal"; key: "aboveTaskLimit" | "aboveOrganizationYearLimit" | "abovePoolShare" | "poolNotSet" }
  | { field: "endDate"; key: "taskTooLong" };

/** Every limit the offer breaks (empty when within all of them). */
export function limitIssues(set: LimitSet, c: LimitContext): LimitIssue[] {
  const issues: LimitIssue[] = [];
  if (c.grantGrosze > set.maxGrantGrosze) issues.push({ field: "grantTotal", key: "aboveTaskLimit" });
  if (set.maxTaskDays !== null && inclusiveDays(c.startDate, c.endDate) > set.maxTaskDays)
    issues.push({ field: "endDate", key: "taskTooLong" });
  if (c.organizationYearGrosze + c.grantGrosze > set.maxYearlyPerOrganizationGrosze)
    issues.push({ field: "grantTotal", key: "aboveOrganizationYearLimit" });
  if (c.plannedPoolGrosze === null) issues.push({ field: "grantTotal", key: "poolNotSet" });
  else if (c.yearGrosze + c.grantGrosze > poolCap(c.plannedPoolGrosze, set.maxPoolShareBp))
    issues.push({ field: "grantTotal", key: "abovePoolShare" });
  return issues;
}

/** Statuses whose grant counts towards the yearly sums. */
export const countingStatuses = ["submitted", "published", "accepted"] as const;

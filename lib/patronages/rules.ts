/*
 * Pure rules of the Mayor's honorary patronage: the notice before the event, the report after it,
 * and which step each state allows. Dates are Warsaw calendar days ("2027-03-01").
 */
import { patronageRequestTypes, patronageScopes, patronageStatuses } from "@/lib/db/schema/patronages";
import { addDays, daysBetween, warsawToday } from "@/lib/dates/warsaw";

export { patronageRequestTypes, patronageScopes, patronageStatuses };
export type PatronageStatus = (typeof patronageStatuses)[number];

function positiveDays(raw: string | undefined, fallback: number): number {
  const days = Number(raw ?? fallback);
  return Number.isInteger(days) && days > 0 ? days : fallback;
}

/** Settings (overridable through the environment): the notice in days and the report's term in days. */
export const patronageSettings = {
  minimumNoticeDays: positiveDays(process.env.PATRONAGE_MINIMUM_DAYS, 30),
  reportDays: positiveDays(process.env.PATRONAGE_REPORT_DAYS, 14),
};

/** The last Warsaw day on which an application for an event starting on `startsOn` may be made. */
export function lastApplicationDay(startsOn: string, minimumNoticeDays = patronageSettings.minimumNoticeDays): string {
  return addDays(startsOn, -minimumNoticeDays);
}

/** An application made at `now` is in time when the event starts at least the notice's days after today in Warsaw. */
export function inTimeToApply(startsOn: string, now: Date, minimumNoticeDays = patronageSettings.minimumNoticeDays): boolean {
  return daysBetween(warsawToday(now), startsOn) >= minimumNoticeDays;
}

/** The last day of the organiser's report: the report's days after the event's last day. */
export function reportDueOn(endsOn: string, reportDays = patronageSettings.reportDays): string {
  return addDays(endsOn, reportDays);
}

export type ReportStanding = "none" | "not_yet" | "due" | "overdue" | "done";

/** Where the report stands on a Warsaw day: owed from the day after the event until its due day, overdue after. */
export function reportStanding(a: { status: PatronageStatus; endsOn: string; reportDueOn: string | null }, today: string): ReportStanding {
  if (a.status === "reported") return "done";
  if (a.status !== "granted" || !a.reportDueOn) return "none";
  if (today <= a.endsOn) return "not_yet";
  return today > a.reportDueOn ? "overdue" : "due";
}

/** Which step a state allows: staff decide or ask while it waits; the applicant answers when asked. */
export const patronageSteps = {
  canDecide: (status: PatronageStatus) => status === "submitted",
  canAnswer: (status: PatronageStatus) => status === "info_requested",
  canReport: (status: PatronageStatus, endsOn: string, today: string) => status === "granted" && today > endsOn,
};

/** Photo links of a report: one per line, http(s) only, at most 20; null when one is not a link. */
export function parsePhotoLinks(text: string): string[] | null {
  const links = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (links.length > 20) return null;
  for (const link of links) {
    try {
      const url = new URL(link);
      if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    } catch {
      return null;
    }
  }
  return links;
}

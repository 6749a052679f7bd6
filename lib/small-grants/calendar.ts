/**
 * Dates of the small-grant procedure in Europe/Warsaw. Pure, shared by client and server.
 *
 * Comment window (art. 19a: "within 7 days of publication"): as in the civil code (art. 111 § 2 k.c.)
 * the day of publication is not counted, so the window opens at the instant of publication and ends
 * at the end of the 7th Warsaw calendar day after it — i.e. at Warsaw midnight starting the 8th day.
 * A comment is accepted while `now < commentsCloseAt`.
 */
import { addDays, daysBetween, warsawDate, warsawToInstant } from "@/lib/dates/warsaw";

export { addDays, warsawDate };
/** The Polish working-day calendar lives in lib/dates/holidays.ts (shared with the grant returns). */
export { addWorkingDays, easterSunday, isWorkingDay, polishHolidays } from "@/lib/dates/holidays";

/** Calendar days from `from` to `to` counting both ends (a one-day task lasts 1 day). */
export function inclusiveDays(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** The end of the comment window of an offer published at `publishedAt`. */
export function commentsCloseAt(publishedAt: Date, windowDays: number): Date {
  return warsawToInstant(addDays(warsawDate(publishedAt), windowDays + 1), "00:00");
}

/** The last day of the window as a Warsaw date, for display ("until 4 December 2026, end of day"). */
export function lastCommentDay(closeAt: Date): string {
  return warsawDate(new Date(closeAt.getTime() - 1));
}

export function acceptsComments(grant: { status: string; publishedAt: Date | null; commentsCloseAt: Date | null }, now: Date): boolean {
  return (
    grant.status === "published" &&
    !!grant.publishedAt &&
    !!grant.commentsCloseAt &&
    now >= grant.publishedAt &&
    now < grant.commentsCloseAt
  );
}

export function windowEnded(grant: { commentsCloseAt: Date | null }, now: Date): boolean {
  return !!grant.commentsCloseAt && now >= grant.commentsCloseAt;
}

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

/** Easter Sunday (Gregorian, anonymous algorithm) as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Polish public holidays (ustawa o dniach wolnych od pracy; 24 December since 2025). */
export function polishHolidays(year: number): Set<string> {
  const fixed = ["01-01", "01-06", "05-01", "05-03", "08-15", "11-01", "11-11", "12-25", "12-26", ...(year >= 2025 ? ["12-24"] : [])];
  const easter = easterSunday(year);
  return new Set([...fixed.map((md) => `${year}-${md}`), easter, addDays(easter, 1), addDays(easter, 49), addDays(easter, 60)]);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !polishHolidays(Number(date.slice(0, 4))).has(date);
}

/** The n-th working day after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number): string {
  let current = date;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

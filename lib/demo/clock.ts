import { addDays, warsawDate, warsawToInstant } from "@/lib/dates/warsaw";

/**
 * The demo's calendar: every date of the demo is counted from the day the seed runs (`now`), in
 * Warsaw time, so the states it shows hold on any day of the year. Pure.
 */
export interface DemoClock {
  /** the instant the story ends: "now" for everything the demo shows */
  now: Date;
  /** today's Warsaw date, "2026-12-05" */
  today: string;
  /** the Warsaw year of today */
  year: number;
  /** the Warsaw date `days` from today */
  day(days: number): string;
  /** the instant of a Warsaw wall-clock time `days` from today (right across DST) */
  at(days: number, time?: string): Date;
  /** the first and last Warsaw date of the month of today */
  month: { first: string; last: string };
}

export function demoClock(now: Date = new Date()): DemoClock {
  const today = warsawDate(now);
  const first = `${today.slice(0, 7)}-01`;
  const last = addDays(`${addDays(`${today.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
  return {
    now,
    today,
    year: Number(today.slice(0, 4)),
    day: (days) => addDays(today, days),
    at: (days, time = "10:00") => warsawToInstant(addDays(today, days), time),
    month: { first, last },
  };
}

/** The first day of the month of a date ("2027-03-14" → "2027-03-01"). */
export const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/** "2026" or "2026–2027": the budget years a period spans, for titles. */
export function yearsLabel(start: string, end: string): string {
  const a = start.slice(0, 4);
  const b = end.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}

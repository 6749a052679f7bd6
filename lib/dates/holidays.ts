/**
 * Days free from work in Poland and the working-day rules built on them. Pure, shared by client and
 * server; drizzle/0036_move_settlement_returns.sql repeats the same list in SQL.
 *
 * Ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1: Sundays and the holidays below.
 * The list is dated: 6 January is free from 2011 (ustawa z 24 września 2010 r.), 24 December from
 * 2025 (ustawa z 6 grudnia 2024 r. o zmianie ustawy o dniach wolnych od pracy oraz niektórych innych
 * ustaw). The others are as in force since 1990. Easter Sunday, Easter Monday, Pentecost Sunday
 * (Easter + 49) and Corpus Christi (Easter + 60) move with Easter.
 */
import { addDays } from "./warsaw";

interface FixedHoliday {
  monthDay: string;
  name: string;
  /** The first year the day is free from work. */
  since: number;
}

export const fixedHolidays: readonly FixedHoliday[] = [
  { monthDay: "01-01", name: "Nowy Rok", since: 1990 },
  { monthDay: "01-06", name: "Święto Trzech Króli", since: 2011 },
  { monthDay: "05-01", name: "Święto Państwowe", since: 1990 },
  { monthDay: "05-03", name: "Święto Narodowe Trzeciego Maja", since: 1990 },
  { monthDay: "08-15", name: "Wniebowzięcie Najświętszej Maryi Panny", since: 1990 },
  { monthDay: "11-01", name: "Wszystkich Świętych", since: 1990 },
  { monthDay: "11-11", name: "Narodowe Święto Niepodległości", since: 1990 },
  { monthDay: "12-24", name: "Wigilia Bożego Narodzenia", since: 2025 },
  { monthDay: "12-25", name: "pierwszy dzień Bożego Narodzenia", since: 1990 },
  { monthDay: "12-26", name: "drugi dzień Bożego Narodzenia", since: 1990 },
];

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

/** The public holidays of `year` (Sundays aside) as YYYY-MM-DD. */
export function polishHolidays(year: number): Set<string> {
  const fixed = fixedHolidays.filter((h) => year >= h.since).map((h) => `${year}-${h.monthDay}`);
  const easter = easterSunday(year);
  return new Set([...fixed, easter, addDays(easter, 1), addDays(easter, 49), addDays(easter, 60)]);
}

/** Not a Saturday, a Sunday or a public holiday. */
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

/**
 * The last day of a term, moved off a day free from work: art. 12 § 5 Ordynacji podatkowej — when it
 * falls on a Saturday or a day free from work, the term ends on the next working day. The day itself
 * when it is a working day.
 */
export function termEnd(date: string): string {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/**
 * Pure rules of room booking at the NGO Cooperation Centre: opening hours on working days (Warsaw
 * wall clock, across DST, closed on public holidays), the booking window, capacity, the monthly
 * hours limit, cancellation notice, repetition and the nearest free slots after a conflict.
 */
import { isWorkingDay } from "@/lib/dates/holidays";
import { addDays, daysBetween, instantToWarsaw, isIsoDate, warsawToInstant, warsawToday } from "@/lib/dates/warsaw";
import type { BookingSettings } from "./settings";

export interface Range {
  startsAt: Date;
  endsAt: Date;
}

export type TimeProblem = "closedDay" | "outsideHours" | "offGrid" | "endsBeforeStart" | "inThePast" | "beyondWindow";

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Whether a booking fits the Centre's week: one working day, within opening hours, on the grid. */
export function openingHoursProblem(range: Range, settings: BookingSettings): TimeProblem | null {
  if (range.endsAt.getTime() <= range.startsAt.getTime()) return "endsBeforeStart";
  const start = instantToWarsaw(range.startsAt);
  const end = instantToWarsaw(range.endsAt);
  if (!isWorkingDay(start.date)) return "closedDay";
  if (end.date !== start.date) return "outsideHours";
  const from = minutesOf(start.time);
  const to = minutesOf(end.time);
  if (from < minutesOf(settings.opensAt) || to > minutesOf(settings.closesAt)) return "outsideHours";
  if (from % settings.slotMinutes !== 0 || to % settings.slotMinutes !== 0) return "offGrid";
  return null;
}

/** Not in the past, and no further ahead than the booking window (counted in Warsaw days). */
export function windowProblem(range: Range, now: Date, settings: BookingSettings): TimeProblem | null {
  if (range.startsAt.getTime() <= now.getTime()) return "inThePast";
  if (daysBetween(warsawToday(now), instantToWarsaw(range.startsAt).date) > settings.windowDays) return "beyondWindow";
  return null;
}

export function hoursOf(range: Range): number {
  return (range.endsAt.getTime() - range.startsAt.getTime()) / 3_600_000;
}

/** The Warsaw calendar month of the booking's start ("2026-12"): the monthly limit counts by it. */
export function monthOf(instant: Date): string {
  return instantToWarsaw(instant).date.slice(0, 7);
}

/** The instants bounding a Warsaw month: [first day 00:00, first day of the next month 00:00). */
export function monthBounds(month: string): Range {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { startsAt: warsawToInstant(`${month}-01`), endsAt: warsawToInstant(`${next}-01`) };
}

export function withinMonthlyLimit(usedHours: number, range: Range, settings: BookingSettings): boolean {
  return usedHours + hoursOf(range) <= settings.hoursPerMonth + 1e-9;
}

/** Cancelling in time frees the slot; later than the notice it counts as a no-show. */
export function cancellationOutcome(startsAt: Date, now: Date, settings: BookingSettings): "cancelled" | "no_show" {
  return startsAt.getTime() - now.getTime() >= settings.cancellationNoticeHours * 3_600_000 ? "cancelled" : "no_show";
}

export type Repeat = "none" | "weekly" | "monthly";

/**
 * The Warsaw dates of a repetition: the first date, then every week (or the same day of every month;
 * a month without that day is skipped), up to `until` and at most `maxRepeatMonths` months ahead.
 */
export function occurrenceDates(first: string, repeat: Repeat, until: string | null, settings: BookingSettings): string[] {
  if (repeat === "none" || !until) return [first];
  const [y, m, d] = first.split("-").map(Number);
  const limitMonth = m - 1 + settings.maxRepeatMonths;
  const hardLimit = `${y + Math.floor(limitMonth / 12)}-${String((limitMonth % 12) + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const last = until < hardLimit ? until : hardLimit;
  const dates: string[] = [];
  if (repeat === "weekly") {
    for (let date = first; date <= last; date = addDays(date, 7)) dates.push(date);
    return dates;
  }
  for (let i = 0; ; i++) {
    const month = m - 1 + i;
    const year = y + Math.floor(month / 12);
    const monthNumber = (month % 12) + 1;
    const candidate = `${year}-${String(monthNumber).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (candidate > last) break;
    const real = new Date(Date.UTC(year, monthNumber - 1, d)).getUTCMonth() === monthNumber - 1;
    if (real) dates.push(candidate);
  }
  return dates;
}

/** The same wall-clock times on another Warsaw date (14:00 stays 14:00 across DST). */
export function onDate(range: Range, date: string): Range {
  const start = instantToWarsaw(range.startsAt);
  const end = instantToWarsaw(range.endsAt);
  return { startsAt: warsawToInstant(date, start.time), endsAt: warsawToInstant(date, end.time) };
}

/**
 * The nearest free slots of the same length as the wanted range: on the grid, within opening hours
 * of working days, not overlapping `busy`, ordered by distance from the wanted start; the wanted
 * day first, then the following working days (up to `days`).
 */
export function nearestFreeSlots(
  wanted: Range,
  busy: readonly Range[],
  settings: BookingSettings,
  now: Date,
  options: { count?: number; days?: number } = {},
): Range[] {
  const count = options.count ?? 3;
  const length = Math.round((wanted.endsAt.getTime() - wanted.startsAt.getTime()) / 60000);
  const open = minutesOf(settings.opensAt);
  const close = minutesOf(settings.closesAt);
  const firstDate = instantToWarsaw(wanted.startsAt).date;
  const result: Range[] = [];
  for (let offset = 0; offset <= (options.days ?? 7) && result.length < count; offset++) {
    const date = addDays(firstDate, offset);
    if (!isWorkingDay(date)) continue;
    const candidates: Range[] = [];
    for (let from = open; from + length <= close; from += settings.slotMinutes) {
      const slot = { startsAt: warsawToInstant(date, timeOf(from)), endsAt: warsawToInstant(date, timeOf(from + length)) };
      if (slot.startsAt.getTime() <= now.getTime()) continue;
      if (windowProblem(slot, now, settings)) continue;
      if (busy.some((b) => overlaps(b, slot))) continue;
      candidates.push(slot);
    }
    const distance = (slot: Range) => Math.abs(slot.startsAt.getTime() - wanted.startsAt.getTime());
    candidates.sort((a, b) => distance(a) - distance(b) || a.startsAt.getTime() - b.startsAt.getTime());
    result.push(...candidates.slice(0, count - result.length));
  }
  return result;
}

/** Monday (Warsaw date) of the week containing `date`. */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** A week the public calendar has a page for: a Monday (ISO date) within a year of today. */
export function isCalendarWeek(monday: string, today: string): boolean {
  if (!isIsoDate(monday) || weekStart(monday) !== monday) return false;
  return Math.abs(daysBetween(today, monday)) <= 366;
}

/** The public page of a room's week (undefined: the current week, the room's own page). */
export function publicWeekHref(roomId: string, monday?: string): string {
  return monday ? `/centre/rooms/${roomId}/week/${monday}` : `/centre/rooms/${roomId}`;
}

/** The rows of a week calendar: the grid's start times from opening to closing ("08:00", "08:30", ...). */
export function calendarTimes(settings: BookingSettings, step = 60): string[] {
  const times: string[] = [];
  for (let m = minutesOf(settings.opensAt); m < minutesOf(settings.closesAt); m += step) times.push(timeOf(m));
  return times;
}

/** Whether a calendar cell (a Warsaw date and a start time, `step` minutes long) meets a range. */
export function cellRange(date: string, time: string, step = 60): Range {
  return { startsAt: warsawToInstant(date, time), endsAt: warsawToInstant(date, timeOf(minutesOf(time) + step)) };
}

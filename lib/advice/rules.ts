/*
 * Pure rules of advice appointments: the Centre's hours, a series of slots (e.g. every Tuesday
 * 10:00–14:00 in one-hour slots) in Warsaw time on working days, and what a person may still do.
 */
import { addDays, daysBetween, warsawToInstant } from "@/lib/dates/warsaw";
import { isWorkingDay } from "@/lib/dates/holidays";
import { adviceTopics, type AdviceTopic } from "@/lib/db/schema/advice";

export { adviceTopics, type AdviceTopic };

/** The Centre is open 8:00–16:00 (Warsaw time) on working days; advice is given within those hours. */
export const centreHours = { open: "08:00", close: "16:00" } as const;
/** The Centre's address, the default place of an appointment. */
export const centrePlace = "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1, Białystok";
/** The lengths of a slot staff may choose, in minutes. */
export const slotLengths = [30, 45, 60, 90, 120] as const;
/** A series covers at most this many days (about six months). */
export const maxSeriesDays = 183;

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface SeriesInput {
  from: string;
  to: string;
  weekdays: readonly number[];
  start: string;
  end: string;
  minutes: number;
}

export type SeriesProblem = "outsideHours" | "tooShort" | "tooLong";

/** Why a series cannot be published, or null. */
export function seriesProblem(input: SeriesInput): SeriesProblem | null {
  const start = minutesOf(input.start);
  const end = minutesOf(input.end);
  if (start < minutesOf(centreHours.open) || end > minutesOf(centreHours.close)) return "outsideHours";
  if (end - start < input.minutes) return "tooShort";
  if (daysBetween(input.from, input.to) > maxSeriesDays) return "tooLong";
  return null;
}

/**
 * The slots of a series: on each chosen weekday from `from` to `to` (inclusive) that is a working
 * day (no Sundays, no public holidays), back to back from `start` while a whole slot fits before `end`.
 * Times are Warsaw wall-clock times, so 10:00 stays 10:00 across the change to and from summer time.
 */
export function seriesSlots(input: SeriesInput): { startsAt: Date; endsAt: Date }[] {
  if (seriesProblem(input)) return [];
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  const end = minutesOf(input.end);
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    if (weekday > 5 || !input.weekdays.includes(weekday) || !isWorkingDay(date)) continue;
    for (let at = minutesOf(input.start); at + input.minutes <= end; at += input.minutes) {
      slots.push({ startsAt: warsawToInstant(date, timeOf(at)), endsAt: warsawToInstant(date, timeOf(at + input.minutes)) });
    }
  }
  return slots;
}

/** A slot can be booked while it has not started and is not withdrawn. */
export function slotBookable(slot: { startsAt: Date; withdrawnAt: Date | null }, now: Date): boolean {
  return !slot.withdrawnAt && slot.startsAt.getTime() > now.getTime();
}

/** The person cancels until the appointment starts (the slot is then free for someone else). */
export function personMayCancel(slotStartsAt: Date, status: string, now: Date): boolean {
  return status === "booked" && slotStartsAt.getTime() > now.getTime();
}

/** The reminder goes out the day before: when the appointment starts within the next 36 hours and none was sent. */
export function reminderDue(slotStartsAt: Date, now: Date): boolean {
  const ahead = slotStartsAt.getTime() - now.getTime();
  return ahead > 0 && ahead <= 36 * 3600 * 1000;
}

export interface TopicStats {
  topic: AdviceTopic;
  slots: number;
  bookings: number;
  attended: number;
}

/** Statistics per topic: every topic appears, even with zeros, in the order of `adviceTopics`. */
export function statsByTopic(rows: readonly { topic: string; slots: number; bookings: number; attended: number }[]): TopicStats[] {
  return adviceTopics.map((topic) => {
    const row = rows.find((r) => r.topic === topic);
    return { topic, slots: Number(row?.slots ?? 0), bookings: Number(row?.bookings ?? 0), attended: Number(row?.attended ?? 0) };
  });
}

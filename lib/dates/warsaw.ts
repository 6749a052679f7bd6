/**
 * Legal dates are Warsaw wall-clock times: the one calendar of all modules. Pure, shared by client and server.
 * `warsawToInstant("2026-12-21", "15:00")` → the Date of 15:00 in Warsaw that day, right across DST.
 */
/** The time zone of every legal date and of every date shown (formatters in lib/i18n use it too). */
export const WARSAW_TIME_ZONE = "Europe/Warsaw";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: WARSAW_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Offset of Warsaw from UTC at the instant, in minutes (+60 in winter, +120 in summer). */
export function warsawOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant of a Warsaw wall-clock time. A time that does not exist (the spring gap, 02:00–03:00)
 * is moved forward by the gap; an ambiguous one (the autumn repeat) takes the earlier instant.
 */
export function warsawToInstant(date: string, time = "00:00"): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`invalid Warsaw date/time: ${date} ${time}`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Try both possible offsets; keep the earliest candidate whose local reading matches the wall clock.
  const candidates = [120, 60].map((offset) => new Date(wall - offset * 60000));
  for (const c of candidates) if (c.getTime() + warsawOffsetMinutes(c) * 60000 === wall) return c;
  // Spring gap: no instant shows this wall time; use the winter offset (moves it forward by an hour).
  return new Date(wall - 60 * 60000);
}

/** "2026-12-21" and "15:00" of an instant in Warsaw. */
export function instantToWarsaw(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Whole Warsaw calendar days from publication to deadline (art. 13 counts days). */
export function warsawDaysBetween(from: Date, to: Date): number {
  const a = instantToWarsaw(from).date;
  const b = instantToWarsaw(to).date;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/** Remaining time split for the countdown: days, hours, minutes (all zero when passed). */
export function remaining(deadline: Date, now: Date) {
  const ms = Math.max(0, deadline.getTime() - now.getTime());
  const minutes = Math.floor(ms / 60000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60, passed: ms === 0 };
}

/** The Warsaw calendar date of an instant ("2026-11-27"). */
export function warsawDate(instant: Date): string {
  return instantToWarsaw(instant).date;
}

/** Today's date in Warsaw ("2026-11-27"); `now` is injectable for tests and jobs. */
export function warsawToday(now = new Date()): string {
  return warsawDate(now);
}

/** 23:59:59 of a Warsaw calendar day (the last second of a legal deadline day), across DST. */
export function warsawEndOfDay(date: string): Date {
  return new Date(warsawToInstant(addDays(date, 1)).getTime() - 1000);
}

/** A real calendar date written "YYYY-MM-DD" (not "2026-02-30"). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(value);
}

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`invalid date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** Calendar arithmetic on ISO dates: whole days, no time zone involved. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86400000).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Of dated settings, the one in force on a Warsaw day: the latest starting on or before it (null before the first). */
export function inForceOn<T extends { effectiveFrom: string }>(settings: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const setting of settings)
    if (setting.effectiveFrom <= day && (!found || setting.effectiveFrom >= found.effectiveFrom)) found = setting;
  return found;
}

/** Dated settings in order, each with the last day it is in force (null: in force onwards). */
export function withPeriods<T extends { effectiveFrom: string }>(settings: readonly T[]): (T & { until: string | null })[] {
  const ordered = [...settings].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return ordered.map((setting, i) => ({ ...setting, until: ordered[i + 1] ? addDays(ordered[i + 1].effectiveFrom, -1) : null }));
}

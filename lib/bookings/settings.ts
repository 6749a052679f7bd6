/**
 * Booking limits of the NGO Cooperation Centre (issue 17): numbers the Centre may change, so they are
 * settings overridable through the environment, not constants in the rules.
 */
export interface BookingSettings {
  /** how many days ahead a room may be booked */
  windowDays: number;
  /** booked hours per organization (or per resident for informal groups) in one calendar month */
  hoursPerMonth: number;
  /** cancelling later than this many hours before the start counts as a no-show */
  cancellationNoticeHours: number;
  /** opening hours, Warsaw wall clock, on working days */
  opensAt: string;
  closesAt: string;
  /** bookings start and end on this grid, in minutes */
  slotMinutes: number;
  /** a repetition reaches at most this many months ahead */
  maxRepeatMonths: number;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function bookingSettings(): BookingSettings {
  return {
    windowDays: numberFromEnv("CENTRE_BOOKING_WINDOW_DAYS", 60),
    hoursPerMonth: numberFromEnv("CENTRE_BOOKING_HOURS_PER_MONTH", 20),
    cancellationNoticeHours: numberFromEnv("CENTRE_BOOKING_CANCEL_HOURS", 24),
    opensAt: "08:00",
    closesAt: "16:00",
    slotMinutes: 30,
    maxRepeatMonths: 6,
  };
}

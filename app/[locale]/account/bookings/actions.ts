"use server";

import { revalidateRooms } from "@/lib/bookings/cache";
import { cancelBooking, cancelSeries } from "@/lib/bookings/commands";
import { formAction, withClock } from "@/lib/forms/action";

export const cancelBookingAction = formAction(
  withClock((db, principal, input: Record<string, string>, now) => cancelBooking(db, principal, input, now)),
  { revalidate: () => revalidateRooms(), notice: "cancelled" },
);

export const cancelSeriesAction = formAction(
  withClock((db, principal, input: Record<string, string>, now) => cancelSeries(db, principal, input, now)),
  { revalidate: () => revalidateRooms(), notice: "seriesCancelled" },
);

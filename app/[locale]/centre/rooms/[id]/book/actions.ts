"use server";

import { revalidateRoom } from "@/lib/bookings/cache";
import { bookRoom } from "@/lib/bookings/commands";
import type { BookingFormState } from "@/lib/bookings/form-state";
import { formAction, withClock } from "@/lib/forms/action";

export const bookAction = formAction(
  withClock((db, principal, input: Record<string, string>, now) => bookRoom(db, principal, input, now)),
  {
    revalidate: (value) => revalidateRoom(value.roomId),
    state: (value): BookingFormState => ({ status: "success", message: value.status, booked: value.booked, conflicts: value.conflicts }),
    refused: (state, refusal) => ({
      ...state,
      ...("suggestions" in refusal && { suggestions: refusal.suggestions }),
      ...("conflicts" in refusal && { conflicts: refusal.conflicts }),
    }),
  },
);

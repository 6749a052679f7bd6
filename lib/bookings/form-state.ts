import type { FormState } from "@/lib/forms/result";

/** The booking form's state: besides the usual, the free slots after a conflict and the occurrences of a repetition. */
export interface BookingFormState extends FormState {
  suggestions?: { startsAt: string; endsAt: string }[];
  booked?: { id: string; startsAt: string; endsAt: string }[];
  conflicts?: { startsAt: string; endsAt: string; reason: string }[];
}

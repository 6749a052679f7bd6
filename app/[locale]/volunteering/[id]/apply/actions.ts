"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { applyToOffer } from "@/lib/volunteering/commands";
import { revalidateVolunteering } from "@/lib/volunteering/cache";

export const applyAction = formAction(withClock(applyToOffer), {
  revalidate: revalidateVolunteering,
  notice: (value) => (value.awaitingConsent ? "awaitingConsent" : "submitted"),
});

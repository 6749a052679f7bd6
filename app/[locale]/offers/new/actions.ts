"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { createOffer } from "@/lib/offers/commands";

/** Starts an offer, or resumes the organization's draft in this competition (the editor then says so). */
export const createOfferAction = formAction(withClock(createOffer), {
  redirect: (offer) => (offer.resumed ? { pathname: `/offers/${offer.id}/edit`, query: { resumed: "1" } } : `/offers/${offer.id}/edit`),
});

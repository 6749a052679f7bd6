"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { createOffer } from "@/lib/offers/commands";

export const createOfferAction = formAction(withClock(createOffer), { redirect: (offer) => `/offers/${offer.id}/edit` });

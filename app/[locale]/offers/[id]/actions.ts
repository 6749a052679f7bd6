"use server";

import { callAction, formAction, withClock } from "@/lib/forms/action";
import { saveOfferDraft, submitOffer, withdrawOffer } from "@/lib/offers/commands";
import { addOfferPartner, removeOfferPartner } from "@/lib/offers/partners";

/** Autosave of the generator: the whole draft at once (debounced in the browser). */
export const autosaveOfferAction = callAction((offerId: string, content: unknown) => ({ offerId, content }), withClock(saveOfferDraft), {
  reply: (saved) => ({ savedAt: saved.savedAt.toISOString() }),
});

export const submitOfferAction = formAction(withClock(submitOffer), {
  redirect: (_, input) => `/offers/${input.offerId}/confirmation`,
});

export const withdrawOfferAction = formAction(withClock(withdrawOffer), { notice: "withdrawn" });

export const addPartnerAction = formAction(addOfferPartner, {
  echo: (formData) => ({ registry: String(formData.get("registry") ?? "") }),
  redirect: (_, input) => `/offers/${input.offerId}/edit`,
});

export const removePartnerAction = formAction(removeOfferPartner, {
  redirect: (_, input) => `/offers/${input.offerId}/edit`,
});

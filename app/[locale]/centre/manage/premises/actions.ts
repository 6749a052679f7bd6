"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePremises } from "@/lib/premises/cache";
import { createPremises, setPremisesOffered, uploadPremisesPhoto } from "@/lib/premises/commands";

export const addPremisesAction = formAction(createPremises, { revalidate: revalidatePremises, notice: "added" });

export const photoAction = formAction(uploadPremisesPhoto, {
  input: (formData) => {
    const file = formData.get("photo");
    return { premisesId: formData.get("premisesId"), file: file instanceof File ? file : null };
  },
  revalidate: revalidatePremises,
  notice: "uploaded",
});

export const offerAction = formAction(withClock(setPremisesOffered), {
  revalidate: revalidatePremises,
  notice: (value) => value.status,
});

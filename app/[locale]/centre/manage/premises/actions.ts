"use server";

import { formAction } from "@/lib/forms/action";
import { revalidatePremises } from "@/lib/premises/cache";
import { createPremises, uploadPremisesPhoto } from "@/lib/premises/commands";

export const addPremisesAction = formAction(createPremises, { revalidate: revalidatePremises, notice: "added" });

export const photoAction = formAction(uploadPremisesPhoto, {
  input: (formData) => {
    const file = formData.get("photo");
    return { premisesId: formData.get("premisesId"), file: file instanceof File ? file : null };
  },
  revalidate: revalidatePremises,
  notice: "uploaded",
});

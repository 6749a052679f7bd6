"use server";

import { formAction } from "@/lib/forms/action";
import { revalidatePromotion } from "@/lib/promotion/cache";
import { applyForPromotion } from "@/lib/promotion/commands";

export const applyPromotionAction = formAction(applyForPromotion, { revalidate: revalidatePromotion, notice: "applied" });

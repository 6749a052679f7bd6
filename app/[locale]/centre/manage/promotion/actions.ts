"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePromotion } from "@/lib/promotion/cache";
import { allocatePromotionSlot, createPromotionSlot } from "@/lib/promotion/commands";

export const createSlotAction = formAction(createPromotionSlot, { revalidate: revalidatePromotion, notice: "created" });
export const allocateAction = formAction(withClock(allocatePromotionSlot), { revalidate: revalidatePromotion, notice: "allocated" });

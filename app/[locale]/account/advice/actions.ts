"use server";

import { cancelBooking } from "@/lib/advice/commands";
import { revalidateAdvice } from "@/lib/advice/cache";
import { formAction, withClock } from "@/lib/forms/action";

export const cancelAction = formAction(withClock(cancelBooking), { revalidate: revalidateAdvice, notice: "cancelled" });

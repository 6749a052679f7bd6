"use server";

import { bookSlot } from "@/lib/advice/commands";
import { revalidateAdvice } from "@/lib/advice/cache";
import { formAction, withClock } from "@/lib/forms/action";

export const bookAction = formAction(withClock(bookSlot), { revalidate: revalidateAdvice, notice: "booked" });

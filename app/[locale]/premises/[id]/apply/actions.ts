"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePremises } from "@/lib/premises/cache";
import { applyForPremises } from "@/lib/premises/commands";

export const applyAction = formAction(withClock(applyForPremises), { revalidate: revalidatePremises, notice: "applied" });

"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePremises } from "@/lib/premises/cache";
import { decideApplication } from "@/lib/premises/commands";

export const decideAction = formAction(withClock(decideApplication), { revalidate: revalidatePremises, notice: "decided" });

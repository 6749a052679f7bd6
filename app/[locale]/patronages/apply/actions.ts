"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePatronages } from "@/lib/patronages/cache";
import { applyForPatronage } from "@/lib/patronages/commands";

export const applyPatronageAction = formAction(withClock(applyForPatronage), { revalidate: revalidatePatronages, notice: "saved" });

"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePatronagePages } from "@/lib/patronages/cache";
import { decidePatronage, requestPatronageInfo } from "@/lib/patronages/commands";

export const askAction = formAction(requestPatronageInfo, { revalidate: revalidatePatronagePages, notice: "asked" });
export const decidePatronageAction = formAction(withClock(decidePatronage), { revalidate: revalidatePatronagePages, notice: "decided" });

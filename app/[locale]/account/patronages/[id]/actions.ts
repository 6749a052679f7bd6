"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidatePatronagePages } from "@/lib/patronages/cache";
import { answerPatronageInfo, reportPatronage } from "@/lib/patronages/commands";

export const answerAction = formAction(withClock(answerPatronageInfo), { revalidate: revalidatePatronagePages, notice: "answered" });
export const reportAction = formAction(withClock(reportPatronage), { revalidate: revalidatePatronagePages, notice: "reported" });

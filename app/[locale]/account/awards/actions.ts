"use server";

import { revalidateAwards } from "@/lib/awards/cache";
import { declareImpartiality, submitAwardScores } from "@/lib/awards/commands";
import { formAction, withClock } from "@/lib/forms/action";

export const declareImpartialityAction = formAction(withClock(declareImpartiality), { revalidate: revalidateAwards, notice: "saved" });
export const submitAwardScoresAction = formAction(withClock(submitAwardScores), { revalidate: revalidateAwards, notice: "saved" });

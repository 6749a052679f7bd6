"use server";

import { revalidateAwards } from "@/lib/awards/cache";
import { nominate } from "@/lib/awards/commands";
import { formAction, withClock } from "@/lib/forms/action";

export const nominateAction = formAction(withClock(nominate), { revalidate: revalidateAwards, notice: "done" });

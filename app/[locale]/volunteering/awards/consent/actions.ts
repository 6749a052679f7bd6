"use server";

import { revalidateAwards } from "@/lib/awards/cache";
import { confirmAwardConsent } from "@/lib/awards/commands";
import { formAction, withClock } from "@/lib/forms/action";

export const awardConsentAction = formAction(withClock(confirmAwardConsent), { revalidate: revalidateAwards, notice: "done" });

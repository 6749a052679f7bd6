"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { confirmGuardianConsent } from "@/lib/volunteering/commands";
import { revalidateVolunteering } from "@/lib/volunteering/cache";

export const consentAction = formAction(withClock(confirmGuardianConsent), { revalidate: revalidateVolunteering, notice: "done" });

"use server";

import { decideBudgetUpdate } from "@/lib/budget-updates/commands";
import { formAction, withClock } from "@/lib/forms/action";

/** The city accepts or returns an updated budget; the page is shown again with the decision. */
export const decideBudgetUpdateAction = formAction(withClock(decideBudgetUpdate), {
  redirect: (_, input) => `/admin/budget-updates/${String(input.offerId)}`,
});

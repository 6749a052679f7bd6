"use server";

import { saveBudgetUpdate, submitBudgetUpdate } from "@/lib/budget-updates/commands";
import { respondToGrant } from "@/lib/decisions/commands";
import { callAction, formAction, withClock } from "@/lib/forms/action";

/** Autosave of the updated budget: the whole update at once (debounced in the browser). */
export const autosaveBudgetUpdateAction = callAction(
  (offerId: string, content: unknown) => ({ offerId, content }),
  withClock(saveBudgetUpdate),
  {
    reply: (saved) => ({ savedAt: saved.savedAt.toISOString() }),
  },
);

export const submitBudgetUpdateAction = callAction((offerId: string) => ({ offerId }), withClock(submitBudgetUpdate), {
  reply: (submitted) => ({ checksum: submitted.checksum }),
});

/** Rezygnacja: the offer is withdrawn instead of updated. */
export const withdrawAfterCutAction = formAction(respondToGrant, { notice: "withdrawn" });

"use server";

import { callAction, formAction, withClock } from "@/lib/forms/action";
import { revalidateSmallGrant } from "@/lib/small-grants/cache";
import { saveSmallGrantDraft, submitSmallGrant, withdrawSmallGrant } from "@/lib/small-grants/commands";

/** Autosave of the draft (debounced in the browser); the typed form as it is. */
export const autosaveSmallGrantAction = callAction(
  (smallGrantId: string, values: Record<string, string>) => ({ ...values, smallGrantId }),
  withClock(saveSmallGrantDraft),
  { reply: (saved) => ({ savedAt: saved.savedAt.toISOString() }) },
);

export const submitSmallGrantAction = formAction(withClock(submitSmallGrant), {
  redirect: (grant) => ({ pathname: `/account/small-grants/${grant.id}`, query: { submitted: "1" } }),
});

export const withdrawSmallGrantAction = formAction(withClock(withdrawSmallGrant), {
  revalidate: (grant) => revalidateSmallGrant(grant.id),
  notice: "withdrawn",
});

"use server";

import { formAction } from "@/lib/forms/action";
import { addNotApplicablePolicy } from "@/lib/scoring/policy-settings";

/** A new period of the "nie dotyczy" policy (art. 15 ust. 1 pkt 4); the page then lists it. */
export const addPolicyAction = formAction(addNotApplicablePolicy, {
  redirect: () => ({ pathname: "/admin/competitions/not-applicable", query: { added: "1" } }),
});

"use server";

import { requestAmendment } from "@/lib/contracts/amendments";
import { revalidateContractPages } from "@/lib/contracts/cache";
import { signContract } from "@/lib/contracts/commands";
import { formAction, formValues, withoutContext } from "@/lib/forms/action";

/** A party's signature (a member of that party, for it alone; the command checks contract and party). */
export const signOrganizationAction = formAction(withoutContext(signContract), {
  input: (formData) => ({ ...formValues(formData), side: "organization" }),
  revalidate: revalidateContractPages,
  notice: "saved",
});

export const requestAmendmentAction = formAction(requestAmendment, {
  revalidate: revalidateContractPages,
  redirect: (_, input) => ({ pathname: `/account/contracts/${input.contractId}`, query: { amendment: "sent" } }),
});

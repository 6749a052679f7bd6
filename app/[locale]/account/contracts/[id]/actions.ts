"use server";

import { requestAmendment } from "@/lib/contracts/amendments";
import { revalidateContractPages } from "@/lib/contracts/cache";
import { signContract } from "@/lib/contracts/commands";
import { formAction, formValues, withoutContext } from "@/lib/forms/action";

/** The organization's signature (a member of any party; the command checks which contract). */
export const signOrganizationAction = formAction(withoutContext(signContract), {
  input: (formData) => ({ ...formValues(formData), side: "organization" }),
  revalidate: revalidateContractPages,
  notice: "saved",
});

export const requestAmendmentAction = formAction(requestAmendment, {
  revalidate: revalidateContractPages,
  redirect: (_, input) => ({ pathname: `/account/contracts/${input.contractId}`, query: { amendment: "sent" } }),
});

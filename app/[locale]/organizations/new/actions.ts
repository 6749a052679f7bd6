"use server";

import { formAction } from "@/lib/forms/action";
import { registerOrganization } from "@/lib/organizations/commands";
import { echoProfile, formInput } from "@/lib/organizations/schemas";

/** A pending organization is not in the public directory: nothing to revalidate yet. */
export const registerOrganizationAction = formAction(registerOrganization, {
  input: formInput,
  echo: echoProfile,
  // an organization already registered: the form links to it (to ask to join)
  refused: (state, refusal) => ("existingOrganizationId" in refusal ? { ...state, message: refusal.existingOrganizationId } : state),
  redirect: (organization) => ({ pathname: `/organizations/${organization.id}/manage`, query: { registered: "1" } }),
});

"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateMembershipPages, revalidateVerification } from "@/lib/organizations/cache";
import { decideJoinRequest } from "@/lib/organizations/membership";
import { refuseOrganization, verifyOrganization } from "@/lib/organizations/verification";

/** A verified organization appears in the public directory (a refused one leaves it) within a second. */
export const verifyOrganizationAction = formAction(verifyOrganization, {
  revalidate: (_, input) => revalidateVerification(String(input.organizationId)),
});
export const refuseOrganizationAction = formAction(refuseOrganization, {
  revalidate: (_, input) => revalidateVerification(String(input.organizationId)),
});
export const adminDecideJoinAction = formAction(decideJoinRequest, { revalidate: revalidateMembershipPages });

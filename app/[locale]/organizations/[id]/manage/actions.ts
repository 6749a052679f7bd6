"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateMembershipPages, revalidateOrganization } from "@/lib/organizations/cache";
import { updateOrganizationProfile } from "@/lib/organizations/commands";
import { removeLogo, uploadLogo } from "@/lib/organizations/logo";
import { changeMember, decideJoinRequest, inviteMember, revokeInvitation } from "@/lib/organizations/membership";
import { echoProfile, formInput } from "@/lib/organizations/schemas";

/** The profile and the logo are public: the directory shows them at once. */
const revalidatePublic = (_: unknown, input: { organizationId?: unknown }) => {
  revalidateMembershipPages();
  if (typeof input.organizationId === "string") revalidateOrganization(input.organizationId);
};

export const updateProfileAction = formAction(updateOrganizationProfile, {
  input: formInput,
  echo: echoProfile,
  keepValues: true,
  revalidate: (value, input) => revalidatePublic(value, input),
});
export const changeMemberAction = formAction(changeMember, { revalidate: revalidateMembershipPages });
/** A sent invitation clears the form for the next one. */
export const inviteAction = formAction(inviteMember, { revalidate: revalidateMembershipPages });
export const revokeInvitationAction = formAction(revokeInvitation, { revalidate: revalidateMembershipPages });
export const decideJoinAction = formAction(decideJoinRequest, { revalidate: revalidateMembershipPages });
export const uploadLogoAction = formAction(uploadLogo, {
  input: (formData) => {
    const file = formData.get("logo");
    return { organizationId: formData.get("organizationId"), file: file instanceof File ? file : null };
  },
  revalidate: (value, input) => revalidatePublic(value, input),
});
export const removeLogoAction = formAction(removeLogo, {
  input: (formData) => ({ organizationId: formData.get("organizationId") }),
  revalidate: (value, input) => revalidatePublic(value, input),
});

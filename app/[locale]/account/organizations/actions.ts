"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateMembershipPages } from "@/lib/organizations/cache";
import { respondToInvitation } from "@/lib/organizations/membership";

export const respondToInvitationAction = formAction(respondToInvitation, { revalidate: revalidateMembershipPages });

"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateCommissionAdmin } from "@/lib/scoring/cache";
import { appointMember } from "@/lib/scoring/commission";
import { excludeMember } from "@/lib/scoring/impartiality";

export const appointMemberAction = formAction(withClock(appointMember), { revalidate: revalidateCommissionAdmin, notice: "saved" });
export const excludeMemberAction = formAction(withClock(excludeMember), { revalidate: revalidateCommissionAdmin, notice: "saved" });

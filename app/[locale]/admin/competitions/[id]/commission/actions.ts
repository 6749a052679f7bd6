"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateCommissionAdmin } from "@/lib/scoring/cache";
import { appointMember } from "@/lib/scoring/commission";

export const appointMemberAction = formAction(withClock(appointMember), { revalidate: revalidateCommissionAdmin, notice: "saved" });

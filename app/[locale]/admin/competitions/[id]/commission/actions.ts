"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateCommissionAdmin } from "@/lib/scoring/cache";
import { appointMember } from "@/lib/scoring/commission";

export const appointMemberAction = formAction(appointMember, { revalidate: revalidateCommissionAdmin, notice: "saved" });

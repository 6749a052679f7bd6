"use server";

import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { appointMember } from "@/lib/scoring/commission";
import { toFormState } from "@/lib/scoring/form-state";

export async function appointMemberAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () =>
    appointMember(await getDb(), await currentPrincipal(), Object.fromEntries(formData)),
  );
  if (state.status === "success") revalidatePath("/[locale]/admin/competitions/[id]/commission", "page");
  return state;
}

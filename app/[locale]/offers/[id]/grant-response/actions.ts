"use server";

import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { respondToGrant } from "@/lib/decisions/commands";
import type { FormState } from "@/lib/forms/result";
import { toFormState } from "@/lib/scoring/form-state";

export async function respondToGrantAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () =>
    respondToGrant(await getDb(), await currentPrincipal(), Object.fromEntries(formData)),
  );
  if (state.status === "success") revalidatePath("/[locale]/offers/[id]/grant-response", "page");
  return state;
}

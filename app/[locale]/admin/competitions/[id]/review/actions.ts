"use server";

import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { revalidateCompetitions } from "@/lib/competitions/cache";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { reviewOffer, startScoring } from "@/lib/review/commands";
import { toFormState } from "@/lib/scoring/form-state";

export async function reviewOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () => reviewOffer(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
  if (state.status === "success") revalidatePath("/[locale]/admin/competitions/[id]/review", "layout");
  return state;
}

export async function startScoringAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await toFormState(formData, async () =>
    startScoring(await getDb(), await currentPrincipal(), { competitionId: formData.get("competitionId") }),
  );
  if (state.status === "success") {
    revalidateCompetitions(); // the public announcement shows the stage ("scoring")
    revalidatePath("/[locale]/admin/competitions/[id]", "layout");
  }
  return state;
}

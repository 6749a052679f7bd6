"use server";

import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "@/lib/scoring/commands";
import { toFormState } from "@/lib/scoring/form-state";

function done(state: FormState) {
  if (state.status === "success") revalidatePath("/[locale]/commission/[competitionId]", "layout");
  return state;
}

export async function signDeclarationAction(_: FormState, formData: FormData): Promise<FormState> {
  return done(
    await toFormState(formData, async () => signDeclaration(await getDb(), await currentPrincipal(), Object.fromEntries(formData))),
  );
}

export async function declareConflictAction(_: FormState, formData: FormData): Promise<FormState> {
  return done(
    await toFormState(formData, async () => declareConflict(await getDb(), await currentPrincipal(), Object.fromEntries(formData))),
  );
}

export async function submitScoresAction(_: FormState, formData: FormData): Promise<FormState> {
  return done(await toFormState(formData, async () => submitScores(await getDb(), await currentPrincipal(), Object.fromEntries(formData))));
}

export async function closeScoringAction(_: FormState, formData: FormData): Promise<FormState> {
  return done(await toFormState(formData, async () => closeScoring(await getDb(), await currentPrincipal(), Object.fromEntries(formData))));
}

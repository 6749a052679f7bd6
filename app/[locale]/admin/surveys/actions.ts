"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";
import { guarded, refused } from "@/lib/meetings/action";
import { addQuestion, removeQuestion, saveSurvey } from "@/lib/surveys/commands";

function changed(consultationId: FormDataEntryValue | null) {
  revalidateTag(`survey:${String(consultationId)}`, { expire: 0 });
  revalidatePath("/[locale]/admin/surveys/[consultationId]", "page");
}

export async function saveSurveyAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await guarded(async () => saveSurvey(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
  if (!result.ok) return refused(result, echoValues(formData));
  changed(formData.get("consultationId"));
  return { status: "success", message: "saved" };
}

export async function addQuestionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await guarded(async () => addQuestion(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
  if (!result.ok) return refused(result, echoValues(formData));
  changed(formData.get("consultationId"));
  return { status: "success", message: "added" };
}

export async function removeQuestionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await guarded(async () => removeQuestion(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  changed(formData.get("consultationId"));
  return { status: "success", message: "removed" };
}

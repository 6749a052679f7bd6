"use server";

import { revalidateTag } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { guarded, refused } from "@/lib/meetings/action";
import { answerSurvey } from "@/lib/surveys/commands";

export async function answerSurveyAction(_: FormState, formData: FormData): Promise<FormState> {
  const consultationId = String(formData.get("consultationId") ?? "");
  const form: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) if (key.startsWith("q-") && typeof value === "string") (form[key] ??= []).push(value);
  const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.join("\n")]));
  const result = await guarded(async () => answerSurvey(await getDb(), await currentPrincipal(), consultationId, form));
  if (!result.ok) return refused(result, values);
  revalidateTag(`survey:${consultationId}`, { expire: 0 });
  return { status: "success", message: "answered" };
}

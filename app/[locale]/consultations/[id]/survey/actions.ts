"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateSurvey } from "@/lib/surveys/cache";
import { answerSurvey } from "@/lib/surveys/commands";
import { answerFieldsOf } from "@/lib/surveys/rules";

type SurveyForm = { consultationId: string; answers: Record<string, string[]> };

export const answerSurveyAction = formAction((db, p, form: SurveyForm) => answerSurvey(db, p, form.consultationId, form.answers), {
  input: (formData) => ({ consultationId: String(formData.get("consultationId") ?? ""), answers: answerFieldsOf(formData) }),
  echo: (formData) => Object.fromEntries(Object.entries(answerFieldsOf(formData)).map(([key, values]) => [key, values.join("\n")])),
  revalidate: (_, form) => revalidateSurvey(form.consultationId),
  notice: "answered",
});

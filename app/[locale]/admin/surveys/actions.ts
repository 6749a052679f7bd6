"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateSurveyPages } from "@/lib/surveys/cache";
import { addQuestion, removeQuestion, saveSurvey } from "@/lib/surveys/commands";

const revalidate = (_: unknown, input: Record<string, unknown>) => revalidateSurveyPages(String(input.consultationId));

export const saveSurveyAction = formAction(saveSurvey, { revalidate, notice: "saved" });
export const addQuestionAction = formAction(addQuestion, { revalidate, notice: "added" });
export const removeQuestionAction = formAction(removeQuestion, { revalidate, notice: "removed" });

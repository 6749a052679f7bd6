"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FormErrors, SavedStatus, TextField } from "@/components/scoring/FormParts";
import { idleForm } from "@/lib/forms/result";
import { checklistItems, type ChecklistAnswer } from "@/lib/review/rules";
import { reviewOfferAction } from "../actions";

const answers: ChecklistAnswer[] = ["yes", "fixable", "no"];

/** The checklist: one radio group per item, then what to fix (deadline) or why it is rejected. */
export function ReviewForm({ offerId, current }: { offerId: string; current: Record<string, string> | null }) {
  const t = useTranslations("scoringReview");
  const [state, action] = useActionState(reviewOfferAction, idleForm);
  const labels = Object.fromEntries([...checklistItems.map((i) => [i, t(`items.${i}`)]), ["note", t("note")], ["deadline", t("deadline")], ["reason", t("reason")]]);
  return (
    <form action={action} noValidate>
      <FormErrors state={state} labels={labels} />
      <input type="hidden" name="offerId" value={offerId} />
      {checklistItems.map((item) => {
        const chosen = state.values?.[item] ?? current?.[item] ?? "yes";
        return (
          <fieldset key={item} id={`field-${item}`} className="mb-4 border-b border-gray-200 pb-3">
            <legend className="mb-1 font-semibold">{t(`items.${item}`)}</legend>
            <div className="flex flex-wrap gap-4" key={chosen}>
              {answers.map((answer) => (
                <label key={answer} className="flex items-center gap-2">
                  <input type="radio" name={item} value={answer} defaultChecked={chosen === answer} className="h-5 w-5" />
                  {t(`answers.${answer}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <TextField name="note" label={t("note")} hint={t("noteHint")} state={state} multiline />
      <TextField name="deadline" label={t("deadline")} hint={t("deadlineHint")} state={state} type="date" />
      <TextField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} multiline />
      <SubmitButton>{t("save")}</SubmitButton>
      <SavedStatus state={state}>{t("saved")}</SavedStatus>
    </form>
  );
}

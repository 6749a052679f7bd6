"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, TextArea } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { checklistItems, type ChecklistAnswer } from "@/lib/review/rules";
import { reviewOfferAction } from "../actions";

const answers: ChecklistAnswer[] = ["yes", "fixable", "no"];

/** The checklist: one radio group per item, then what to fix (deadline) or why it is rejected. */
export function ReviewForm({ offerId, current }: { offerId: string; current: Record<string, string> | null }) {
  const t = useTranslations("scoringReview");
  const [state, action] = useActionState(reviewOfferAction, idleForm);
  const labels = Object.fromEntries([
    ...checklistItems.map((i) => [i, t(`items.${i}`)]),
    ["note", t("note")],
    ["deadline", t("deadline")],
    ["reason", t("reason")],
  ]);
  return (
    <form action={action} noValidate>
      <ErrorSummary namespace="scoringErrors" state={state} labels={labels} />
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
      <TextArea name="note" label={t("note")} hint={t("noteHint")} state={state} namespace="scoringErrors" />
      <Field name="deadline" label={t("deadline")} hint={t("deadlineHint")} state={state} type="date" namespace="scoringErrors" />
      <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} state={state} namespace="scoringErrors" />
      <SubmitButton>{t("save")}</SubmitButton>
      <SavedStatus state={state}>{t("saved")}</SavedStatus>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, TextArea } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { askedItems, type ChecklistAnswer } from "@/lib/review/rules";
import { reviewOfferAction } from "../actions";
import { useErrorText } from "@/components/forms/ErrorSummary";

const answers: ChecklistAnswer[] = ["yes", "fixable", "no"];

/**
 * The questions only a person can judge: one required radio group each, none chosen beforehand (a
 * refused submit keeps what was chosen), then what to fix (deadline) or why it is rejected.
 */
export function ReviewForm({ offerId }: { offerId: string }) {
  const t = useTranslations("scoringReview");
  const errorText = useErrorText("scoringErrors");
  const [state, action] = useActionState(reviewOfferAction, idleForm);
  const labels = Object.fromEntries([
    ...askedItems.map((i) => [i, t(`items.${i}`)]),
    ["note", t("note")],
    ["deadline", t("deadline")],
    ["reason", t("reason")],
  ]);
  return (
    <form action={action} noValidate>
      <ErrorSummary namespace="scoringErrors" state={state} labels={labels} />
      <input type="hidden" name="offerId" value={offerId} />
      <h2 className="mb-2 text-xl font-bold">{t("askedTitle")}</h2>
      <p className="mb-4">{t("askedLead")}</p>
      {askedItems.map((item) => {
        const chosen = state.values?.[item];
        const error = state.fieldErrors?.[item]?.[0];
        return (
          <fieldset
            key={item}
            id={`field-${item}`}
            aria-describedby={error ? `field-${item}-error` : undefined}
            className={`mb-4 border-b border-gray-200 pb-3 ${error ? "border-l-4 border-l-accent-600 pl-3" : ""}`}
          >
            <legend className="mb-1 font-semibold">{t(`items.${item}`)}</legend>
            {error && (
              <p id={`field-${item}-error`} className="mb-1 text-sm font-semibold text-accent-600">
                {errorText(error)}
              </p>
            )}
            <div className="flex flex-wrap gap-4" key={chosen ?? "none"}>
              {answers.map((answer) => (
                <label key={answer} className="flex items-center gap-2">
                  <input type="radio" name={item} value={answer} defaultChecked={chosen === answer} required className="h-5 w-5" />
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

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { decideAction } from "./actions";

export function DecisionForm({
  applicationId,
  rent,
  termStart,
  termEnd,
  open,
}: {
  applicationId: string;
  rent: string;
  termStart: string;
  termEnd: string;
  /** still to decide (after a decision the page refreshes and the form only keeps its confirmation) */
  open: boolean;
}) {
  const t = useTranslations("premises.decide");
  const text = useErrorText("premises.errors");
  const [state, action] = useActionState(decideAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("decided")}
      </p>
    );
  if (!open) return null;
  const labels = {
    decision: t("decision"),
    rentPerM2: t("rentPerM2"),
    termStart: t("termStart"),
    termEnd: t("termEnd"),
    reason: t("reason"),
  };
  const decisionError = state.fieldErrors?.decision?.[0];
  return (
    <form noValidate action={action} className="max-w-xl">
      <ErrorSummary state={state} labels={labels} namespace="premises.errors" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset className="mb-5" aria-describedby={decisionError ? "field-decision-error" : undefined}>
        <legend className="mb-1 font-semibold">{labels.decision}</legend>
        {decisionError && (
          <p id="field-decision-error" className="mb-1 text-sm font-semibold text-accent-600">
            {text(decisionError)}
          </p>
        )}
        {(["grant", "refuse"] as const).map((value, i) => (
          <div key={value} className="flex items-center gap-2">
            <input
              id={i === 0 ? "field-decision" : `field-decision-${value}`}
              type="radio"
              name="decision"
              value={value}
              defaultChecked={state.values?.decision === value}
              className="h-5 w-5"
            />
            <label htmlFor={i === 0 ? "field-decision" : `field-decision-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      <Field
        name="rentPerM2"
        label={labels.rentPerM2}
        state={state}
        namespace="premises.errors"
        defaultValue={rent}
        inputMode="decimal"
        width="max-w-xs"
      />
      <div className="flex flex-wrap gap-4">
        <Field
          name="termStart"
          type="date"
          label={labels.termStart}
          state={state}
          namespace="premises.errors"
          defaultValue={termStart}
          width="max-w-xs"
        />
        <Field
          name="termEnd"
          type="date"
          label={labels.termEnd}
          state={state}
          namespace="premises.errors"
          defaultValue={termEnd}
          width="max-w-xs"
        />
      </div>
      <TextArea name="reason" label={labels.reason} state={state} namespace="premises.errors" rows={3} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

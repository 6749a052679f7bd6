"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { askAction, decidePatronageAction } from "./actions";

const ns = "patronages.errors";

function Done({ text }: { text: string }) {
  return (
    <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  );
}

/** Staff ask the applicant for more information. */
export function AskForm({ applicationId, open }: { applicationId: string; open: boolean }) {
  const t = useTranslations("patronages.manage");
  const [state, action] = useActionState(askAction, idleForm);
  if (state.status === "success") return <Done text={t("asked")} />;
  if (!open) return null;
  return (
    <form noValidate action={action} className="mb-8 max-w-2xl">
      <h2 className="mb-2 text-xl font-semibold">{t("askTitle")}</h2>
      <ErrorSummary state={state} labels={{ question: t("question") }} namespace={ns} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextArea name="question" label={t("question")} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("ask")}</SubmitButton>
    </form>
  );
}

/** Staff grant (with the terms of using the city's logo) or refuse (with the reason). */
export function DecideForm({ applicationId, open }: { applicationId: string; open: boolean }) {
  const t = useTranslations("patronages.manage");
  const text = useErrorText(ns);
  const [state, action] = useActionState(decidePatronageAction, idleForm);
  if (state.status === "success") return <Done text={t("decided")} />;
  if (!open) return null;
  const labels = { decision: t("decision"), logoTerms: t("logoTerms"), reason: t("reason") };
  const decisionError = state.fieldErrors?.decision?.[0];
  return (
    <form noValidate action={action} className="mb-8 max-w-2xl">
      <h2 className="mb-2 text-xl font-semibold">{t("decideTitle")}</h2>
      <ErrorSummary state={state} labels={labels} namespace={ns} />
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
      <TextArea name="logoTerms" label={labels.logoTerms} state={state} namespace={ns} rows={4} defaultValue={t("logoTermsDefault")} />
      <TextArea name="reason" label={labels.reason} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

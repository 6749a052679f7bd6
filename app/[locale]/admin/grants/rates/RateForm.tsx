"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { addRateAction } from "./actions";

export function RateForm() {
  const t = useTranslations("reports.rates");
  const [state, action] = useActionState(addRateAction, idleForm);
  const labels = { effectiveFrom: t("from"), lombard: t("lombard"), source: t("source") };
  return (
    <form noValidate action={action} className="max-w-xl" aria-labelledby="add-rate-h">
      <h2 id="add-rate-h" className="mb-3 text-xl font-bold">
        {t("addHeading")}
      </h2>
      <ErrorSummary state={state} labels={labels} namespace="reports.errors" />
      <Field name="effectiveFrom" type="date" label={labels.effectiveFrom} state={state} namespace="reports.errors" />
      <Field name="lombard" label={labels.lombard} hint={t("lombardHint")} state={state} namespace="reports.errors" inputMode="decimal" />
      <Field name="source" label={labels.source} hint={t("sourceHint")} state={state} namespace="reports.errors" width="max-w-xl" />
      <SubmitButton>{t("add")}</SubmitButton>
    </form>
  );
}

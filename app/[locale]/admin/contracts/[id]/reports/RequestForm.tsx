"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { requestPartialReportAction } from "./actions";

export function RequestForm({ contractId }: { contractId: string }) {
  const t = useTranslations("reports.request");
  const [state, action] = useActionState(requestPartialReportAction, idleForm);
  return (
    <form noValidate action={action} className="mb-8 max-w-xl" aria-labelledby="request-h">
      <h3 id="request-h" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-4">{t("lead")}</p>
      <ErrorSummary state={state} labels={{ periodEnd: t("periodEnd"), dueDate: t("dueDate") }} namespace="reports.errors" />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="periodEnd" type="date" label={t("periodEnd")} state={state} namespace="reports.errors" />
      <Field name="dueDate" type="date" label={t("dueDate")} state={state} namespace="reports.errors" />
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
    </form>
  );
}

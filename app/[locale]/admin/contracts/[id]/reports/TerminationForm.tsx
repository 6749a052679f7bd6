"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { settleTerminationAction } from "./actions";

/** The settlement on termination: the unused grant, due 15 days after the termination date. */
export function TerminationForm({ contractId }: { contractId: string }) {
  const t = useTranslations("reports.termination");
  const [state, action] = useActionState(settleTerminationAction, idleForm);
  return (
    <form noValidate action={action} className="mb-8 max-w-xl" aria-labelledby="termination-h">
      <h3 id="termination-h" className="mb-3 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-3">{t("hint")}</p>
      <ErrorSummary state={state} labels={{ amount: t("amount") }} namespace="reports.errors" />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="amount" label={t("amount")} state={state} namespace="reports.errors" inputMode="decimal" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

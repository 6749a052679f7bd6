"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { recordReturnAction } from "./actions";

export function ReturnForm({ contractId, today }: { contractId: string; today: string }) {
  const t = useTranslations("reports.settlement");
  const [state, action] = useActionState(recordReturnAction, idleForm);
  return (
    <form action={action} className="mb-8 max-w-xl" aria-labelledby="record-return-h">
      <h3 id="record-return-h" className="mb-3 text-xl font-bold">
        {t("recordHeading")}
      </h3>
      <ErrorSummary state={state} labels={{ paidOn: t("recordPaidOn"), amount: t("recordAmount") }} namespace="reports.errors" />
      <input type="hidden" name="contractId" value={contractId} />
      <Field name="paidOn" type="date" label={t("recordPaidOn")} state={state} namespace="reports.errors" max={today} />
      <Field name="amount" label={t("recordAmount")} state={state} namespace="reports.errors" inputMode="decimal" />
      <SubmitButton>{t("record")}</SubmitButton>
    </form>
  );
}

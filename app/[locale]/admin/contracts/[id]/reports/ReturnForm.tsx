"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, Select } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { recordReturnPaymentAction } from "./actions";

/** The finance administrator records a payment of one return (partial payments allowed). */
export function ReturnForm({
  contractId,
  today,
  returns,
}: {
  contractId: string;
  today: string;
  returns: { id: string; label: string }[];
}) {
  const t = useTranslations("reports.settlement");
  const [state, action] = useActionState(recordReturnPaymentAction, idleForm);
  return (
    <form noValidate action={action} className="mb-8 max-w-xl" aria-labelledby="record-return-h">
      <h3 id="record-return-h" className="mb-3 text-xl font-bold">
        {t("recordHeading")}
      </h3>
      <p className="mb-3">{t("recordHint")}</p>
      <ErrorSummary
        state={state}
        labels={{ returnId: t("recordReturn"), paidOn: t("recordPaidOn"), amount: t("recordAmount") }}
        namespace="reports.errors"
      />
      <input type="hidden" name="contractId" value={contractId} />
      <Select
        name="returnId"
        label={t("recordReturn")}
        state={state}
        namespace="reports.errors"
        options={returns.map((r) => ({ value: r.id, label: r.label }))}
        defaultValue={returns[0]?.id}
      />
      <Field name="paidOn" type="date" label={t("recordPaidOn")} state={state} namespace="reports.errors" max={today} />
      <Field name="amount" label={t("recordAmount")} state={state} namespace="reports.errors" inputMode="decimal" />
      <SubmitButton>{t("record")}</SubmitButton>
    </form>
  );
}

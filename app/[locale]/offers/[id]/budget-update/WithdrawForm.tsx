"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { withdrawAfterCutAction } from "./actions";

/** Rezygnacja: instead of updating the budget, the organization withdraws its offer. */
export function WithdrawForm({ offerId }: { offerId: string }) {
  const t = useTranslations("budgetUpdate");
  const [state, action] = useActionState(withdrawAfterCutAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold">
        {t("withdrawn")}
      </p>
    );
  return (
    <form noValidate action={action}>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{}} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="response" value="withdrawn" />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}

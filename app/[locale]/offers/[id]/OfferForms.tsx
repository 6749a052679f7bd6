"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm } from "@/lib/forms/result";
import { submitOfferAction, withdrawOfferAction } from "./actions";

export function SubmitOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(submitOfferAction, idleForm);
  return (
    <form noValidate action={action} className="mt-8">
      <ErrorSummary namespace="competitionErrors" state={state} labels={{}} />
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function WithdrawOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("offers");
  const [state, action] = useActionState(withdrawOfferAction, idleForm);
  if (state.status === "success") return <Notice tone="success">{t("withdrawn")}</Notice>;
  return (
    <form noValidate action={action} className="mt-8 border-2 border-accent-600 p-4 print:hidden">
      <ErrorSummary namespace="competitionErrors" state={state} labels={{}} />
      <p className="mb-2">{t("withdrawHint")}</p>
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}

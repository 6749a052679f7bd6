"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { decideBudgetUpdateAction } from "../actions";

/** Accept the updated budget, or return it with a reason (two forms: the reason belongs only to the return). */
export function DecisionForms({ offerId }: { offerId: string }) {
  const t = useTranslations("budgetUpdate.admin");
  const [acceptState, accept] = useActionState(decideBudgetUpdateAction, idleForm);
  const [returnState, giveBack] = useActionState(decideBudgetUpdateAction, idleForm);
  return (
    <div className="grid max-w-3xl gap-8">
      <form noValidate action={accept}>
        <ErrorSummary namespace="scoringErrors" state={acceptState} labels={{}} />
        <input type="hidden" name="offerId" value={offerId} />
        <input type="hidden" name="decision" value="accept" />
        <SubmitButton>{t("accept")}</SubmitButton>
      </form>
      <form action={giveBack} noValidate>
        <ErrorSummary namespace="scoringErrors" state={returnState} labels={{ reason: t("reason") }} />
        <input type="hidden" name="offerId" value={offerId} />
        <input type="hidden" name="decision" value="return" />
        <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} rows={3} state={returnState} namespace="scoringErrors" />
        <SubmitButton variant="danger">{t("return")}</SubmitButton>
      </form>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { respondToGrantAction } from "./actions";

/** Confirm the updated total cost, or withdraw: two buttons of one form (the pressed one is sent). */
export function GrantResponseForm({ offerId }: { offerId: string }) {
  const t = useTranslations("scoringGrant");
  const [state, action, pending] = useActionState(respondToGrantAction, idleForm);
  return (
    <form action={action} noValidate>
      <ErrorSummary namespace="scoringErrors" state={state} labels={{ total: t("total") }} />
      <input type="hidden" name="offerId" value={offerId} />
      <Field name="total" label={t("total")} state={state} inputMode="decimal" namespace="scoringErrors" />
      <div className="flex flex-wrap gap-4">
        <button
          type="submit"
          name="response"
          value="updated"
          disabled={pending}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t("confirm")}
        </button>
        <button
          type="submit"
          name="response"
          value="withdrawn"
          disabled={pending}
          className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-800"
        >
          {t("withdraw")}
        </button>
      </div>
      <SavedStatus state={state}>{t("done")}</SavedStatus>
    </form>
  );
}

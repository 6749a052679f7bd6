"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { awardConsentAction } from "./actions";

export function AwardConsentForm({ token }: { token: string }) {
  const t = useTranslations("awards.consent");
  const [state, action] = useActionState(awardConsentAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("done")}
      </p>
    );
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="awards.errors" />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  const t = useTranslations("privacy.account");
  const [state, action] = useActionState(deleteAccountAction, idleForm);
  const labels = { password: t("password"), confirm: t("confirm") };
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={labels} namespace="privacy.errors" />
      <Field
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        state={state}
        namespace="privacy.errors"
      />
      <Checkbox name="confirm" label={labels.confirm} state={state} namespace="privacy.errors" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

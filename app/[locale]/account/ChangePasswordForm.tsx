"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm } from "@/lib/forms/result";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const auth = useTranslations("auth");
  const [state, action] = useActionState(changePasswordAction, idleForm);
  const labels = { currentPassword: t("currentPassword"), password: auth("newPassword"), passwordConfirm: auth("passwordConfirm") };
  return (
    <form action={action} noValidate className="max-w-md">
      {state.status === "success" && <Notice tone="success">{t("passwordChanged")}</Notice>}
      <ErrorSummary state={state} labels={labels} />
      <Field name="currentPassword" type="password" label={labels.currentPassword} autoComplete="current-password" state={state} />
      <Field
        name="password"
        type="password"
        label={labels.password}
        hint={auth("passwordHint")}
        autoComplete="new-password"
        state={state}
      />
      <Field name="passwordConfirm" type="password" label={labels.passwordConfirm} autoComplete="new-password" state={state} />
      <SubmitButton>{t("submitChangePassword")}</SubmitButton>
    </form>
  );
}

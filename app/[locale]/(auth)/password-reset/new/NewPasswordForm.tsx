"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { resetPasswordAction } from "../../actions";

export function NewPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resetPasswordAction, idleForm);
  const labels = { password: t("newPassword"), passwordConfirm: t("passwordConfirm") };
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        type="password"
        label={labels.password}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        state={state}
      />
      <Field name="passwordConfirm" type="password" label={labels.passwordConfirm} autoComplete="new-password" required state={state} />
      <SubmitButton>{t("submitNewPassword")}</SubmitButton>
    </form>
  );
}

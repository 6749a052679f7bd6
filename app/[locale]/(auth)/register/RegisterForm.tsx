"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { registerAction } from "../actions";

export function RegisterForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(registerAction, idleForm);
  const labels = {
    name: t("name"),
    email: t("email"),
    password: t("password"),
    passwordConfirm: t("passwordConfirm"),
    acceptTerms: t("acceptTerms"),
  };
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={labels} />
      <Field name="name" label={labels.name} autoComplete="name" required state={state} />
      <Field name="email" type="email" label={labels.email} autoComplete="email" required state={state} />
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
      <Checkbox name="acceptTerms" label={labels.acceptTerms} state={state} />
      <SubmitButton>{t("submitRegister")}</SubmitButton>
    </form>
  );
}

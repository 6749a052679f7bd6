"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { loginAction } from "../actions";

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(loginAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={{ email: t("email"), password: t("password") }} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <Field name="email" type="email" label={t("email")} autoComplete="email" required state={state} />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required state={state} />
      <SubmitButton>{t("submitLogin")}</SubmitButton>
    </form>
  );
}

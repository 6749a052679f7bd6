"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Link } from "@/lib/i18n/navigation";
import { loginAction } from "../actions";

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(loginAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={{ email: t("email"), password: t("password") }} />
      {state.formError === "unverified" && (
        <p className="mb-6">
          <Link
            href={{ pathname: "/verify-email/resend", query: { email: state.values?.email ?? "" } }}
            className="font-semibold text-brand-600 underline"
          >
            {t("resendVerification")}
          </Link>
        </p>
      )}
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <Field name="email" type="email" label={t("email")} autoComplete="email" required state={state} />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required state={state} />
      <SubmitButton>{t("submitLogin")}</SubmitButton>
    </form>
  );
}

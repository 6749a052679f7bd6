"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Link } from "@/lib/i18n/navigation";
import { registerAction } from "../actions";

/** Registration; `returnTo` (the page the person came from) travels in the verification link. */
export function RegisterForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(registerAction, idleForm);
  const labels = {
    name: t("name"),
    email: t("email"),
    password: t("password"),
    passwordConfirm: t("passwordConfirm"),
    acceptTerms: t("acceptTerms"),
  };
  const linkClass = "text-brand-600 underline";
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={labels} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
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
      <Checkbox
        name="acceptTerms"
        label={t.rich("acceptTermsLinked", {
          terms: (text) => (
            <Link href="/terms" className={linkClass}>
              {text}
            </Link>
          ),
          privacy: (text) => (
            <Link href="/privacy" className={linkClass}>
              {text}
            </Link>
          ),
        })}
        state={state}
      />
      <SubmitButton>{t("submitRegister")}</SubmitButton>
    </form>
  );
}

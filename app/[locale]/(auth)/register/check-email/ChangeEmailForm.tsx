"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { changeEmailAction } from "../../actions";

/** A mistyped address corrected before verification: the account's password proves who asks. */
export function ChangeEmailForm({ email, returnTo }: { email?: string; returnTo?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(changeEmailAction, { ...idleForm, values: email ? { email } : undefined });
  const labels = { email: t("email"), password: t("password"), newEmail: t("newEmail") };
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={labels} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <Field name="email" type="email" label={labels.email} autoComplete="email" required state={state} />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" required state={state} />
      <Field name="newEmail" type="email" label={labels.newEmail} autoComplete="email" required state={state} />
      <SubmitButton>{t("submitChangeEmail")}</SubmitButton>
    </form>
  );
}

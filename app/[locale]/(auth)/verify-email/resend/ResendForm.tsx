"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm } from "@/lib/forms/result";
import { resendVerificationAction } from "../../actions";

/**
 * Asks for a new verification link; `returnTo` goes into the link, as at registration. `knownEmail`:
 * the address is already on the page (check-your-e-mail), so the form is just the button.
 */
export function ResendForm({ email, returnTo, knownEmail = false }: { email?: string; returnTo?: string; knownEmail?: boolean }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resendVerificationAction, { ...idleForm, values: email ? { email } : undefined });
  if (state.status === "success") return <Notice tone="success">{t("verificationResent")}</Notice>;
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary state={state} labels={{ email: t("email") }} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {knownEmail && email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <Field name="email" type="email" label={t("email")} autoComplete="email" required state={state} />
      )}
      <SubmitButton>{t("resendVerification")}</SubmitButton>
    </form>
  );
}

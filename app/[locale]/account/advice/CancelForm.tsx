"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { cancelAction } from "./actions";

export function CancelForm({ bookingId, when, cancellable }: { bookingId: string; when: string; cancellable: boolean }) {
  const t = useTranslations("advice.account");
  const [state, action] = useActionState(cancelAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="font-semibold text-green-800">
        {t("cancelled")}
      </p>
    );
  if (!cancellable) return null;
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="advice.errors" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <SubmitButton variant="danger">
        <span aria-hidden="true">{t("cancel")}</span>
        <span className="sr-only">{t("cancelLabel", { when })}</span>
      </SubmitButton>
    </form>
  );
}

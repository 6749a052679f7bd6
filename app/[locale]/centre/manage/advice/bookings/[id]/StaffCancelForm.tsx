"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { staffCancelAction } from "./actions";

export function StaffCancelForm({ bookingId, cancellable }: { bookingId: string; cancellable: boolean }) {
  const t = useTranslations("advice.booking");
  const [state, action] = useActionState(staffCancelAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("cancelled")}
      </p>
    );
  if (!cancellable) return null;
  return (
    <form noValidate action={action} className="max-w-2xl">
      <h2 className="mb-3 text-xl font-semibold">{t("cancelTitle")}</h2>
      <ErrorSummary state={state} labels={{ reason: t("reason") }} namespace="advice.errors" />
      <input type="hidden" name="bookingId" value={bookingId} />
      <TextArea name="reason" label={t("reason")} state={state} namespace="advice.errors" rows={3} />
      <SubmitButton variant="danger">{t("cancel")}</SubmitButton>
    </form>
  );
}

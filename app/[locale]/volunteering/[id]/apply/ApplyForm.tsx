"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Link } from "@/lib/i18n/navigation";
import { applyAction } from "./actions";

const ns = "volunteering.errors";

export function ApplyForm({ offerId }: { offerId: string }) {
  const t = useTranslations("volunteering.apply");
  const [state, action] = useActionState(applyAction, idleForm);
  if (state.status === "success")
    return (
      <div role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4">
        <p className="mb-2 font-semibold">{state.message === "awaitingConsent" ? t("awaitingConsent") : t("submitted")}</p>
        <Link href="/account/volunteering" className="text-brand-600 underline">
          {t("next")}
        </Link>
      </div>
    );
  const labels = {
    message: t("message"),
    birthDate: t("birthDate"),
    guardianName: t("guardianName"),
    guardianEmail: t("guardianEmail"),
    agreementRequested: t("agreementRequested"),
  };
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="offerId" value={offerId} />
      <TextArea name="message" label={labels.message} hint={t("messageHint")} state={state} namespace={ns} rows={4} />
      <Field
        name="birthDate"
        type="date"
        label={labels.birthDate}
        hint={t("birthDateHint")}
        state={state}
        namespace={ns}
        width="max-w-xs"
      />
      <fieldset className="mb-5 rounded border border-gray-300 p-4">
        <legend className="px-1 font-semibold">{t("guardianTitle")}</legend>
        <p className="mb-3 text-sm">{t("guardianLead")}</p>
        <Field name="guardianName" label={labels.guardianName} state={state} namespace={ns} autoComplete="off" />
        <Field name="guardianEmail" type="email" label={labels.guardianEmail} state={state} namespace={ns} autoComplete="off" />
      </fieldset>
      <Checkbox name="agreementRequested" label={labels.agreementRequested} state={state} namespace={ns} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select, TextArea, Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Link } from "@/lib/i18n/navigation";
import { idleForm } from "@/lib/forms/result";
import { applyAction } from "./actions";

export function ApplyForm({ premisesId, organizations }: { premisesId: string; organizations: { value: string; label: string }[] }) {
  const t = useTranslations("premises.apply");
  const [state, action] = useActionState(applyAction, idleForm);
  if (state.status === "success")
    return (
      <div role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4">
        <p className="mb-2 font-semibold">{t("done")}</p>
        <Link href="/account/premises" className="text-brand-600 underline">
          {t("next")}
        </Link>
      </div>
    );
  const labels = {
    organizationId: t("organization"),
    purpose: t("purpose"),
    activities: t("activities"),
    hoursOfUse: t("hoursOfUse"),
    partners: t("partners"),
  };
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace="premises.errors" />
      <input type="hidden" name="premisesId" value={premisesId} />
      <Select
        name="organizationId"
        label={labels.organizationId}
        state={state}
        namespace="premises.errors"
        options={organizations}
        defaultValue={organizations[0]?.value}
      />
      <TextArea name="purpose" label={labels.purpose} hint={t("purposeHint")} state={state} namespace="premises.errors" rows={3} />
      <TextArea name="activities" label={labels.activities} hint={t("activitiesHint")} state={state} namespace="premises.errors" rows={4} />
      <Field name="hoursOfUse" label={labels.hoursOfUse} hint={t("hoursHint")} state={state} namespace="premises.errors" />
      <TextArea name="partners" label={labels.partners} hint={t("partnersHint")} state={state} namespace="premises.errors" rows={2} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

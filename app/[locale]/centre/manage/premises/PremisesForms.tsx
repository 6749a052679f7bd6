"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { addPremisesAction, photoAction } from "./actions";

const conditions = ["good", "needs_refresh", "needs_renovation"] as const;

export function AddPremisesForm({ districts }: { districts: { value: string; label: string }[] }) {
  const t = useTranslations("premises");
  const [state, action] = useActionState(addPremisesAction, idleForm);
  const labels = {
    address: t("manage.address"),
    districtSlug: t("manage.district"),
    areaM2: t("manage.area"),
    condition: t("manage.condition"),
    rentPerM2: t("manage.rent"),
    availableFrom: t("manage.availableFrom"),
    description: t("manage.description"),
  };
  return (
    <form noValidate action={action} className="max-w-xl">
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("manage.added")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace="premises.errors" />
      <Field name="address" label={labels.address} state={state} namespace="premises.errors" />
      <Select
        name="districtSlug"
        label={labels.districtSlug}
        state={state}
        namespace="premises.errors"
        options={districts}
        defaultValue={districts[0]?.value}
      />
      <Field name="areaM2" label={labels.areaM2} state={state} namespace="premises.errors" inputMode="decimal" width="max-w-xs" />
      <Select
        name="condition"
        label={labels.condition}
        state={state}
        namespace="premises.errors"
        options={conditions.map((c) => ({ value: c, label: t(`conditions.${c}`) }))}
        defaultValue="good"
      />
      <Field name="rentPerM2" label={labels.rentPerM2} state={state} namespace="premises.errors" inputMode="decimal" width="max-w-xs" />
      <Field name="availableFrom" type="date" label={labels.availableFrom} state={state} namespace="premises.errors" width="max-w-xs" />
      <TextArea name="description" label={labels.description} state={state} namespace="premises.errors" rows={3} />
      <SubmitButton>{t("manage.add")}</SubmitButton>
    </form>
  );
}

export function PhotoForm({ premises }: { premises: { value: string; label: string }[] }) {
  const t = useTranslations("premises.manage");
  const [state, action] = useActionState(photoAction, idleForm);
  const labels = { premisesId: t("address"), photo: t("photo") };
  return (
    <form noValidate action={action} className="max-w-xl">
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("uploaded")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace="premises.errors" />
      <Select
        name="premisesId"
        label={labels.premisesId}
        state={state}
        namespace="premises.errors"
        options={premises}
        defaultValue={premises[0]?.value}
      />
      <Field
        name="photo"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        label={labels.photo}
        state={state}
        namespace="premises.errors"
      />
      <SubmitButton variant="secondary">{t("uploadPhoto")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { nominateAction } from "./actions";

const ns = "awards.errors";

export function NominationForm({
  editionId,
  categories,
  kinds,
  organizations,
}: {
  editionId: string;
  categories: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
  organizations: { value: string; label: string }[];
}) {
  const t = useTranslations("awards.form");
  const [state, action] = useActionState(nominateAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("done")}
      </p>
    );
  const labels = {
    nominatorKind: t("nominatorKind"),
    organizationId: t("organizationId"),
    schoolName: t("schoolName"),
    categoryId: t("categoryId"),
    nomineeName: t("nomineeName"),
    nomineeEmail: t("nomineeEmail"),
    justification: t("justification"),
  };
  const hasOrganization = kinds.some((k) => k.value === "organization") && organizations.length > 0;
  const hasSchool = kinds.some((k) => k.value === "school");
  return (
    <form noValidate action={action} className="max-w-2xl">
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <input type="hidden" name="editionId" value={editionId} />
      <Select
        name="nominatorKind"
        label={labels.nominatorKind}
        state={state}
        namespace={ns}
        options={kinds}
        defaultValue={kinds[0]?.value}
      />
      {hasOrganization && (
        <Select
          name="organizationId"
          label={labels.organizationId}
          state={state}
          namespace={ns}
          options={organizations}
          placeholder={t("organizationPlaceholder")}
        />
      )}
      {hasSchool && <Field name="schoolName" label={labels.schoolName} state={state} namespace={ns} />}
      <Select
        name="categoryId"
        label={labels.categoryId}
        state={state}
        namespace={ns}
        options={categories}
        placeholder={t("categoryPlaceholder")}
      />
      <Field name="nomineeName" label={labels.nomineeName} state={state} namespace={ns} autoComplete="off" />
      <Field
        name="nomineeEmail"
        type="email"
        label={labels.nomineeEmail}
        hint={t("nomineeEmailHint")}
        state={state}
        namespace={ns}
        autoComplete="off"
      />
      <TextArea name="justification" label={labels.justification} hint={t("justificationHint")} state={state} namespace={ns} rows={6} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

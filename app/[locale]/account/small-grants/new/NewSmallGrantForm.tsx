"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { createSmallGrantAction } from "./actions";

export function NewSmallGrantForm({ organizations }: { organizations: { value: string; label: string }[] }) {
  const t = useTranslations("smallGrants");
  const [state, action] = useActionState(createSmallGrantAction, idleForm);
  return (
    <form noValidate action={action} className="max-w-xl">
      <ErrorSummary state={state} labels={{ organizationId: t("fields.organization") }} namespace="smallGrants.errors" />
      <Select
        name="organizationId"
        label={t("fields.organization")}
        state={state}
        namespace="smallGrants.errors"
        options={organizations}
        defaultValue={organizations[0]?.value}
      />
      <SubmitButton>{t("account.create")}</SubmitButton>
    </form>
  );
}

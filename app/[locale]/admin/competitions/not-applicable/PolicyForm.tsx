"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, Select } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { addPolicyAction } from "./actions";

export function PolicyForm() {
  const t = useTranslations("scoringPolicy");
  const [state, action] = useActionState(addPolicyAction, idleForm);
  const labels = { effectiveFrom: t("effectiveFrom"), policy: t("policy"), source: t("source") };
  return (
    <form action={action} className="max-w-xl" aria-labelledby="add-policy-h" noValidate>
      <h2 id="add-policy-h" className="mb-3 text-xl font-bold">
        {t("newTitle")}
      </h2>
      <ErrorSummary state={state} labels={labels} namespace="scoringErrors" />
      <Field name="effectiveFrom" type="date" label={labels.effectiveFrom} state={state} namespace="scoringErrors" />
      <Select
        name="policy"
        label={labels.policy}
        state={state}
        namespace="scoringErrors"
        defaultValue="scale"
        options={(["scale", "full"] as const).map((value) => ({ value, label: t(`policies.${value}`) }))}
      />
      <Field name="source" label={labels.source} state={state} namespace="scoringErrors" width="max-w-xl" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms/result";
import { useRouter } from "@/lib/i18n/navigation";
import { addLimitSetAction, setPoolAction } from "../actions";

const ns = "smallGrants.errors";

function useRefresh(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
}

export function LimitSetForm() {
  const t = useTranslations("smallGrants");
  const [state, action] = useActionState(addLimitSetAction, idleForm);
  useRefresh(state);
  const labels = {
    effectiveFrom: t("settings.from"),
    maxGrant: t("settings.maxGrant"),
    maxTaskDays: t("settings.maxTaskDays"),
    maxYearlyPerOrganization: t("settings.maxYearly"),
    maxPoolSharePercent: t("settings.maxShare"),
    legalBasis: t("settings.legalBasis"),
  };
  return (
    <section aria-labelledby="add-set-title" className="max-w-xl">
      <h2 id="add-set-title" className="mb-3 text-xl font-bold">
        {t("settings.addSet")}
      </h2>
      {state.status === "success" && <Notice tone="success">{t("settings.setAdded")}</Notice>}
      <form noValidate action={action}>
        <ErrorSummary state={state} labels={labels} namespace={ns} />
        <Field name="effectiveFrom" type="date" label={labels.effectiveFrom} state={state} namespace={ns} />
        <Field name="maxGrant" label={labels.maxGrant} hint={t("fields.moneyHint")} inputMode="decimal" state={state} namespace={ns} />
        <Field
          name="maxTaskDays"
          label={labels.maxTaskDays}
          hint={t("settings.maxTaskDaysHint")}
          inputMode="numeric"
          state={state}
          namespace={ns}
        />
        <Field
          name="maxYearlyPerOrganization"
          label={labels.maxYearlyPerOrganization}
          hint={t("fields.moneyHint")}
          inputMode="decimal"
          state={state}
          namespace={ns}
        />
        <Field
          name="maxPoolSharePercent"
          label={labels.maxPoolSharePercent}
          hint={t("settings.shareHint")}
          inputMode="decimal"
          state={state}
          namespace={ns}
        />
        <Field name="legalBasis" label={labels.legalBasis} state={state} namespace={ns} />
        <SubmitButton>{t("settings.saveSet")}</SubmitButton>
      </form>
    </section>
  );
}

export function PoolForm() {
  const t = useTranslations("smallGrants");
  const [state, action] = useActionState(setPoolAction, idleForm);
  useRefresh(state);
  const labels = { year: t("settings.year"), plannedPool: t("settings.pool"), source: t("settings.source") };
  return (
    <section aria-labelledby="set-pool-title" className="max-w-xl">
      <h2 id="set-pool-title" className="mb-3 text-xl font-bold">
        {t("settings.setPool")}
      </h2>
      {state.status === "success" && <Notice tone="success">{t("settings.poolSaved")}</Notice>}
      <form noValidate action={action}>
        <ErrorSummary state={state} labels={labels} namespace={ns} />
        <Field name="year" label={labels.year} inputMode="numeric" state={state} namespace={ns} />
        <Field
          name="plannedPool"
          label={labels.plannedPool}
          hint={t("fields.moneyHint")}
          inputMode="decimal"
          state={state}
          namespace={ns}
        />
        <Field name="source" label={labels.source} state={state} namespace={ns} />
        <SubmitButton>{t("settings.savePool")}</SubmitButton>
      </form>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Checkbox, Field, Select } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { appointMemberAction } from "./actions";

const kinds = ["city_staff", "ngo_nominee", "expert"] as const;

export function AppointForm({ competitionId, organizations }: { competitionId: string; organizations: { id: string; name: string }[] }) {
  const t = useTranslations("scoringCommission");
  const [state, action] = useActionState(appointMemberAction, idleForm);
  const kind = state.values?.kind ?? "city_staff";
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary
        namespace="scoringErrors"
        state={state}
        labels={{ email: t("email"), kind: t("kindLabel"), nominatingOrganizationId: t("nominating") }}
      />
      <input type="hidden" name="competitionId" value={competitionId} />
      <Field name="email" label={t("email")} state={state} type="email" namespace="scoringErrors" />
      <fieldset id="field-kind" className="mb-5">
        <legend className="mb-1 font-semibold">{t("kindLabel")}</legend>
        <div key={kind}>
          {kinds.map((k) => (
            <label key={k} className="mb-1 flex items-center gap-2">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="h-5 w-5" />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Select
        name="nominatingOrganizationId"
        label={t("nominating")}
        hint={t("nominatingHint")}
        state={state}
        namespace="scoringErrors"
        placeholder={t("nominatingNone")}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <Checkbox name="chair" label={t("chair")} state={state} namespace="scoringErrors" />
      <SubmitButton>{t("submit")}</SubmitButton>
      <SavedStatus state={state}>{t("appointed")}</SavedStatus>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FormErrors, SavedStatus, TextField, useErrorText } from "@/components/scoring/FormParts";
import { idleForm } from "@/lib/forms/result";
import { appointMemberAction } from "./actions";

const kinds = ["city_staff", "ngo_nominee", "expert"] as const;

export function AppointForm({ competitionId, organizations }: { competitionId: string; organizations: { id: string; name: string }[] }) {
  const t = useTranslations("scoringCommission");
  const text = useErrorText();
  const [state, action] = useActionState(appointMemberAction, idleForm);
  const orgError = state.fieldErrors?.nominatingOrganizationId?.[0];
  const kind = state.values?.kind ?? "city_staff";
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormErrors state={state} labels={{ email: t("email"), kind: t("kindLabel"), nominatingOrganizationId: t("nominating") }} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <TextField name="email" label={t("email")} state={state} type="email" />
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
      <div className={`mb-5 ${orgError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <label htmlFor="field-nominatingOrganizationId" className="mb-1 block font-semibold">
          {t("nominating")}
        </label>
        <p id="field-nominatingOrganizationId-hint" className="mb-1 text-sm text-muted">
          {t("nominatingHint")}
        </p>
        {orgError && <p className="mb-1 text-sm font-semibold text-accent-600">{text(orgError)}</p>}
        <select
          id="field-nominatingOrganizationId"
          name="nominatingOrganizationId"
          defaultValue={state.values?.nominatingOrganizationId ?? ""}
          key={state.values?.nominatingOrganizationId}
          aria-describedby="field-nominatingOrganizationId-hint"
          className="w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2"
        >
          <option value="">{t("nominatingNone")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-5 flex items-center gap-2">
        <input id="field-chair" type="checkbox" name="chair" className="h-5 w-5" defaultChecked={state.values?.chair === "on"} />
        <label htmlFor="field-chair">{t("chair")}</label>
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
      <SavedStatus state={state}>{t("appointed")}</SavedStatus>
    </form>
  );
}

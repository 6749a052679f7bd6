"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { consultationAudiences, consultationForms } from "@/lib/consultations/schemas";
import { idleForm } from "@/lib/forms/result";
import { FormMessages } from "@/components/consultations/FormMessages";
import { useErrorText } from "@/components/forms/ErrorSummary";
import { createConsultationAction, updateConsultationAction } from "./actions";

export type ConsultationFormValues = Record<string, string> & { forms?: string; areas?: string };

/** Create or edit the announcement and the draft. Values as strings (multi-values joined by ","). */
export function ConsultationForm({
  initial,
  areas,
  id,
  minimumDays,
}: {
  initial: ConsultationFormValues;
  areas: { slug: string; name: string }[];
  id?: string;
  /** The minimum length of a consultation (lib/consultations/settings.ts): shorter needs an urgency reason. */
  minimumDays: number;
}) {
  const t = useTranslations("consultations.admin");
  const tc = useTranslations("consultations");
  const errorText = useErrorText("consultations.errors");
  const [state, action] = useActionState(id ? updateConsultationAction : createConsultationAction, idleForm);
  const v = (name: string) => (state.status === "error" ? state.values?.[name] : undefined) ?? initial[name] ?? "";
  const labels = Object.fromEntries(
    [
      "title",
      "subject",
      "purpose",
      "department",
      "territorialScope",
      "audience",
      "forms",
      "startDate",
      "endDate",
      "timetable",
      "urgencyReason",
      "resultsPublication",
      "documents",
      "draftMarkdown",
      "tags",
      "areas",
      "reportThreshold",
      "editWindowMinutes",
    ].map((k) => [k, t(`fields.${k}` as "fields.title")]),
  );
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const box = (name: string) => (err(name) ? "border-l-4 border-accent-600 pl-3" : "");
  const errorLine = (name: string) =>
    err(name) && (
      <p id={`field-${name}-error`} className="text-sm font-semibold text-accent-600">
        {errorText(err(name)!)}
      </p>
    );
  const input = (name: string, type = "text", hint?: string) => (
    <div className={`mb-4 ${box(name)}`}>
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">
        {labels[name]}
      </label>
      {hint && (
        <p id={`field-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errorLine(name)}
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        defaultValue={v(name)}
        key={v(name)}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={hint ? `field-${name}-hint` : undefined}
        className="w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2"
      />
    </div>
  );
  const area = (name: string, rows = 3, hint?: string) => (
    <div className={`mb-4 ${box(name)}`}>
      <label htmlFor={`field-${name}`} className="mb-1 block font-semibold">
        {labels[name]}
      </label>
      {hint && (
        <p id={`field-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errorLine(name)}
      <textarea
        id={`field-${name}`}
        name={name}
        rows={rows}
        defaultValue={v(name)}
        key={v(name)}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={hint ? `field-${name}-hint` : undefined}
        className="w-full rounded border-2 border-gray-700 p-2"
      />
    </div>
  );
  const checked = (name: string, value: string) =>
    state.status === "error" ? undefined : (initial[name] ?? "").split(",").includes(value);
  return (
    <form action={action} noValidate>
      <FormMessages state={state} labels={labels} success={state.message ? t(state.message as "saved") : undefined} />
      {id && <input type="hidden" name="id" value={id} />}
      {input("title")}
      {area("subject")}
      {area("purpose")}
      {input("department")}
      {input("territorialScope")}
      <fieldset className={`mb-4 ${box("audience")}`}>
        <legend className="font-semibold">{labels.audience}</legend>
        {errorLine("audience")}
        {consultationAudiences.map((a) => (
          <label key={a} className="mr-4 inline-flex items-center gap-2">
            <input type="radio" name="audience" value={a} defaultChecked={(initial.audience ?? "both") === a} /> {tc(`audience.${a}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className={`mb-4 ${box("forms")}`}>
        <legend className="font-semibold">{labels.forms}</legend>
        {errorLine("forms")}
        {consultationForms.map((f) => (
          <label key={f} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name="forms" value={f} defaultChecked={checked("forms", f)} /> {tc(`forms.${f}`)}
          </label>
        ))}
      </fieldset>
      <p className="mb-2 text-sm text-muted">{t("fields.datesHint")}</p>
      {input("startDate", "date")}
      {input("endDate", "date")}
      {area("urgencyReason", 2, t("fields.urgencyReasonHint", { days: minimumDays }))}
      {area("timetable")}
      {area("resultsPublication", 2)}
      {area("documents", 3, t("fields.documentsHint"))}
      {area("draftMarkdown", 14, t("fields.draftHint"))}
      {input("tags")}
      <fieldset className="mb-4">
        <legend className="font-semibold">{labels.areas}</legend>
        <div className="max-h-48 overflow-y-auto rounded border border-gray-300 p-2">
          {areas.map((a) => (
            <label key={a.slug} className="block">
              <input type="checkbox" name="areas" value={a.slug} defaultChecked={checked("areas", a.slug)} /> {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      {input("reportThreshold", "number")}
      {input("editWindowMinutes", "number")}
      <SubmitButton>{id ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}

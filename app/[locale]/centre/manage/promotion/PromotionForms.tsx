"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { Field, Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { allocateAction, createSlotAction } from "./actions";

const ns = "promotion.errors";

/** Staff publish a slot. */
export function CreateSlotForm() {
  const t = useTranslations("promotion");
  const [state, action] = useActionState(createSlotAction, idleForm);
  const labels = {
    channel: t("fields.channel"),
    title: t("fields.title"),
    startsOn: t("fields.startsOn"),
    endsOn: t("fields.endsOn"),
    description: t("fields.description"),
  };
  return (
    <form noValidate action={action} className="max-w-2xl" key={state.status === "success" ? state.message : "form"}>
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("manage.created")}
        </p>
      )}
      <ErrorSummary state={state} labels={labels} namespace={ns} />
      <Select
        name="channel"
        label={labels.channel}
        state={state}
        namespace={ns}
        defaultValue="tv"
        options={(["tv", "banner"] as const).map((value) => ({ value, label: t(`channels.${value}`) }))}
      />
      <Field name="title" label={labels.title} state={state} namespace={ns} />
      <div className="flex flex-wrap gap-4">
        <Field name="startsOn" type="date" label={labels.startsOn} state={state} namespace={ns} width="max-w-xs" />
        <Field name="endsOn" type="date" label={labels.endsOn} state={state} namespace={ns} width="max-w-xs" />
      </div>
      <TextArea name="description" label={labels.description} state={state} namespace={ns} rows={3} />
      <SubmitButton>{t("manage.createSubmit")}</SubmitButton>
    </form>
  );
}

/** Staff allocate the slot to one applying organization. */
export function AllocateForm({
  slotId,
  applications,
  open,
}: {
  slotId: string;
  applications: { id: string; organization: string }[];
  open: boolean;
}) {
  const t = useTranslations("promotion.manage");
  const text = useErrorText(ns);
  const [state, action] = useActionState(allocateAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("allocated")}
      </p>
    );
  if (!open || applications.length === 0) return null;
  const error = state.fieldErrors?.applicationId?.[0];
  return (
    <form noValidate action={action} className="max-w-2xl">
      <h2 className="mb-2 text-xl font-semibold">{t("allocateTitle")}</h2>
      <ErrorSummary state={state} labels={{ applicationId: t("allocateLegend") }} namespace={ns} />
      <input type="hidden" name="slotId" value={slotId} />
      <fieldset className="mb-5" aria-describedby={error ? "field-applicationId-error" : undefined}>
        <legend className="mb-1 font-semibold">{t("allocateLegend")}</legend>
        {error && (
          <p id="field-applicationId-error" className="mb-1 text-sm font-semibold text-accent-600">
            {text(error)}
          </p>
        )}
        {applications.map((a, i) => (
          <div key={a.id} className="flex items-center gap-2">
            <input
              id={i === 0 ? "field-applicationId" : `field-applicationId-${a.id}`}
              type="radio"
              name="applicationId"
              value={a.id}
              className="h-5 w-5"
            />
            <label htmlFor={i === 0 ? "field-applicationId" : `field-applicationId-${a.id}`}>{a.organization}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t("allocate")}</SubmitButton>
    </form>
  );
}
